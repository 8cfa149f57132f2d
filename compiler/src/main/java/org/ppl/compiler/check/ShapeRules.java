package org.ppl.compiler.check;

import java.util.ArrayList;
import java.util.List;
import org.ppl.compiler.diag.ShapeDiagnostic;
import org.ppl.compiler.ir.IrExpr;
import org.ppl.compiler.signatures.DistributionSignature;
import org.ppl.compiler.signatures.DistributionSignature.DistParam;
import org.ppl.compiler.signatures.DistributionSignature.ShapeRule;
import org.ppl.compiler.signatures.DistributionSignature.Variant;
import org.ppl.compiler.types.Dim;
import org.ppl.compiler.types.Shapes;
import org.ppl.compiler.types.Type;

/** The shape a distribution gives its value, from its arguments (before shape=). */
final class ShapeRules {
    private ShapeRules() {}

    static int eventRank(ShapeRule rule) {
        switch (rule) {
            case MULTIVARIATE_NORMAL:
            case SIMPLEX_VECTOR:
                return 1;
            case CORRELATION_CHOLESKY:
                return 2;
            default:
                return 0;
        }
    }

    /** The value's shape, or null after reporting why the arguments do not fit together. */
    static List<Dim> shape(DistributionSignature sig, Variant variant, List<IrExpr> args, CheckContext ctx, SizeArguments sizes) {
        switch (sig.shapeRule()) {
            case ELEMENTWISE:
                return broadcast(sig, variant, args, ctx);
            case MULTIVARIATE_NORMAL:
                return multivariateNormal(sig, variant, args, ctx);
            case SIMPLEX_VECTOR:
            case CATEGORICAL: {
                Type.Tensor t = (Type.Tensor) args.get(0).type();
                if (t.rank() < 1) {
                    ctx.wrongType(args.get(0).span(), sig.name() + "'s " + variant.params().get(0).name(), "a vector", args.get(0));
                    return null;
                }
                return sig.shapeRule() == ShapeRule.CATEGORICAL ? t.dims().subList(0, t.rank() - 1) : t.dims();
            }
            case CORRELATION_CHOLESKY: {
                IrExpr n = args.get(0);
                if (!scalars(sig, variant, args, ctx)) return null;
                Dim size = Dims.of(n, ctx);
                return List.of(size, size);
            }
            default:
                return List.of();
        }
    }

    private static boolean scalars(DistributionSignature sig, Variant variant, List<IrExpr> args, CheckContext ctx) {
        for (int i = 0; i < args.size(); i++) {
            if (!((Type.Tensor) args.get(i).type()).isScalar()) {
                ctx.wrongType(args.get(i).span(), sig.name() + "'s " + variant.params().get(i).name(), "a scalar", args.get(i));
                return false;
            }
        }
        return true;
    }

    private static List<Dim> broadcast(DistributionSignature sig, Variant variant, List<IrExpr> args, CheckContext ctx) {
        List<Dim> shape = List.of();
        String shapeFrom = null;
        for (int i = 0; i < args.size(); i++) {
            List<Dim> dims = ((Type.Tensor) args.get(i).type()).dims();
            List<Dim> next = Shapes.broadcast(shape, dims);
            if (next == null) {
                ctx.diagnostics.report(new ShapeDiagnostic.NotBroadcastable(args.get(i).span(),
                        sig.name() + "'s " + shapeFrom + " and " + variant.params().get(i).name(), Shapes.spell(shape), Shapes.spell(dims)));
                return null;
            }
            if (!dims.isEmpty() && shapeFrom == null) shapeFrom = variant.params().get(i).name();
            shape = next;
        }
        return shape;
    }

    /** mu (..., n) or a scalar, and an n by n covariance or Cholesky factor. */
    private static List<Dim> multivariateNormal(DistributionSignature sig, Variant variant, List<IrExpr> args, CheckContext ctx) {
        IrExpr mu = args.get(0);
        IrExpr cov = args.get(1);
        DistParam covParam = variant.params().get(1);
        Type.Tensor m = (Type.Tensor) mu.type();
        Type.Tensor k = (Type.Tensor) cov.type();
        if (k.rank() != 2) {
            ctx.wrongType(cov.span(), sig.name() + "'s " + covParam.name(), "a square matrix", cov);
            return null;
        }
        Dim n = k.dims().get(0);
        if (n.provablyDifferent(k.dims().get(1))) {
            ctx.diagnostics.report(new ShapeDiagnostic.SizeMismatch(cov.span(), sig.name(), "the rows and columns of " + covParam.name(),
                    n.toString(), k.dims().get(1).toString()));
            return null;
        }
        if (m.isScalar()) return List.of(n);
        Dim last = m.dims().get(m.rank() - 1);
        if (last.provablyDifferent(n)) {
            ctx.diagnostics.report(new ShapeDiagnostic.SizeMismatch(mu.span(), sig.name(), "the sizes of mu and " + covParam.name(),
                    last.toString(), n.toString()));
            return null;
        }
        return new ArrayList<>(m.dims());
    }
}
