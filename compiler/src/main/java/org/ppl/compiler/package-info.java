/** The compiler: AST, name, role and shape checks, diagnostics, lowering to the runtime (the language issue). */
package org.ppl.compiler;
