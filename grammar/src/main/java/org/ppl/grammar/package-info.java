/** The ANTLR 4 grammar of the .ppl language and its generated lexer and parser (the language issue). */
package org.ppl.grammar;
