package org.ppl.ad.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.ppl.ad.ops.OpsTesting.apply;
import static org.ppl.ad.ops.OpsTesting.assertFunction;
import static org.ppl.ad.ops.OpsTesting.checkGradient;

import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;
import org.ppl.ad.Node;
import org.ppl.ad.Shape;
import org.ppl.ad.Tape;

class UnaryTest {
    private static final double EXACT = 1e-15;

    /** Checks the gradient of {@code f} at every test shape, on points drawn from [low, high). */
    private static void gradient(UnaryFunction f, double low, double high) {
        for (Shape s : OpsTesting.SHAPES) checkGradient((t, in) -> t.push(new Unary(f, in[0])), low, high, s);
    }

    @Test
    void elementaryGradients() {
        gradient(ElementaryFunction.NEG, -3, 3);
        gradient(ElementaryFunction.EXP, -3, 3);
        gradient(ElementaryFunction.LOG, 0.1, 5);
        gradient(ElementaryFunction.LOG1P, -0.9, 5);
        gradient(ElementaryFunction.LOG1M, -5, 0.9);
        gradient(ElementaryFunction.EXPM1, -3, 3);
        gradient(ElementaryFunction.SQRT, 0.1, 5);
        gradient(ElementaryFunction.SQUARE, -3, 3);
        gradient(ElementaryFunction.INV, 0.5, 3);
        gradient(ElementaryFunction.INV, -3, -0.5);
        gradient(ElementaryFunction.ABS, 0.1, 3);
        gradient(ElementaryFunction.ABS, -3, -0.1);
        gradient(ElementaryFunction.SIN, -4, 4);
        gradient(ElementaryFunction.COS, -4, 4);
        gradient(ElementaryFunction.TANH, -3, 3);
    }

    @Test
    void specialGradients() {
        gradient(SpecialFunction.LOGISTIC, -6, 6);
        gradient(SpecialFunction.LOGIT, 0.05, 0.95);
        gradient(SpecialFunction.SOFTPLUS, -10, 10);
        gradient(SpecialFunction.LOG_LOGISTIC, -10, 10);
        gradient(SpecialFunction.LOG1M_EXP, -5, -0.05);
        gradient(SpecialFunction.LGAMMA, 0.1, 12);
        gradient(SpecialFunction.LGAMMA, -2.9, -2.1);
        gradient(SpecialFunction.DIGAMMA, 0.2, 12);
        gradient(SpecialFunction.DIGAMMA, -0.9, -0.1);
    }

    @Test
    void elementaryValuesMatchMath() {
        double[] points = {-3.5, -1, -1e-300, -0.0, 0.0, 1e-300, 0.3, 1, 2.5, 700, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NaN};
        assertFunction(ElementaryFunction.NEG, x -> -x, 0, points);
        assertFunction(ElementaryFunction.EXP, Math::exp, 0, points);
        assertFunction(ElementaryFunction.LOG, Math::log, 0, points);
        assertFunction(ElementaryFunction.LOG1P, Math::log1p, 0, points);
        assertFunction(ElementaryFunction.EXPM1, Math::expm1, 0, points);
        assertFunction(ElementaryFunction.SQRT, Math::sqrt, 0, points);
        assertFunction(ElementaryFunction.SQUARE, x -> x * x, 0, points);
        assertFunction(ElementaryFunction.ABS, Math::abs, 0, points);
        assertFunction(ElementaryFunction.SIN, Math::sin, 0, points);
        assertFunction(ElementaryFunction.COS, Math::cos, 0, points);
        assertFunction(ElementaryFunction.TANH, Math::tanh, 0, points);
        assertFunction(ElementaryFunction.INV, x -> 1 / x, 0, points);
        assertFunction(ElementaryFunction.LOG1M, x -> Math.log(1 - x), 1e-15, -3.5, -1, 0.3, 0.9, 1, 2);
        assertFunction(ElementaryFunction.LOG1M, x -> -x, EXACT, 1e-20, -1e-300);
    }

