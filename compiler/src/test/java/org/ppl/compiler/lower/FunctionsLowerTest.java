package org.ppl.compiler.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;
import org.ppl.ad.Shape;
import org.ppl.ad.ops.Builtins;
import org.ppl.compiler.ModelGradients;
import org.ppl.compiler.ModelLoader;
import org.ppl.compiler.LoadedModel;
import org.ppl.compiler.signatures.Builtin;
import org.ppl.io.DataSet;
import org.ppl.io.DataValue;
import org.ppl.model.Model;
import org.ppl.model.Variable;

/**
 * Every operator and built-in function lowers to the runtime operation that computes NumPy's
 * value: each is saved from data and compared with a value computed here in plain Java (or with
 * Commons Math), and the differentiable ones are summed into the log density of parameters whose
 * gradient is checked against finite differences.
 */
class FunctionsLowerTest {
    private static final double[] V = {0.5, -1.0, 2.0};
    private static final double[] X = {0.2, 0.5, 0.7};
    private static final double[][] A = {{2, 0.5, 0.1}, {0.5, 3, 0.2}, {0.1, 0.2, 1.5}};
    private static final String DATA = """
            data v: vector[3]
            data x: vector[3]
            data A: matrix[3, 3]
            data k: int[3]
            """;

    private final Map<String, double[]> cases = new LinkedHashMap<>();
    /** Commons Math's digamma is good to about 1e-9 near zero; every other reference to rounding. */
    private final Map<String, Double> tolerances = new LinkedHashMap<>();

    private void expect(String expr, double... values) {
        cases.put(expr, values);
    }

    private static double[] map(double[] in, java.util.function.DoubleUnaryOperator f) {
        double[] out = new double[in.length];
        for (int i = 0; i < in.length; i++) out[i] = f.applyAsDouble(in[i]);
        return out;
    }

