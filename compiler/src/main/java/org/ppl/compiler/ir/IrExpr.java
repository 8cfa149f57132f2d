package org.ppl.compiler.ir;

import java.util.List;
import org.ppl.compiler.names.Symbol;
import org.ppl.compiler.signatures.Builtin;
import org.ppl.compiler.signatures.DistributionSignature;
import org.ppl.compiler.signatures.GpSignatures;
import org.ppl.compiler.source.SourceSpan;
import org.ppl.compiler.types.Type;

/**
 * An expression of the typed IR: every node knows its type (with symbolic sizes) and source span.
 * User functions are inlined, names resolved to symbols, keyword arguments bound to parameters
 * (in parameter order, defaults filled), and literal sizes turned into expressions lowering
 * evaluates once the data are bound.
 */
public sealed interface IrExpr {
    Type type();

    SourceSpan span();

    /** A numeric or boolean literal (its type says which). */
    record Constant(double value, Type type, SourceSpan span) implements IrExpr {}

    record Str(String value, Type type, SourceSpan span) implements IrExpr {}

    /** A size, datum, parameter, saved value, local or loop variable. */
    record Ref(Symbol symbol, Type type, SourceSpan span) implements IrExpr {}

    /**
     * An operator or built-in function. {@code axis} is the normalised (non-negative) axis of a
     * reduction, softmax, cumsum, stack or concatenate, or null (all elements; the last axis for
     * softmax). For {@code zeros}, {@code ones}, {@code eye} and {@code reshape} the size
     * arguments are integer expressions in {@code args} after the array.
     */
    record Apply(Builtin op, List<IrExpr> args, Integer axis, Type type, SourceSpan span) implements IrExpr {}

    /** {@code target[indices]} with NumPy's basic and (one) integer-array indexing. */
    record Index(IrExpr target, List<IrIndex> indices, Type type, SourceSpan span) implements IrExpr {}

    record MakeTuple(List<IrExpr> items, Type type, SourceSpan span) implements IrExpr {}

    record TupleItem(IrExpr tuple, int index, Type type, SourceSpan span) implements IrExpr {}

    /**
     * A distribution with its arguments in the order of {@code variant}'s parameters (defaults
     * filled in as constants). {@code shape} holds the sizes of shape= (null when absent);
     * {@code ordered} is transform="ordered".
     */
    record Distribution(DistributionSignature signature, DistributionSignature.Variant variant, List<IrExpr> args,
            List<IrExpr> shape, boolean ordered, Type type, SourceSpan span) implements IrExpr {}

    /** A distribution's log density at {@code value}, summed over elements (PyMC's pm.logp, then sum). */
    record Logp(IrExpr distribution, IrExpr value, Type type, SourceSpan span) implements IrExpr {}

    /**
     * A covariance function. {@code inputDim} is null for WhiteNoise and Constant; {@code args}
     * follow the kernel's parameters in order, null for an absent optional one.
     */
    record Kernel(GpSignatures.Kernel kernel, IrExpr inputDim, List<IrExpr> args, Type type, SourceSpan span) implements IrExpr {}

    /** {@code left + right} or {@code left * right} of covariances, where one side may be a real scalar. */
    record KernelCombine(Builtin op, IrExpr left, IrExpr right, Type type, SourceSpan span) implements IrExpr {}

    /** A covariance's matrix {@code cov(x)} or {@code cov(x, xs)} ({@code xs} null for the first). */
    record KernelMatrix(IrExpr kernel, IrExpr x, IrExpr xs, Type type, SourceSpan span) implements IrExpr {}

    /** A mean function with its arguments in parameter order (defaults filled in). */
    record Mean(GpSignatures.Mean mean, List<IrExpr> args, Type type, SourceSpan span) implements IrExpr {}

    /** A GP object; {@code mean} null means the zero mean, {@code approx} is null unless MarginalApprox. */
    record GpObject(GpSignatures.ObjectKind kind, IrExpr mean, IrExpr cov, String approx, Type type, SourceSpan span)
            implements IrExpr {}

    /** The GP marginal likelihood as a distribution over y (the columns of a matrix y are independent GPs). */
    record GpMarginalLikelihood(IrExpr gp, IrExpr x, IrExpr xu, IrExpr noise, Type type, SourceSpan span) implements IrExpr {}

    /** Latent.prior(X): the distribution of f = L v, v ~ N(0, I) (non-centred). */
    record GpPrior(IrExpr gp, IrExpr x, Type type, SourceSpan span) implements IrExpr {}

    /** The predictive distribution at {@code xnew} given what the GP object was conditioned on. */
    record GpConditional(IrExpr gp, IrExpr xnew, GpConditioning given, Type type, SourceSpan span) implements IrExpr {}

    /** The predictive mean and variance at {@code xnew}, a tuple (Marginal and MarginalApprox). */
    record GpPredict(IrExpr gp, IrExpr xnew, GpConditioning given, Type type, SourceSpan span) implements IrExpr {}
}
