package org.ppl.infer.nuts;

import java.util.ArrayList;
import java.util.List;
import org.ppl.ad.Shape;
import org.ppl.model.Variable;

/**
 * Neal's funnel: v ~ N(0, 3²), x_i ~ N(0, exp(v/2)²) for i = 1..k. Centred, the sampler moves in
 * (v, x) and meets the funnel's neck, where no single step size fits: divergences. Non-centred,
 * it moves in (v, z) with z_i ~ N(0, 1) and x_i = exp(v/2) z_i saved: an independent Gaussian.
 */
final class FunnelModel extends HandModel {
    private final boolean centred;
    private final int k;

    FunnelModel(int k, boolean centred) {
        super(k + 1);
        this.k = k;
        this.centred = centred;
    }

    @Override
    public List<Variable> variables() {
        List<Variable> vars = new ArrayList<>();
        vars.add(new Variable("v", Shape.SCALAR, Variable.Kind.PARAMETER));
        vars.add(new Variable(centred ? "x" : "z", Shape.vector(k), Variable.Kind.PARAMETER));
        if (!centred) vars.add(new Variable("x", Shape.vector(k), Variable.Kind.SAVED));
        return vars;
    }

    @Override
    public List<String> unconstrainedNames() {
        List<String> names = new ArrayList<>();
        names.add("v");
        for (int i = 1; i <= k; i++) names.add((centred ? "x." : "z.") + i);
        return names;
    }

    @Override
    public double logDensityGradient(double[] theta, double[] grad, boolean jacobian) {
        double v = theta[0];
        double lp = -v * v / 18 - Math.log(3) - 0.5 * Math.log(2 * Math.PI);
        grad[0] = -v / 9;
        if (centred) {
            // x_i ~ N(0, e^{v/2}): -x²/(2 e^v) - v/2 - log sqrt(2π) each.
            double precision = Math.exp(-v);
            for (int i = 1; i <= k; i++) {
                double x = theta[i];
                lp += -0.5 * x * x * precision - 0.5 * v - 0.5 * Math.log(2 * Math.PI);
                grad[0] += 0.5 * x * x * precision - 0.5;
                grad[i] = -x * precision;
            }
        } else {
            for (int i = 1; i <= k; i++) {
                double z = theta[i];
                lp += -0.5 * z * z - 0.5 * Math.log(2 * Math.PI);
                grad[i] = -z;
            }
        }
        return lp;
    }

    @Override
    public void constrain(double[] theta, double[] out) {
        System.arraycopy(theta, 0, out, 0, k + 1);
        if (!centred) {
            double scale = Math.exp(theta[0] / 2);
            for (int i = 1; i <= k; i++) out[k + i] = scale * theta[i];
        }
    }

    @Override
    public double[] unconstrain(double[] values) {
        return java.util.Arrays.copyOf(values, k + 1);
    }
}