    private static double[] flat(double[][] m) {
        List<Double> out = new ArrayList<>();
        for (double[] row : m) for (double v : row) out.add(v);
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[][] product(double[][] a, double[][] b) {
        return new Array2DRowRealMatrix(a).multiply(new Array2DRowRealMatrix(b)).getData();
    }

    private void arithmetic() {
        expect("v + 1", 1.5, 0, 3);
        expect("v - A[0]", -1.5, -1.5, 1.9);
        expect("2 * v", 1, -2, 4);
        expect("v / 4", 0.125, -0.25, 0.5);
        expect("v ** 2", 0.25, 1, 4);
        expect("-v", -0.5, 1, -2);
        expect("k // 2", 1, 0, 1);
        expect("-7 // 2", -4);
        expect("-7 % 3", 2);
        expect("v % 0.75", 0.5, 0.5, 0.5);
        expect("v > 0", 1, 0, 1);
        expect("v <= 0.5", 1, 1, 0);
        expect("v >= 2", 0, 0, 1);
        expect("v < -1", 0, 0, 0);
        expect("v == 2.0", 0, 0, 1);
        expect("v != 2.0", 1, 1, 0);
        expect("(1 < 2) and (2 < 1)", 0);
        expect("(1 < 2) or (2 < 1)", 1);
        expect("not (1 < 2)", 0);
        expect("A @ v", new Array2DRowRealMatrix(A).operate(V));
        expect("v @ A", new Array2DRowRealMatrix(A).preMultiply(V));
        expect("v @ v", 0.25 + 1 + 4);
        expect("(A + A[0]).T", flat(new Array2DRowRealMatrix(new double[][] {{4, 1, 0.2}, {2.5, 3.5, 0.3}, {2.1, 0.7, 1.6}}).transpose().getData()));
    }

    private void elementwise() {
        expect("exp(x)", map(X, Math::exp));
        expect("log(x)", map(X, Math::log));
        expect("log1p(x)", map(X, Math::log1p));
        expect("expm1(x)", map(X, Math::expm1));
        expect("sqrt(x)", map(X, Math::sqrt));
        expect("sin(x)", map(X, Math::sin));
        expect("cos(x)", map(X, Math::cos));
        expect("tanh(x)", map(X, Math::tanh));
        expect("logistic(x)", map(X, t -> 1 / (1 + Math.exp(-t))));
        expect("inv_logit(x)", map(X, t -> 1 / (1 + Math.exp(-t))));
        expect("logit(x)", map(X, t -> Math.log(t / (1 - t))));
        expect("softplus(x)", map(X, t -> Math.log1p(Math.exp(t))));
        expect("lgamma(x)", map(X, Gamma::logGamma));
        expect("digamma(x)", map(X, Gamma::digamma));
        tolerances.put("digamma(x)", 1e-8);
        expect("log1m(x)", map(X, t -> Math.log1p(-t)));
        expect("inv(x)", map(X, t -> 1 / t));
        expect("log_logistic(x)", map(X, t -> -Math.log1p(Math.exp(-t))));
        expect("log1m_exp(-x)", map(X, t -> Math.log(1 - Math.exp(-t))));
        expect("floor(v * 1.5)", 0, -2, 3);
        expect("ceil(v * 1.5)", 1, -1, 3);
        expect("round(v * 1.3)", 1, -1, 3);
        expect("sign(v)", 1, -1, 1);
        expect("neg(v)", -0.5, 1, -2);
        expect("square(v)", 0.25, 1, 4);
        expect("abs(v)", 0.5, 1, 2);
        expect("lbeta(x, 2.0)", map(X, t -> Gamma.logGamma(t) + Gamma.logGamma(2) - Gamma.logGamma(t + 2)));
        expect("pow(x, 3)", map(X, t -> t * t * t));
        expect("minimum(v, 0.7)", 0.5, -1, 0.7);
        expect("maximum(v, 0.7)", 0.7, 0.7, 2);
        expect("where(v > 0, v, 0.0)", 0.5, 0, 2);
    }

    private void reductions() {
        expect("sum(A)", 8.1);
        expect("sum(A, axis=0)", 2.6, 3.7, 1.8);
        expect("sum(A, axis=-1)", 2.6, 3.7, 1.8);
        expect("mean(v)", 0.5);
        expect("mean(A, axis=1)", 2.6 / 3, 3.7 / 3, 1.8 / 3);
        expect("min(v)", -1);
        expect("max(A, axis=0)", 2, 3, 1.5);
        expect("prod(v)", -1);
        expect("log_sum_exp(v)", Math.log(Math.exp(0.5) + Math.exp(-1) + Math.exp(2)));
        expect("var(v)", ((0.0) + 2.25 + 2.25) / 3);
        expect("std(v)", Math.sqrt(4.5 / 3));
        double z = Math.exp(0.5) + Math.exp(-1) + Math.exp(2);
        expect("softmax(v)", Math.exp(0.5) / z, Math.exp(-1) / z, Math.exp(2) / z);
        expect("log_softmax(v)", 0.5 - Math.log(z), -1 - Math.log(z), 2 - Math.log(z));
        expect("cumsum(v)", 0.5, -0.5, 1.5);
        expect("cumsum(A, axis=1)", 2, 2.5, 2.6, 0.5, 3.5, 3.7, 0.1, 0.3, 1.8);
    }

    private void linearAlgebra() {
        RealMatrix a = new Array2DRowRealMatrix(A);
        expect("dot(v, v)", 5.25);
        expect("dot(A, v)", a.operate(V));
        expect("dot(2, v)", 1, -2, 4);
        expect("cholesky(A)", flat(new CholeskyDecomposition(a).getL().getData()));
        expect("solve(A - 2.5 * eye(3), v)", new LUDecomposition(a.subtract(new Array2DRowRealMatrix(new double[][] {{2.5, 0, 0}, {0, 2.5, 0}, {0, 0, 2.5}}))).getSolver().solve(new org.apache.commons.math3.linear.ArrayRealVector(V)).toArray());
        expect("diag(v)", 0.5, 0, 0, 0, -1, 0, 0, 0, 2);
        expect("diag(A)", 2, 3, 1.5);
        expect("logdet(A)", Math.log(new LUDecomposition(a).getDeterminant()));
        expect("eye(2)", 1, 0, 0, 1);
        expect("zeros((2, 3))", 0, 0, 0, 0, 0, 0);
        expect("ones(2)", 1, 1);
        expect("stack([v, x], axis=1)", 0.5, 0.2, -1, 0.5, 2, 0.7);
        expect("concatenate([v, x])", 0.5, -1, 2, 0.2, 0.5, 0.7);
        expect("[1, 2]", 1, 2);
        expect("reshape(A, (9,))", flat(A));
        expect("broadcast_to(v, (2, 3))", 0.5, -1, 2, 0.5, -1, 2);
        expect("A @ A", flat(product(A, A)));
    }

    private void indexing() {
        expect("A[1]", 0.5, 3, 0.2);
        expect("A[:, 1]", 0.5, 3, 0.2);
        expect("A[1:, 2]", 0.2, 1.5);
        expect("A[-1]", 0.1, 0.2, 1.5);
        expect("v[k]", 2, 0.5, 2);
        expect("A[k, 0]", 0.1, 2, 0.1);
        expect("A[None, 0]", 2, 0.5, 0.1);
        expect("A[..., 2]", 0.1, 0.2, 1.5);
        expect("v[::2]", 0.5, 2);
        expect("v[::-1]", 2, -1, 0.5);
    }

    @Test
    void everyFunctionComputesNumpysValue() {
        arithmetic();
        elementwise();
        reductions();
        linearAlgebra();
        indexing();
        StringBuilder program = new StringBuilder(DATA);
        List<String> names = new ArrayList<>();
        for (String expr : cases.keySet()) {
            names.add("s" + names.size());
            program.append("save ").append(names.get(names.size() - 1)).append(" = ").append(expr).append('\n');
        }
        Model m = load(program.toString());
        double[] out = new double[m.variables().stream().mapToInt(v -> v.shape().size()).sum()];
        m.constrain(new double[0], out);
        int offset = 0;
        int i = 0;
        for (Map.Entry<String, double[]> c : cases.entrySet()) {
            Variable v = m.variables().get(i++);
            double[] expected = c.getValue();
            double tolerance = tolerances.getOrDefault(c.getKey(), 1e-12);
            assertEquals(expected.length, v.shape().size(), c.getKey() + " has shape " + v.shape());
            for (int j = 0; j < expected.length; j++) {
                double got = out[offset + j];
                assertTrue(Math.abs(got - expected[j]) <= tolerance * Math.max(1, Math.abs(expected[j])),
                        c.getKey() + "[" + j + "]: expected " + expected[j] + ", got " + got);
            }
            offset += expected.length;
        }
    }

    @Test
    void everyBuiltinFoundByNameHasItsRuntimeOperation() {
        for (Builtin b : Builtin.values()) {
            String binary = FunctionLowering.binaryName(b);
            if (binary != null) {
                assertTrue(Builtins.binaryNames().contains(binary), b + ": no runtime operation " + binary);
            } else if (b.rule == Builtin.Rule.ELEMENTWISE_REAL || b.rule == Builtin.Rule.ELEMENTWISE_SAME) {
                assertTrue(Builtins.unaryNames().contains(b.spelling), b + ": no runtime function " + b.spelling);
            } else if (b.rule == Builtin.Rule.REDUCTION || b.rule == Builtin.Rule.SOFTMAX || b.rule == Builtin.Rule.CUMSUM) {
                assertTrue(Builtins.axisNames().contains(b.spelling), b + ": no runtime reduction " + b.spelling);
            }
        }
    }

    @Test
    void differentiableFunctionsHaveTheirGradients() {
        String[] terms = {
            "exp(x)", "log(exp(x) + 1)", "x @ M", "M @ x", "M.T @ x", "sum(M, axis=0)", "softmax(x)", "log_softmax(x, axis=0)",
            "cumsum(M, axis=1)", "solve(M @ M.T + 3 * eye(3), x)", "solve(M + 4 * eye(3), x)", "logdet(M @ M.T + eye(3))",
            "cholesky(M @ M.T + eye(3))", "diag(x)", "diag(M)", "stack([x, x])", "concatenate([x, M[0]])",
            "where(x > 0, x, x**2)", "reshape(M, (9,))", "broadcast_to(x, (2, 3))", "M[:, 1]", "x[k]", "M[k, 1]",
            "x % 1.5", "dot(x, x)", "prod(x)", "var(M, axis=0)", "std(x)", "log_sum_exp(M, axis=1)", "minimum(x, 0.3)",
            "maximum(x, M[0])", "lbeta(exp(x), 2.0)", "mean(M)", "max(M, axis=1)", "min(x)", "pow(exp(x), 1.5)",
            "sqrt(exp(x))", "tanh(x) * sin(x) + cos(x)", "softplus(x) - log_logistic(x)", "square(x) / (1 + abs(x))",
        };
        StringBuilder program = new StringBuilder(DATA).append("x ~ Normal(0, 1, shape=3)\nM ~ Normal(0, 1, shape=(3, 3))\n");
        for (String t : terms) program.append("target += sum(").append(t).append(")\n");
        Model m = load(program.toString());
        ModelGradients.assertGradient(m, ModelGradients.randomPoint(m, 21, 0.7), 1e-6, "functions");
    }

    private static Model load(String program) {
        DataSet data = DataSet.of(List.of(
                new DataValue("v", Shape.vector(3), V, false, null, null),
                new DataValue("x", Shape.vector(3), X, false, null, null),
                new DataValue("A", Shape.matrix(3, 3), flat(A), false, null, null),
                new DataValue("k", Shape.vector(3), new double[] {2, 0, 2}, true, null, null)));
        ModelLoader.Result<LoadedModel> r = ModelLoader.load(program, "functions.ppl", data, Map.of());
        if (!r.succeeded()) throw new AssertionError(r.errors());
        return r.value().newModel();
    }
}