    @Test
    void logisticFamilyIsStable() {
        double[] moderate = {-30, -5, -1, -1e-8, 0, 1e-8, 0.5, 3, 30};
        assertFunction(SpecialFunction.LOGISTIC, x -> 1 / (1 + Math.exp(-x)), EXACT, moderate);
        // Far out, logistic(x) = e^x / (1 + e^x) is e^x to double precision.
        assertFunction(SpecialFunction.LOGISTIC, x -> Math.exp(x) * Math.exp(-x) / (Math.exp(-x) + 1), EXACT, -200, -700);
        OpsTesting.assertClose(Math.exp(-700), apply(SpecialFunction.LOGISTIC, -700), 1e-15, "logistic(-700)");
        assertEquals(1.0, apply(SpecialFunction.LOGISTIC, 800), 0);
        assertEquals(0.0, apply(SpecialFunction.LOGISTIC, -800), 0);
        assertFunction(SpecialFunction.LOGIT, p -> Math.log(p) - Math.log1p(-p), 1e-14, 1e-300, 1e-9, 0.2, 0.5, 0.7, 0.999);
        assertFunction(SpecialFunction.SOFTPLUS, x -> Math.log(1 + Math.exp(x)), 1e-14, -20, -3, 0, 2, 20);
        assertFunction(SpecialFunction.SOFTPLUS, x -> x, EXACT, 40, 800, 1e300);
        assertFunction(SpecialFunction.SOFTPLUS, Math::exp, EXACT, -40, -700);
        assertFunction(SpecialFunction.LOG_LOGISTIC, x -> Math.log(1 / (1 + Math.exp(-x))), 1e-14, -20, -3, 0, 2, 20);
        assertFunction(SpecialFunction.LOG_LOGISTIC, x -> x, EXACT, -40, -800, -1e300);
        assertFunction(SpecialFunction.LOG_LOGISTIC, x -> -Math.exp(-x), EXACT, 40, 700);
        assertFunction(SpecialFunction.LOG1M_EXP, x -> Math.log(1 - Math.exp(x)), 1e-13, -20, -3, -0.7, -0.69, -0.1, -1e-3);
        // Near 0, 1 - e^x = -x (1 + x/2 + ...); far out, log(1 - e^x) = -e^x.
        assertFunction(SpecialFunction.LOG1M_EXP, x -> Math.log(-x), EXACT, -1e-20, -1e-300);
        assertFunction(SpecialFunction.LOG1M_EXP, x -> -Math.exp(x), EXACT, -50, -700);
    }

    @Test
    void gammaFamilyMatchesCommonsMath() {
        double[] positive = {1e-300, 1e-10, 1e-3, 0.1, 0.5, 1, 1.4616321449683622, 2, 2.5, 7.3, 9.99, 10, 10.01, 33.3,
            150, 1e5, 1e15};
        assertFunction(SpecialFunction.LGAMMA, Gamma::logGamma, 1e-14, positive);
        // Commons Math's digamma is off by about 3e-9 below 49; SpecialTest checks against
        // high-precision values.
        assertFunction(SpecialFunction.DIGAMMA, Gamma::digamma, 1e-8, positive);
        double[] negative = {-0.5, -1.5, -2.25, -3.9, -10.1, -20.7};
        assertFunction(SpecialFunction.LGAMMA, x -> Math.log(Math.abs(Gamma.gamma(x))), 1e-13, negative);
        assertFunction(SpecialFunction.DIGAMMA, Gamma::digamma, 1e-8, negative);
    }

    @Test
    void failsWhereThePlainFunctionFails() {
        assertEquals(Double.NaN, apply(ElementaryFunction.LOG, -1), 0);
        assertEquals(Double.NEGATIVE_INFINITY, apply(ElementaryFunction.LOG, 0), 0);
        assertEquals(Double.NEGATIVE_INFINITY, apply(ElementaryFunction.LOG1P, -1), 0);
        assertEquals(Double.NaN, apply(ElementaryFunction.LOG1P, -2), 0);
        assertEquals(Double.NEGATIVE_INFINITY, apply(ElementaryFunction.LOG1M, 1), 0);
        assertEquals(Double.NaN, apply(ElementaryFunction.LOG1M, 2), 0);
        assertEquals(Double.NaN, apply(ElementaryFunction.SQRT, -1), 0);
        assertEquals(Double.POSITIVE_INFINITY, apply(ElementaryFunction.EXP, 710), 0);
        assertEquals(Double.POSITIVE_INFINITY, apply(ElementaryFunction.INV, 0), 0);
        assertEquals(Double.NEGATIVE_INFINITY, apply(SpecialFunction.LOGIT, 0), 0);
        assertEquals(Double.POSITIVE_INFINITY, apply(SpecialFunction.LOGIT, 1), 0);
        assertEquals(Double.NaN, apply(SpecialFunction.LOGIT, 1.5), 0);
        assertEquals(Double.NaN, apply(SpecialFunction.LOGIT, -0.5), 0);
        assertEquals(Double.NEGATIVE_INFINITY, apply(SpecialFunction.LOG1M_EXP, 0), 0);
        assertEquals(Double.NaN, apply(SpecialFunction.LOG1M_EXP, 0.5), 0);
        assertEquals(Double.POSITIVE_INFINITY, apply(SpecialFunction.LGAMMA, 0), 0);
        assertEquals(Double.POSITIVE_INFINITY, apply(SpecialFunction.LGAMMA, -3), 0);
        assertEquals(Double.POSITIVE_INFINITY, apply(SpecialFunction.LGAMMA, Double.NEGATIVE_INFINITY), 0);
        assertEquals(Double.NaN, apply(SpecialFunction.DIGAMMA, 0), 0);
        assertEquals(Double.NaN, apply(SpecialFunction.DIGAMMA, -2), 0);
        for (UnaryFunction f : UnaryFunction.all().values()) {
            if (f == StepFunction.NOT) continue; // NaN is true, so not(NaN) = 0, as in NumPy
            assertEquals(Double.NaN, apply(f, Double.NaN), 0, f.functionName() + "(NaN)");
        }
    }

