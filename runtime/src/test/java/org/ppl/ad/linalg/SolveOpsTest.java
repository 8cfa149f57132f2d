package org.ppl.ad.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.ppl.ad.GradientChecker;
import org.ppl.ad.Node;
import org.ppl.ad.NumericFailure;
import org.ppl.ad.Shape;
import org.ppl.ad.ShapeException;
import org.ppl.ad.Tape;
import org.ppl.ad.linalg.TriangularSolve.Form;

class SolveOpsTest {
    private static Shape[] operandShapes(Form form, int n) {
        if (form == Form.LOWER || form == Form.LOWER_TRANSPOSED) {
            return new Shape[] {Shape.vector(n), Shape.matrix(n, 1), Shape.matrix(n, 3)};
        }
        return new Shape[] {Shape.vector(n), Shape.matrix(1, n), Shape.matrix(3, n)};
    }

    @Test
    void triangularSolveGradientsFromBothSides() {
        Random r = new Random(1);
        for (Form form : Form.values()) {
            for (int n : new int[] {1, 4, 9}) {
                for (Shape bs : operandShapes(form, n)) {
                    Shape[] shapes = {Shape.matrix(n, n), bs};
                    double[][] values = {Checks.lower(n, r), Checks.gaussian(bs.size(), r)};
                    Checks.gradient(form + " n=" + n + " b " + bs, (t, in) -> t.push(new TriangularSolve(form, in[0], in[1])),
                            shapes, values);
                }
            }
        }
    }

