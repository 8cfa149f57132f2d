package org.ppl.infer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ppl.ad.Shape;
import org.ppl.model.Model;
import org.ppl.model.Variable;

class InitialisationTest {
    /** A model whose density and gradient are given by lambdas; counts its evaluations. */
    static final class LambdaModel implements Model {
        interface Density {
            double eval(double[] x, double[] grad);
        }

        final Density density;
        final int n;
        int evaluations;
        String failure;

        LambdaModel(int n, Density density) {
            this.n = n;
            this.density = density;
        }

        @Override
        public int dimension() {
            return n;
        }

        @Override
        public List<Variable> variables() {
            return List.of(new Variable("sigma", Shape.vector(n), Variable.Kind.PARAMETER));
        }

        @Override
        public List<String> unconstrainedNames() {
            List<String> names = new java.util.ArrayList<>();
            for (int i = 1; i <= n; i++) names.add("sigma." + i);
            return names;
        }

        @Override
        public double logDensity(double[] theta, boolean jacobian) {
            return logDensityGradient(theta, new double[n], jacobian);
        }

        @Override
        public double logDensityGradient(double[] theta, double[] grad, boolean jacobian) {
            evaluations++;
            return density.eval(theta, grad);
        }

        @Override
        public void constrain(double[] theta, double[] out) {
            for (int i = 0; i < n; i++) out[i] = Math.exp(theta[i]);
        }

        @Override
        public double[] unconstrain(double[] values) {
            double[] t = new double[n];
            for (int i = 0; i < n; i++) {
                if (!(values[i] > 0)) throw new IllegalArgumentException("sigma must be positive, not " + values[i]);
                t[i] = Math.log(values[i]);
            }
            return t;
        }

        @Override
        public Model copy() {
            return this;
        }

        @Override
        public String lastFailure() {
            return failure;
        }
    }

    @Test
    void randomPointsAreInsideTheRadius() {
        LambdaModel m = new LambdaModel(50, (x, g) -> 0);
        DensityPoint p = Initialisation.random(m, RandomStream.of(1), 0.5);
        for (double x : p.position()) assertTrue(Math.abs(x) < 0.5);
        assertEquals(1, m.evaluations);
    }

    @Test
    void retriesUntilFinite() {
        // Finite only when the first coordinate is positive: about half the tries succeed.
        LambdaModel m = new LambdaModel(1, (x, g) -> x[0] > 0 ? 0 : Double.NEGATIVE_INFINITY);
        DensityPoint p = Initialisation.random(m, RandomStream.of(3), 2);
        assertTrue(p.position()[0] > 0);
    }

    @Test
    void failureQuotesTheModelAndTheGradientNames() {
        LambdaModel m = new LambdaModel(3, (x, g) -> {
            g[0] = 1;
            g[1] = Double.NaN;
            g[2] = 0;
            return -1;
        });
        InitialisationFailure e = assertThrows(InitialisationFailure.class,
                () -> Initialisation.random(m, RandomStream.of(3), 2));
        assertEquals(100, m.evaluations);
        assertTrue(e.getMessage().contains("(-2, 2)"), e.getMessage());
        assertTrue(e.getMessage().contains("sigma.2"), e.getMessage());
        assertTrue(!e.getMessage().contains("sigma.1"), e.getMessage());
    }

    @Test
    void failureQuotesLastFailure() {
        LambdaModel[] self = new LambdaModel[1];
        self[0] = new LambdaModel(1, (x, g) -> {
            self[0].failure = "cholesky: matrix is not positive definite";
            return Double.NEGATIVE_INFINITY;
        });
        InitialisationFailure e = assertThrows(InitialisationFailure.class,
                () -> Initialisation.random(self[0], RandomStream.of(3), 2));
        assertTrue(e.getMessage().contains("cholesky: matrix is not positive definite"), e.getMessage());
    }

    @Test
    void radiusZeroTriesOnce() {
        LambdaModel m = new LambdaModel(2, (x, g) -> Double.NEGATIVE_INFINITY);
        InitialisationFailure e = assertThrows(InitialisationFailure.class,
                () -> Initialisation.random(m, RandomStream.of(3), 0));
        assertEquals(1, m.evaluations);
        assertTrue(e.getMessage().contains("at the point 0"), e.getMessage());
    }

    @Test
    void fromConstrainedValues() {
        LambdaModel m = new LambdaModel(2, (x, g) -> -x[0] * x[0]);
        DensityPoint p = Initialisation.fromValues(m, new double[] {1.0, Math.E});
        assertArrayEquals(new double[] {0.0, 1.0}, p.position(), 1e-15);
        InitialisationFailure e = assertThrows(InitialisationFailure.class,
                () -> Initialisation.fromValues(m, new double[] {1.0, -1.0}));
        assertTrue(e.getMessage().contains("sigma must be positive"), e.getMessage());
    }
}
