package org.ppl.gp.lvm;

import java.util.Locale;
import org.ppl.model.Model;

/**
 * Which mode a GP-LVM fit ended in. The model's likelihood has two kinds of optimum: a structured
 * one, where the kernel (amplitude η) explains most of the variance of the data and the noise σ
 * the rest, and a noise-only one, where η ≈ 0 and σ² carries all the variance (σ ≈ 1 on
 * standardised data): there the latent X is shaped by its prior alone and carries no structure.
 * Stan's L-BFGS on iris from random starts found the noise-only one (η ≈ 0.05, σ ≈ 0.99) in 4 of 5
 * seeds.
 *
 * <p>The two are told apart by the share of variance the kernel explains, η² / (η² + σ²): above
 * {@link #STRUCTURED_SHARE} the fit is structured. The two modes sit far to either side (0.003 and
 * about 0.9 on iris).
 *
 * @param structured whether the fit is in the structured mode
 * @param eta the kernel amplitude
 * @param sigma the noise standard deviation
 */
public record FitMode(boolean structured, double eta, double sigma) {
    /** The share of variance above which a fit counts as structured. */
    public static final double STRUCTURED_SHARE = 0.5;

    public static FitMode of(double eta, double sigma) {
        return new FitMode(eta * eta / (eta * eta + sigma * sigma) > STRUCTURED_SHARE, eta, sigma);
    }

    /** The mode of a fit of {@code model} (parameters named {@code eta} and {@code sigma}) at constrained {@code values}. */
    public static FitMode of(Model model, double[] values) {
        ParameterLayout eta = ParameterLayout.of(model, "eta");
        ParameterLayout sigma = ParameterLayout.of(model, "sigma");
        if (eta == null || sigma == null) {
            throw new IllegalArgumentException("the model has no parameters eta and sigma (kernel amplitude and noise)");
        }
        return of(eta.scalar(values), sigma.scalar(values));
    }

    /** The share of the variance the kernel explains, η² / (η² + σ²). */
    public double kernelShare() {
        return eta * eta / (eta * eta + sigma * sigma);
    }

    /** One line for a user. */
    public String describe() {
        String values = String.format(Locale.ROOT, "eta ≈ %.3g, sigma ≈ %.3g", eta, sigma);
        return structured
                ? "structured mode: " + values + " — the kernel explains " + percent(kernelShare()) + " of the variance"
                : "noise-only mode: " + values + " — the latent space carries no structure";
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }
}
