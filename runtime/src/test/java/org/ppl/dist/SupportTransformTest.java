package org.ppl.dist;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;
import org.ppl.model.Model;
import org.ppl.model.ModelDefinition;
import org.ppl.model.TapeModel;
import org.ppl.transform.Transforms;

/**
 * Each continuous distribution's support, through the transform it selects, gives values the
 * density accepts: at random unconstrained points the log density and its gradient are finite.
 */
class SupportTransformTest {
    private static void assertFiniteEverywhere(String label, ModelDefinition definition) {
        Model model = TapeModel.of(definition);
        Random random = new Random(label.hashCode());
        double[] theta = new double[model.dimension()];
        double[] grad = new double[model.dimension()];
        for (int trial = 0; trial < 50; trial++) {
            for (int i = 0; i < theta.length; i++) theta[i] = 2 * random.nextGaussian();
            double lp = model.logDensityGradient(theta, grad);
            assertTrue(Double.isFinite(lp), label + ": log density " + lp);
            for (double g : grad) assertTrue(Double.isFinite(g), label + ": gradient " + g);
        }
    }

    /** A parameter of {@code shape} with distribution {@code d} and constant arguments. */
    private static ModelDefinition prior(Distribution d, Shape shape, double[][] args, Shape[] argShapes) {
        return b -> {
            Tape t = b.tape();
            Node[] a = new Node[args.length];
            for (int j = 0; j < args.length; j++) a[j] = t.constant(argShapes[j], args[j]);
            org.ppl.transform.Transform transform = Transforms.forSupport(d.support(), t, a);
            Node x = transform == null ? b.parameter("x", shape) : b.parameter("x", shape, transform);
            b.addTarget(d.logDensity(t, x, a));
        };
    }

    @Test
    void scalarSupports() {
        String[] names = {"Normal", "HalfNormal", "HalfCauchy", "Cauchy", "StudentT", "HalfStudentT", "Laplace", "LogNormal",
            "Exponential", "Gamma", "InverseGamma", "Beta", "Uniform", "Weibull", "Flat", "HalfFlat"};
        for (String name : names) {
            Distribution d = Harness.dist(name);
            int count = d.parameters().size();
            double[][] args = new double[count][];
            Shape[] shapes = new Shape[count];
            for (int j = 0; j < count; j++) {
                args[j] = new double[] {name.equals("Uniform") ? (j == 0 ? -2 : 3) : 1.5};
                shapes[j] = Shape.SCALAR;
            }
            assertFiniteEverywhere(name, prior(d, Shape.vector(3), args, shapes));
        }
    }

    @Test
    void simplexAndCorrelationSupports() {
        assertFiniteEverywhere("Dirichlet", prior(Harness.dist("Dirichlet"), Shape.vector(4),
                new double[][] {{0.8, 1, 2, 3}}, new Shape[] {Shape.vector(4)}));
        assertFiniteEverywhere("LKJCholeskyCorr", prior(Harness.dist("LKJCholeskyCorr"), Shape.matrix(4, 4),
                new double[][] {{4}, {2}}, new Shape[] {Shape.SCALAR, Shape.SCALAR}));
        assertFiniteEverywhere("MvNormal", prior(Harness.dist("MvNormal"), Shape.vector(2),
                new double[][] {{0, 1}, {2, 0.5, 0.5, 1}}, new Shape[] {Shape.vector(2), Shape.matrix(2, 2)}));
    }
}
