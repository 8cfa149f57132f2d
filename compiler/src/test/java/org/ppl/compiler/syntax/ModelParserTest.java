package org.ppl.compiler.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ppl.compiler.ast.AstPrinter;
import org.ppl.compiler.ast.Program;
import org.ppl.compiler.diag.Diagnostics;
import org.ppl.compiler.source.SourceFile;

class ModelParserTest {

    private static String dump(String text) {
        Diagnostics d = new Diagnostics();
        Program p = ModelParser.parse(new SourceFile("t.ppl", text), d).orElse(null);
        assertFalse(d.hasErrors(), d::render);
        return AstPrinter.print(p);
    }

    private static String expr(String text) {
        String line = dump("x = " + text + "\n");
        return line.substring(line.indexOf("(= x ") + 5, line.length() - 2);
    }

    @Test
    void powerIsRightAssociativeAndBindsTighterThanUnaryMinusOnItsLeft() {
        assertEquals("(neg (** x 2))", expr("-x**2"));
        assertEquals("(** a (** b c))", expr("a**b**c"));
        assertEquals("(** 2 (neg 1))", expr("2**-1"));
        assertEquals("(* (** eta 2) (call (. gp ExpQuad) Q ls=ls))", expr("eta**2 * gp.ExpQuad(Q, ls=ls)"));
    }

    @Test
    void matmulSharesThePrecedenceOfMultiplication() {
        assertEquals("(* (@ a b) c)", expr("a @ b * c"));
        assertEquals("(+ a (@ b c))", expr("a + b @ c"));
        assertEquals("(@ X (. W T))", expr("X @ W.T"));
    }

    @Test
    void logicalOperatorsComeBelowComparisons() {
        assertEquals("(or (and (< a b) (not (== c d))) e)", expr("a < b and not c == d or e"));
        assertEquals("(- (- a b) c)", expr("a - b - c"));
    }

    @Test
    void subscriptsSlicesTuplesAndLists() {
        assertEquals("(index Y (slice _ _ _) p)", expr("Y[:, p]"));
        assertEquals("(index x (slice a b _))", expr("x[a:b]"));
        assertEquals("(index x (slice _ _ 2))", expr("x[::2]"));
        assertEquals("(index alpha county)", expr("alpha[county]"));
        assertEquals("(tuple N Q)", expr("(N, Q)"));
        assertEquals("(tuple N)", expr("(N,)"));
        assertEquals("(tuple)", expr("()"));
        assertEquals("x", expr("(x)"));
        assertEquals("(list 1 2.5 \"s\")", expr("[1, 2.5, 's']"));
        assertEquals("(call (. (call Normal 0 1) logp) v)", expr("Normal(0, 1).logp(v)"));
    }

    @Test
    void bracketsContinueALineAndBlankLinesAndCommentsAreIgnored() {
        String text = "# head\n\nx = f(1,\n      2)  # tail\n\n   \n# c\ny = [1,\n 2]\n";
        assertEquals("3:1 (= x (call f 1 2))\n8:1 (= y (list 1 2))\n", dump(text));
    }

    @Test
    void indentedBlocksNestAndCloseAtTheEndOfTheFile() {
        String text = "for i in range(3):\n    if i > 0:\n        s = s + i\n    else:\n        s = 0\n    t = s\nu = t";
        String expected = "1:1 (for i (call range 3))\n"
                + "2:5   (if (> i 0))\n"
                + "3:9     (= s (+ s i))\n"
                + "2:5   (else)\n"
                + "5:9     (= s 0)\n"
                + "6:5   (= t s)\n"
                + "7:1 (= u t)\n";
        assertEquals(expected, dump(text));
    }

    @Test
    void oneLineBlocksElifAndFunctions() {
        String text = "def f(a, b):\n  return a + b\nif c: x = 1\nelif d: x = 2\nelse: x = 3\n";
        String expected = "1:1 (def f (a b))\n"
                + "2:3   (return (+ a b))\n"
                + "3:1 (if c)\n"
                + "3:7   (= x 1)\n"
                + "3:1 (else)\n"
                + "4:1   (if d)\n"
                + "4:9     (= x 2)\n"
                + "4:1   (else)\n"
                + "5:7     (= x 3)\n";
        assertEquals(expected, dump(text));
    }

    @Test
    void dataDeclarationsWithDefaultsAndBounds() {
        String text = "data Y: matrix[N, P]\ndata Q: int = 2\ndata s: vector[J] (lower=0)\n"
                + "data c: int[N] (lower=0, upper=K - 1)\ndata A: array[K] vector[N]\n";
        String expected = "1:1 (data Y (matrix N P))\n"
                + "2:1 (data Q (int) default=2)\n"
                + "3:1 (data s (vector J) lower=0)\n"
                + "4:1 (data c (int N) lower=0 upper=(- K 1))\n"
                + "5:1 (data A (array K (vector N)))\n";
        assertEquals(expected, dump(text));
    }

    @Test
    void augmentedAssignmentAndTarget() {
        assertEquals("1:1 (= s (+ s 1))\n2:1 (target+= (call logp (call Normal 0 1) x))\n3:1 (save t (* 2 s))\n",
                dump("s += 1\ntarget += logp(Normal(0, 1), x)\nsave t = 2 * s\n"));
    }

    @Test
    void numbersAreIntegersOnlyWithoutPointOrExponent() {
        assertEquals("3", expr("3"));
        assertEquals("3.0", expr("3.0"));
        assertEquals("1e-3", expr("1e-3"));
        assertEquals(".5", expr(".5"));
    }

    @Test
    void everyBundledModelParsesInSllModeWithoutFallback() throws Exception {
        for (String name : new String[] {"gplvm", "ppca", "sparse_gp", "eight_schools"}) {
            String text = new String(getClass().getResourceAsStream("/models/" + name + ".ppl").readAllBytes());
            Diagnostics d = new Diagnostics();
            assertTrue(GrammarProbe.parsesWithSllAlone(new SourceFile(name, text)), name);
            assertTrue(ModelParser.parse(new SourceFile(name, text), d).isPresent(), d::render);
        }
    }
}
