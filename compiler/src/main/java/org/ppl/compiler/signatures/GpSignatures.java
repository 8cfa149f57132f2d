package org.ppl.compiler.signatures;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ppl.dist.Distribution.Domain;

/**
 * The {@code gp.} namespace as data (PyMC's {@code pm.gp}): covariance functions, mean functions,
 * GP objects and their methods, with parameter names, order and the values each parameter takes.
 */
public final class GpSignatures {

    /** How big an argument is: a scalar, or a scalar or one value per input dimension (ARD lengthscales). */
    public enum Size {
        SCALAR, SCALAR_OR_PER_DIMENSION, PER_DIMENSION
    }

    /** A parameter of a covariance or mean function. */
    public record GpParam(String name, boolean required, Domain domain, Size size) {
        Param param() {
            return required ? Param.required(name) : Param.optional(name);
        }
    }

    /**
     * A covariance function {@code gp.Name(input_dim, ...)}; {@code takesInputDim} is false for
     * WhiteNoise and Constant, which PyMC builds without one.
     */
    public record Kernel(String name, boolean takesInputDim, List<GpParam> params) {
        public Signature signature() {
            List<Param> ps = new ArrayList<>();
            if (takesInputDim) ps.add(Param.required("input_dim"));
            for (GpParam p : params) ps.add(p.param());
            return new Signature("gp." + name, ps);
        }
    }

    /** A mean function {@code gp.mean.Name(...)}, with the default of each optional parameter. */
    public record Mean(String name, List<GpParam> params, List<Double> defaults) {
        public Signature signature() {
            return new Signature("gp.mean." + name, params.stream().map(GpParam::param).toList());
        }
    }

    /** The kinds of GP object; each takes mean_func= and cov_func= by keyword. */
    public enum ObjectKind {
        MARGINAL("Marginal"), MARGINAL_APPROX("MarginalApprox"), LATENT("Latent");

        public final String pymcName;

        ObjectKind(String pymcName) {
            this.pymcName = pymcName;
        }

        public Signature signature() {
            List<Param> ps = new ArrayList<>(List.of(Param.keyword("mean_func", false), Param.keyword("cov_func", true)));
            if (this == MARGINAL_APPROX) ps.add(Param.keyword("approx", false));
            return new Signature("gp." + pymcName, ps);
        }
    }

    /** The sparse approximations of MarginalApprox, PyMC's spelling; the first is the default. */
    public static final List<String> APPROXIMATIONS = List.of("VFE", "FITC", "DTC");

    /** The methods of GP objects. */
    public enum Method {
        MARGINAL_LIKELIHOOD("marginal_likelihood"), CONDITIONAL("conditional"), PREDICT("predict"), PRIOR("prior");

        public final String pymcName;

        Method(String pymcName) {
            this.pymcName = pymcName;
        }
    }

    private static final Map<String, Kernel> KERNELS = new LinkedHashMap<>();
    private static final Map<String, Mean> MEANS = new LinkedHashMap<>();

    static {
        GpParam ls = new GpParam("ls", true, Domain.POSITIVE, Size.SCALAR_OR_PER_DIMENSION);
        kernel("ExpQuad", true, ls);
        kernel("Matern52", true, ls);
        kernel("Matern32", true, ls);
        kernel("Exponential", true, ls);
        kernel("RatQuad", true, scalar("alpha", Domain.POSITIVE), ls);
        kernel("Periodic", true, scalar("period", Domain.POSITIVE), ls);
        kernel("Linear", true, new GpParam("c", true, Domain.REAL, Size.SCALAR_OR_PER_DIMENSION));
        kernel("Polynomial", true, new GpParam("c", true, Domain.REAL, Size.SCALAR_OR_PER_DIMENSION),
                scalar("d", Domain.POSITIVE), scalar("offset", Domain.REAL));
        kernel("WhiteNoise", false, scalar("sigma", Domain.POSITIVE));
        kernel("Constant", false, scalar("c", Domain.REAL));
        MEANS.put("Zero", new Mean("Zero", List.of(), List.of()));
        MEANS.put("Constant", new Mean("Constant", List.of(new GpParam("c", false, Domain.REAL, Size.SCALAR)), List.of(0.0)));
        MEANS.put("Linear", new Mean("Linear", List.of(new GpParam("coeffs", true, Domain.REAL, Size.PER_DIMENSION),
                new GpParam("intercept", false, Domain.REAL, Size.SCALAR)), List.of(Double.NaN, 0.0)));
    }

    private GpSignatures() {}

    private static GpParam scalar(String name, Domain domain) {
        return new GpParam(name, true, domain, Size.SCALAR);
    }

    private static void kernel(String name, boolean inputDim, GpParam... params) {
        KERNELS.put(name, new Kernel(name, inputDim, List.of(params)));
    }

    public static Kernel kernel(String name) {
        return KERNELS.get(name);
    }

    public static Set<String> kernelNames() {
        return Collections.unmodifiableSet(KERNELS.keySet());
    }

    public static Mean mean(String name) {
        return MEANS.get(name);
    }

    public static Set<String> meanNames() {
        return Collections.unmodifiableSet(MEANS.keySet());
    }

    /** The members of {@code gp}: covariance functions, the GP objects and the {@code mean} namespace. */
    public static List<String> namespaceMembers() {
        List<String> names = new ArrayList<>(KERNELS.keySet());
        for (ObjectKind k : ObjectKind.values()) names.add(k.pymcName);
        names.add("mean");
        return names;
    }

    /** The methods an object of {@code kind} has, and the signature of each. */
    public static Map<Method, Signature> methods(ObjectKind kind) {
        Map<Method, Signature> m = new LinkedHashMap<>();
        String owner = "gp." + kind.pymcName + ".";
        switch (kind) {
            case MARGINAL:
                m.put(Method.MARGINAL_LIKELIHOOD, Signature.of(owner + "marginal_likelihood", Param.required("X"), Param.required("noise")));
                m.put(Method.CONDITIONAL, Signature.of(owner + "conditional", Param.required("Xnew")));
                m.put(Method.PREDICT, Signature.of(owner + "predict", Param.required("Xnew")));
                break;
            case MARGINAL_APPROX:
                m.put(Method.MARGINAL_LIKELIHOOD, Signature.of(owner + "marginal_likelihood",
                        Param.required("X"), Param.required("Xu"), Param.required("noise")));
                m.put(Method.CONDITIONAL, Signature.of(owner + "conditional", Param.required("Xnew")));
                m.put(Method.PREDICT, Signature.of(owner + "predict", Param.required("Xnew")));
                break;
            default:
                m.put(Method.PRIOR, Signature.of(owner + "prior", Param.required("X")));
                m.put(Method.CONDITIONAL, Signature.of(owner + "conditional", Param.required("Xnew")));
        }
        return m;
    }
}
