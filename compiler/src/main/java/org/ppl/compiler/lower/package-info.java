/**
 * Lowering: a bound program becomes runtime operations on a tape ({@link
 * org.ppl.compiler.lower.CompiledModel}, a {@code ModelDefinition}), with loops unrolled, branches
 * chosen, each parameter transformed from its prior's support, and what the predictive step needs
 * recorded ({@link org.ppl.compiler.lower.Lowered}: observed terms with their distributions and
 * argument nodes, GP conditionals and predictions).
 */
package org.ppl.compiler.lower;
