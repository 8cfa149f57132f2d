package org.ppl.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;
import org.ppl.ad.Tape;

/** Every shape error names the distribution, the argument and both shapes, at build time. */
class ShapeErrorTest {
    private static String message(Distribution d, Shape value, Shape... args) {
        Tape tape = new Tape();
        Node v = tape.variable(value);
        Node[] a = new Node[args.length];
        for (int j = 0; j < args.length; j++) a[j] = tape.variable(args[j]);
        return assertThrows(ShapeException.class, () -> d.logDensity(tape, v, a)).getMessage();
    }

    private static String constantMessage(Distribution d, Shape value, Node... args) {
        Tape tape = new Tape();
        Node v = tape.variable(value);
        return assertThrows(ShapeException.class, () -> d.logDensity(tape, v, args)).getMessage();
    }

    @Test
    void scalarDistributions() {
        assertEquals("Normal: sigma has shape (4,), which does not broadcast with the value's shape (3,)",
                message(Harness.dist("Normal"), Shape.vector(3), Shape.SCALAR, Shape.vector(4)));
        assertEquals("Normal: mu has shape (2, 4), which does not broadcast with the value's shape (3, 4)",
                message(Harness.dist("Normal"), Shape.matrix(3, 4), Shape.matrix(2, 4), Shape.SCALAR));
        assertEquals("StudentT: sigma has shape (3, 1), which does not broadcast with mu's shape (2, 1)",
                message(Harness.dist("StudentT"), Shape.vector(5), Shape.SCALAR, Shape.matrix(2, 1), Shape.matrix(3, 1)));
        assertEquals("Binomial: logit_p has shape (2,), which does not broadcast with the value's shape (5,)",
                message(Harness.dist("Binomial", "logit_p"), Shape.vector(5), Shape.SCALAR, Shape.vector(2)));
        assertEquals("Gamma: beta has shape (3,), which does not broadcast with alpha's shape (2, 1, 2)",
                message(Harness.dist("Gamma"), Shape.SCALAR, Shape.of(2, 1, 2), Shape.vector(3)));
    }

