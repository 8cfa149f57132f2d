/**
 * The compiler: parse, names, inlining, roles, types and shapes ({@link org.ppl.compiler.Compiler}
 * gives the typed IR), then data binding ({@link org.ppl.compiler.bind}) and lowering to the
 * runtime ({@link org.ppl.compiler.lower}). {@link org.ppl.compiler.ModelLoader} is what the command
 * line calls: a model's text and its data in, a {@link org.ppl.compiler.LoadedModel} or the
 * rendered located errors out.
 */
package org.ppl.compiler;
