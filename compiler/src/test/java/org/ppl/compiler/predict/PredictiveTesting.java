package org.ppl.compiler.predict;

import java.util.Map;
import org.ppl.compiler.LoadedModel;
import org.ppl.compiler.ModelLoader;
import org.ppl.compiler.lower.CompiledModel;
import org.ppl.io.JsonDataReader;

/** Models for the predictive tests, and the Monte Carlo moments they compare. */
final class PredictiveTesting {
    private PredictiveTesting() {}

    /** {@code program} loaded with the JSON {@code data}; fails the test with the diagnostics if it does not load. */
    static CompiledModel load(String program, String data) {
        ModelLoader.Result<LoadedModel> r = ModelLoader.load(program, "m.ppl", JsonDataReader.parse(data, "data.json"), Map.of());
        if (!r.succeeded()) throw new AssertionError(r.errors());
        return r.value().compiled();
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s / x.length;
    }

    static double variance(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) s += (v - m) * (v - m);
        return s / (x.length - 1);
    }

    /** The standard error of the sample variance, sqrt((m4 - s^4) / n), from the sample's own fourth moment. */
    static double varianceError(double[] x) {
        double m = mean(x);
        double m4 = 0;
        for (double v : x) m4 += Math.pow(v - m, 4);
        m4 /= x.length;
        double s2 = variance(x);
        return Math.sqrt(Math.max(m4 - s2 * s2, 0) / x.length);
    }

    static double covariance(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double s = 0;
        for (int i = 0; i < x.length; i++) s += (x[i] - mx) * (y[i] - my);
        return s / (x.length - 1);
    }

    /** {@code times} copies of one draw. */
    static double[][] repeated(double[] draw, int times) {
        double[][] out = new double[times][];
        for (int i = 0; i < times; i++) out[i] = draw.clone();
        return out;
    }
}