    @Test
    void triangularSolveValuesSatisfyTheirEquations() {
        Random r = new Random(2);
        int n = 6, m = 2;
        double[] l = Checks.lower(n, r);
        DMatrixRMaj lower = DMatrixRMaj.wrap(n, n, l.clone());
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) lower.set(i, j, 0);
        }
        double[] b = Checks.gaussian(n * m, r);
        for (Form form : Form.values()) {
            boolean left = form == Form.LOWER || form == Form.LOWER_TRANSPOSED;
            Shape bs = left ? Shape.matrix(n, m) : Shape.matrix(m, n);
            Node x = Checks.evaluate((t, in) -> t.push(new TriangularSolve(form, in[0], in[1])),
                    new Shape[] {Shape.matrix(n, n), bs}, new double[][] {l, b});
            DMatrixRMaj xm = DMatrixRMaj.wrap(bs.dim(0), bs.dim(1), x.value);
            DMatrixRMaj product = new DMatrixRMaj(bs.dim(0), bs.dim(1));
            switch (form) {
                case LOWER -> CommonOps_DDRM.mult(lower, xm, product);
                case LOWER_TRANSPOSED -> CommonOps_DDRM.multTransA(lower, xm, product);
                case RIGHT_LOWER -> CommonOps_DDRM.mult(xm, lower, product);
                case RIGHT_LOWER_TRANSPOSED -> CommonOps_DDRM.multTransB(xm, lower, product);
            }
            assertArrayEquals(b, product.data, 1e-12, form.toString());
        }
    }

    @Test
    void triangularSolveFailsOnASingularMatrix() {
        double[] singular = {2, 0, 1, 0};
        for (Form form : Form.values()) {
            GradientChecker.Function f = (t, in) -> t.push(new TriangularSolve(form, in[0], in[1]));
            Shape[] shapes = {Shape.matrix(2, 2), Shape.vector(2)};
            NumericFailure e = assertThrows(NumericFailure.class,
                    () -> Checks.evaluate(f, shapes, new double[][] {singular, {1, 1}}));
            assertEquals(form.opName + ": the triangular matrix is singular", e.getMessage());
            Checks.evaluate(f, shapes, new double[][] {{2, 0, 1, 1e-300}, {1, 1}});
        }
    }

    @Test
    void solveShapeErrorsNameBothShapes() {
        Tape t = new Tape();
        Node l = t.variable(Shape.matrix(3, 3));
        assertEquals("solve_lower: shapes (3, 3) and (4,) do not align", assertThrows(ShapeException.class,
                () -> new TriangularSolve(Form.LOWER, l, t.variable(Shape.vector(4)))).getMessage());
        assertEquals("solve_right_lower: shapes (2, 4) and (3, 3) do not align", assertThrows(ShapeException.class,
                () -> new TriangularSolve(Form.RIGHT_LOWER, l, t.variable(Shape.matrix(2, 4)))).getMessage());
        assertEquals("solve: expected a square matrix, got (3, 2)", assertThrows(ShapeException.class,
                () -> new SpdSolve(t.variable(Shape.matrix(3, 2)), t.variable(Shape.vector(3)))).getMessage());
    }

    @Test
    void spdSolveGradientAndValue() {
        Random r = new Random(3);
        for (int n : new int[] {1, 3, 8}) {
            for (Shape bs : new Shape[] {Shape.vector(n), Shape.matrix(n, 1), Shape.matrix(n, 3)}) {
                Shape[] shapes = {Shape.matrix(n, n), bs};
                double[][] values = {Checks.spd(n, r), Checks.gaussian(bs.size(), r)};
                Checks.gradient("solve n=" + n + " b " + bs, (t, in) -> t.push(new SpdSolve(Checks.symmetric(t, in[0]), in[1])),
                        shapes, values);
            }
        }
        int n = 5;
        double[] a = Checks.spd(n, r), b = Checks.gaussian(n, r);
        Node x = Checks.evaluate((t, in) -> t.push(new SpdSolve(in[0], in[1])), new Shape[] {Shape.matrix(n, n), Shape.vector(n)},
                new double[][] {a, b});
        DMatrixRMaj expected = new DMatrixRMaj(n, 1);
        CommonOps_DDRM.solve(DMatrixRMaj.wrap(n, n, a.clone()), DMatrixRMaj.wrap(n, 1, b.clone()), expected);
        assertArrayEquals(expected.data, x.value, 1e-12);
    }

    @Test
    void spdOperationsFailWhereTheMatrixIsNotPositiveDefinite() {
        double[] indefinite = {1, 2, 2, 1};
        Shape square = Shape.matrix(2, 2);
        assertEquals("solve: the matrix is not positive definite", assertThrows(NumericFailure.class,
                () -> Checks.evaluate((t, in) -> t.push(new SpdSolve(in[0], in[1])), new Shape[] {square, Shape.vector(2)},
                        new double[][] {indefinite, {1, 1}})).getMessage());
        assertEquals("log_determinant: the matrix is not positive definite", assertThrows(NumericFailure.class,
                () -> Checks.evaluate((t, in) -> t.push(new LogDeterminant(in[0])), new Shape[] {square},
                        new double[][] {indefinite})).getMessage());
        assertEquals("trace_inv_product: the matrix is not positive definite", assertThrows(NumericFailure.class,
                () -> Checks.evaluate((t, in) -> t.push(new TraceInverseProduct(in[0], in[1])), new Shape[] {square, square},
                        new double[][] {indefinite, {1, 0, 0, 1}})).getMessage());
        assertEquals("logdet_cholesky: the factor has a diagonal entry that is not positive", assertThrows(NumericFailure.class,
                () -> Checks.evaluate((t, in) -> t.push(new LogDetFromCholesky(in[0])), new Shape[] {square},
                        new double[][] {{1, 0, 3, 0}})).getMessage());
        assertEquals("inv_quad_form: the triangular matrix is singular", assertThrows(NumericFailure.class,
                () -> Checks.evaluate((t, in) -> t.push(new InverseQuadraticForm(in[0], in[1])), new Shape[] {square, Shape.vector(2)},
                        new double[][] {{1, 0, 3, 0}, {1, 1}})).getMessage());
    }

    @Test
    void logDeterminantsGradientsAndValues() {
        Random r = new Random(4);
        for (int n : new int[] {1, 2, 6, 40}) {
            Shape s = Shape.matrix(n, n);
            double[] a = Checks.spd(n, r);
            Checks.gradient("log_determinant n=" + n, (t, in) -> t.push(new LogDeterminant(Checks.symmetric(t, in[0]))),
                    new Shape[] {s}, new double[][] {a});
            Checks.gradient("logdet_cholesky n=" + n, (t, in) -> t.push(new LogDetFromCholesky(in[0])), new Shape[] {s},
                    new double[][] {Checks.lower(n, r)});
            double expected = Math.log(CommonOps_DDRM.det(DMatrixRMaj.wrap(n, n, a.clone())));
            double viaSpd = Checks.evaluate((t, in) -> t.push(new LogDeterminant(in[0])), new Shape[] {s}, new double[][] {a}).scalar();
            double viaFactor = Checks.evaluate((t, in) -> t.push(new LogDetFromCholesky(t.push(new Cholesky(in[0])))),
                    new Shape[] {s}, new double[][] {a}).scalar();
            assertEquals(expected, viaSpd, 1e-10 * Math.max(1, Math.abs(expected)));
            assertEquals(expected, viaFactor, 1e-10 * Math.max(1, Math.abs(expected)));
        }
    }

    @Test
    void inverseQuadraticFormGradientsAndValue() {
        Random r = new Random(5);
        for (int n : new int[] {1, 4, 9}) {
            for (Shape xs : new Shape[] {Shape.vector(n), Shape.matrix(n, 1), Shape.matrix(n, 3)}) {
                Shape[] shapes = {Shape.matrix(n, n), xs};
                double[][] values = {Checks.lower(n, r), Checks.gaussian(xs.size(), r)};
                Checks.gradient("inv_quad_form n=" + n + " x " + xs, (t, in) -> t.push(new InverseQuadraticForm(in[0], in[1])),
                        shapes, values);
            }
        }
        // Through the Cholesky op: x^T A^{-1} x against a direct solve.
        int n = 7;
        double[] a = Checks.spd(n, r), x = Checks.gaussian(n, r);
        double value = Checks.evaluate((t, in) -> t.push(new InverseQuadraticForm(t.push(new Cholesky(in[0])), in[1])),
                new Shape[] {Shape.matrix(n, n), Shape.vector(n)}, new double[][] {a, x}).scalar();
        DMatrixRMaj solved = new DMatrixRMaj(n, 1);
        CommonOps_DDRM.solve(DMatrixRMaj.wrap(n, n, a.clone()), DMatrixRMaj.wrap(n, 1, x.clone()), solved);
        double expected = 0;
        for (int i = 0; i < n; i++) expected += x[i] * solved.data[i];
        assertEquals(expected, value, 1e-12 * Math.abs(expected));
    }

    @Test
    void traceInverseProductGradientsAndValue() {
        Random r = new Random(6);
        for (int n : new int[] {1, 3, 8}) {
            Shape s = Shape.matrix(n, n);
            double[][] values = {Checks.spd(n, r), Checks.gaussian(n * n, r)};
            Checks.gradient("trace_inv_product n=" + n,
                    (t, in) -> t.push(new TraceInverseProduct(Checks.symmetric(t, in[0]), in[1])), new Shape[] {s, s}, values);
        }
        int n = 6;
        double[] a = Checks.spd(n, r), b = Checks.gaussian(n * n, r);
        double value = Checks.evaluate((t, in) -> t.push(new TraceInverseProduct(in[0], in[1])),
                new Shape[] {Shape.matrix(n, n), Shape.matrix(n, n)}, new double[][] {a, b}).scalar();
        DMatrixRMaj solved = new DMatrixRMaj(n, n);
        CommonOps_DDRM.solve(DMatrixRMaj.wrap(n, n, a.clone()), DMatrixRMaj.wrap(n, n, b.clone()), solved);
        assertEquals(CommonOps_DDRM.trace(solved), value, 1e-12 * Math.max(1, Math.abs(value)));
    }
}
