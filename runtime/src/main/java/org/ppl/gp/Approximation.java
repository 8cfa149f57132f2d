package org.ppl.gp;

import java.util.Locale;

/**
 * The sparse approximations of {@link MarginalApprox}, each a covariance Q_ff + Λ with
 * Q_ff = K_fu K_uu⁻¹ K_uf:
 * <ul>
 *   <li>{@code VFE}: Λ = σ² I and the bound's trace term -tr(K_ff - Q_ff)/(2σ²) (Titsias 2009);</li>
 *   <li>{@code FITC}: Λ = diag(K_ff - Q_ff) + σ² I (Snelson &amp; Ghahramani 2006);</li>
 *   <li>{@code DTC}: Λ = σ² I (Quiñonero-Candela &amp; Rasmussen 2005).</li>
 * </ul>
 */
public enum Approximation {
    VFE, FITC, DTC;

    /** The approximation named as in PyMC ({@code "VFE"}, {@code "FITC"}, {@code "DTC"}; any case). */
    public static Approximation named(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown approximation \"" + name + "\"; expected \"VFE\", \"FITC\" or \"DTC\"");
        }
    }

    /** Whether the diagonal of K_ff enters (VFE's trace term, FITC's Λ). */
    public boolean needsDiagonal() {
        return this != DTC;
    }
}
