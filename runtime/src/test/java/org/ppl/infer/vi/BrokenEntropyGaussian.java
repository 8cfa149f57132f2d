package org.ppl.infer.vi;

/**
 * A deliberately broken family for the validation to reject: a correct Gaussian family except
 * that the gradient of the entropy term has the wrong sign.
 */
final class BrokenEntropyGaussian implements VariationalFamily {
    private final VariationalFamily inner;

    BrokenEntropyGaussian(VariationalFamily inner) {
        this.inner = inner;
    }

    @Override
    public void addEntropyGradient(double[] gradient) {
        double[] correct = new double[gradient.length];
        inner.addEntropyGradient(correct);
        for (int i = 0; i < gradient.length; i++) gradient[i] -= correct[i];
    }

    @Override
    public int dimension() {
        return inner.dimension();
    }

    @Override
    public int parameterCount() {
        return inner.parameterCount();
    }

    @Override
    public double[] parameters() {
        return inner.parameters();
    }

    @Override
    public void reset(double[] mean) {
        inner.reset(mean);
    }

    @Override
    public void transform(double[] eta, double[] zeta) {
        inner.transform(eta, zeta);
    }

    @Override
    public void addDrawGradient(double[] eta, double[] modelGradient, double[] gradient) {
        inner.addDrawGradient(eta, modelGradient, gradient);
    }

    @Override
    public double entropy() {
        return inner.entropy();
    }

    @Override
    public double logDensity(double[] eta) {
        return inner.logDensity(eta);
    }

    @Override
    public double[] mean() {
        return inner.mean();
    }

    @Override
    public double[] standardDeviations() {
        return inner.standardDeviations();
    }

    @Override
    public double[] covariance() {
        return inner.covariance();
    }

    @Override
    public double[] choleskyFactor() {
        return inner.choleskyFactor();
    }

    @Override
    public String name() {
        return "broken-" + inner.name();
    }
}