    @Test
    void wrongNumberOfArguments() {
        Tape tape = new Tape();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Harness.dist("Normal").logDensity(tape, tape.variable(Shape.SCALAR), tape.constant(0)));
        assertEquals("Normal takes 2 arguments (mu, sigma); got 1", e.getMessage());
    }

    @Test
    void mvNormal() {
        Distribution cov = Harness.dist("MvNormal", "cov");
        Distribution chol = Harness.dist("MvNormal", "chol");
        assertEquals("MvNormal: cov has shape (4, 4), which does not fit the value's shape (5, 3): it must be (3, 3)",
                message(cov, Shape.matrix(5, 3), Shape.vector(3), Shape.matrix(4, 4)));
        assertEquals("MvNormal: chol has shape (3, 2), which does not fit the value's shape (3,): it must be (3, 3)",
                message(chol, Shape.vector(3), Shape.vector(3), Shape.matrix(3, 2)));
        assertEquals("MvNormal: mu has shape (4,), which does not broadcast with the value's shape (5, 3)",
                message(cov, Shape.matrix(5, 3), Shape.vector(4), Shape.matrix(3, 3)));
        assertEquals("MvNormal: the value has shape (), but must be a vector (D,) or a matrix (N, D) of independent rows",
                message(cov, Shape.SCALAR, Shape.SCALAR, Shape.matrix(1, 1)));
    }

    @Test
    void dirichletAndCategorical() {
        assertEquals("Dirichlet: a has shape (4,), which does not broadcast with the value's shape (3,)",
                message(Harness.dist("Dirichlet"), Shape.vector(3), Shape.vector(4)));
        assertEquals("Dirichlet: the value has shape (), but must be a simplex (K,) or a matrix (N, K) of simplexes in its rows",
                message(Harness.dist("Dirichlet"), Shape.SCALAR, Shape.vector(4)));
        assertEquals("Categorical: p has shape (4, 3), whose leading axes (4,) do not broadcast with the value's shape (5,)",
                message(Harness.dist("Categorical"), Shape.vector(5), Shape.matrix(4, 3)));
        assertEquals("Categorical: logit_p has shape (), but its last axis must hold the probabilities of the K >= 1 categories",
                message(Harness.dist("Categorical", "logit_p"), Shape.vector(5), Shape.SCALAR));
    }

    @Test
    void lkj() {
        Distribution lkj = Harness.dist("LKJCholeskyCorr");
        Tape tape = new Tape();
        assertEquals("LKJCholeskyCorr: n is 4, but the value has shape (3, 3)",
                constantMessage(lkj, Shape.matrix(3, 3), tape.constant(4), tape.constant(1)));
        assertEquals("LKJCholeskyCorr: the value has shape (3, 2), but must be a square matrix (n, n)",
                constantMessage(lkj, Shape.matrix(3, 2), tape.constant(3), tape.constant(1)));
        assertEquals("LKJCholeskyCorr: n has shape (1, 2), but must be a scalar",
                constantMessage(lkj, Shape.matrix(2, 2), tape.constant(Shape.matrix(1, 2), 2, 2), tape.constant(1)));
        assertEquals("LKJCholeskyCorr: eta has shape (2,), but must be a scalar",
                constantMessage(lkj, Shape.matrix(2, 2), tape.constant(2), tape.constant(Shape.vector(2), 1, 2)));
    }

    @Test
    void drawShapes() {
        assertEquals(Shape.matrix(3, 4), Harness.dist("Normal").drawShape(
                new Shape[] {Shape.vector(4), Shape.matrix(3, 1)}, null));
        assertEquals("Normal: sigma has shape (3,), which does not broadcast with mu's shape (4,)",
                assertThrows(ShapeException.class, () -> Harness.dist("Normal").drawShape(
                        new Shape[] {Shape.vector(4), Shape.vector(3)}, null)).getMessage());
        assertEquals(Shape.matrix(5, 3), Harness.dist("MvNormal").drawShape(
                new Shape[] {Shape.matrix(5, 3), Shape.matrix(3, 3)}, null));
        assertEquals(Shape.vector(3), Harness.dist("MvNormal").drawShape(new Shape[] {Shape.SCALAR, Shape.matrix(3, 3)}, null));
        assertEquals("MvNormal: mu has shape (4,), which does not fit cov's shape (3, 3): its last axis must have length 3",
                assertThrows(ShapeException.class, () -> Harness.dist("MvNormal").drawShape(
                        new Shape[] {Shape.vector(4), Shape.matrix(3, 3)}, null)).getMessage());
        assertEquals(Shape.vector(4), Harness.dist("Dirichlet").drawShape(new Shape[] {Shape.vector(4)}, null));
        assertEquals("Dirichlet: a has shape (), but must be a vector (K,) or a matrix (N, K) whose last axis is the categories",
                assertThrows(ShapeException.class, () -> Harness.dist("Dirichlet").drawShape(new Shape[] {Shape.SCALAR}, null))
                        .getMessage());
        assertEquals("MvNormal: cov has shape (3, 2), but must be square",
                assertThrows(ShapeException.class, () -> Harness.dist("MvNormal").drawShape(
                        new Shape[] {Shape.vector(3), Shape.matrix(3, 2)}, null)).getMessage());
        assertEquals(Shape.vector(6), Harness.dist("Categorical").drawShape(new Shape[] {Shape.matrix(6, 3)}, null));
        assertEquals(Shape.SCALAR, Harness.dist("Categorical").drawShape(new Shape[] {Shape.vector(3)}, null));
        assertEquals(Shape.matrix(4, 4), Harness.dist("LKJCholeskyCorr").drawShape(
                new Shape[] {Shape.SCALAR, Shape.SCALAR}, new double[][] {{4}, null}));
        assertEquals("LKJCholeskyCorr: n must be known when the model is built (a literal or data)",
                assertThrows(ShapeException.class, () -> Harness.dist("LKJCholeskyCorr").drawShape(
                        new Shape[] {Shape.SCALAR, Shape.SCALAR}, new double[][] {null, null})).getMessage());
        assertEquals(Shape.SCALAR, Harness.dist("Flat").drawShape(new Shape[0], null));
    }

    @Test
    void samplingShapes() {
        double[] out = new double[3];
        assertEquals("Normal: sigma has shape (4,), which does not broadcast to the draw's shape (3,)",
                assertThrows(ShapeException.class, () -> Harness.dist("Normal").sample(new SplittableRandom(1),
                        new double[][] {{0}, {1, 1, 1, 1}}, new Shape[] {Shape.SCALAR, Shape.vector(4)}, Shape.vector(3), out))
                        .getMessage());
        assertEquals("Categorical: p has shape (2, 3), which does not broadcast to the draw's shape (4,)",
                assertThrows(ShapeException.class, () -> Harness.dist("Categorical").sample(new SplittableRandom(1),
                        new double[][] {new double[6]}, new Shape[] {Shape.matrix(2, 3)}, Shape.vector(4), new double[4]))
                        .getMessage());
        assertEquals("LKJCholeskyCorr: n is 3, but the draw's shape is (2, 2)",
                assertThrows(ShapeException.class, () -> Harness.dist("LKJCholeskyCorr").sample(new SplittableRandom(1),
                        new double[][] {{3}, {1}}, new Shape[] {Shape.SCALAR, Shape.SCALAR}, Shape.matrix(2, 2), new double[4]))
                        .getMessage());
    }
}
