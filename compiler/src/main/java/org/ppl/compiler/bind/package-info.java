/**
 * Data binding: the checked program, the data read from files and the {@code --set} overrides give
 * every data item a value and every size a number ({@link org.ppl.compiler.bind.BoundData}), or
 * located errors naming the data item, its place in the data and its declaration.
 */
package org.ppl.compiler.bind;