    @Test
    void derivativesAtTheEdgeOfTheDomain() {
        // The derivative of log at 0 is +∞, of sqrt at 0 is +∞, of log1m_exp at 0 is -∞: the plain limits.
        assertEquals(Double.POSITIVE_INFINITY, derivative(ElementaryFunction.LOG, 0), 0);
        assertEquals(Double.POSITIVE_INFINITY, derivative(ElementaryFunction.SQRT, 0), 0);
        assertEquals(Double.NEGATIVE_INFINITY, derivative(SpecialFunction.LOG1M_EXP, 0), 0);
        // No overflow where the function saturates.
        assertEquals(1.0, derivative(SpecialFunction.SOFTPLUS, 800), 0);
        assertEquals(0.0, derivative(SpecialFunction.SOFTPLUS, -800), 0);
        assertEquals(1.0, derivative(SpecialFunction.LOG_LOGISTIC, -800), 0);
        assertEquals(0.0, derivative(SpecialFunction.LOG_LOGISTIC, 800), 0);
        assertEquals(0.0, derivative(SpecialFunction.LOGISTIC, 800), 0);
        assertEquals(0.0, derivative(ElementaryFunction.ABS, 0), 0);
    }

    private static double derivative(UnaryFunction f, double x) {
        Tape tape = new Tape();
        Node in = tape.variable(Shape.SCALAR);
        in.value[0] = x;
        Node out = tape.push(new Unary(f, in));
        tape.forward();
        tape.zeroAdjoints();
        out.adjoint[0] = 1;
        tape.backward();
        return in.adjoint[0];
    }

    @Test
    void stepFunctionsFollowNumPy() {
        double[] points = {-2.5, -1.5, -0.5, -0.0, 0.0, 0.5, 1.5, 2.5, 3.7};
        double[] floor = {-3, -2, -1, -0.0, 0, 0, 1, 2, 3};
        double[] ceil = {-2, -1, -0.0, -0.0, 0, 1, 2, 3, 4};
        double[] round = {-2, -2, -0.0, -0.0, 0, 0, 2, 2, 4}; // halves to even
        double[] sign = {-1, -1, -1, -0.0, 0, 1, 1, 1, 1};
        double[] not = {0, 0, 0, 1, 1, 0, 0, 0, 0};
        for (int i = 0; i < points.length; i++) {
            assertEquals(floor[i], apply(StepFunction.FLOOR, points[i]), 0);
            assertEquals(ceil[i], apply(StepFunction.CEIL, points[i]), 0);
            assertEquals(round[i], apply(StepFunction.ROUND, points[i]), 0);
            assertEquals(sign[i], apply(StepFunction.SIGN, points[i]), 0);
            assertEquals(not[i], apply(StepFunction.NOT, points[i]), 0);
        }
        assertEquals(0.0, apply(StepFunction.NOT, Double.NaN), 0, "NaN counts as true");
    }

    @Test
    void stepFunctionsPassNoGradient() {
        Tape tape = new Tape();
        Node x = tape.variable(Shape.vector(3));
        for (StepFunction f : StepFunction.values()) {
            Node y = tape.push(new Unary(f, x));
            assertNull(y.adjoint, f.functionName());
            assertFalse(y.constant);
        }
        Node z = tape.push(new Unary(ElementaryFunction.EXP, x));
        assertNotNull(z.adjoint);
    }

    @Test
    void functionsAreFoundByName() {
        assertSame(SpecialFunction.LOGISTIC, UnaryFunction.byName("inv_logit"));
        assertSame(SpecialFunction.LOG1M_EXP, UnaryFunction.byName("log1m_exp"));
        assertSame(StepFunction.NOT, UnaryFunction.byName("not"));
        assertNull(UnaryFunction.byName("exp2"));
        for (var e : UnaryFunction.all().entrySet()) {
            if (!e.getKey().equals("inv_logit")) assertEquals(e.getKey(), e.getValue().functionName());
        }
        assertEquals("lgamma", new Unary(SpecialFunction.LGAMMA, new Tape().constant(1.0)).name());
    }
}
