/**
 * The general operations of the autodiff tape: elementwise functions of one argument ({@link
 * org.ppl.ad.ops.Unary} over an {@link org.ppl.ad.ops.UnaryFunction}), of two with NumPy
 * broadcasting ({@link org.ppl.ad.ops.BinaryElementwise} and its subclasses, {@link
 * org.ppl.ad.ops.Compare}, {@link org.ppl.ad.ops.Where}), reductions with NumPy's {@code axis}
 * ({@link org.ppl.ad.ops.Sum}, {@link org.ppl.ad.ops.Mean}, {@link org.ppl.ad.ops.LogSumExp}, ...),
 * operations along an axis ({@link org.ppl.ad.ops.Softmax}, {@link org.ppl.ad.ops.CumSum}), and
 * shape operations ({@link org.ppl.ad.ops.Index}, {@link org.ppl.ad.ops.Reshape}, {@link
 * org.ppl.ad.ops.Stack}, {@link org.ppl.ad.ops.Concatenate}, {@link org.ppl.ad.ops.BroadcastTo}).
 *
 * <p>Each operation is one node for a whole array. Everything that depends only on shapes
 * (broadcast maps, gather maps, axis layouts) is computed when the operation is built; evaluation
 * is plain loops that never allocate and make no call per element through an interface. {@link
 * org.ppl.ad.ops.Builtins} finds the operations by their names in the model language.
 */
package org.ppl.ad.ops;
