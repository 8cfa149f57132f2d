package org.ppl.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ppl.compiler.diag.Diagnostic;
import org.ppl.compiler.diag.DiagnosticRenderer;
import org.ppl.compiler.diag.Diagnostics;
import org.ppl.compiler.source.SourceFile;
import org.ppl.compiler.source.SourceSpan;

/**
 * Random token-level mutations of the bundled and valid programs (deleting, duplicating,
 * swapping, replacing and inserting tokens, line breaks and indentation) never make the compiler
 * throw: every outcome is either a compiled program or located diagnostics with a line and column
 * inside the text, and both render. Seeded, so a failure names its case and repeats.
 */
class MutationFuzzTest {
    /** A few thousand in the default suite; more with -Dfuzz.cases=N (and another -Dfuzz.seed=S) when hunting. */
    private static final int CASES = Integer.getInteger("fuzz.cases", 3000);
    private static final Pattern TOKEN = Pattern.compile(
            "#[^\\n]*|\\n|[ \\t]+|[A-Za-z_][A-Za-z_0-9]*|[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|\"[^\"\\n]*\"|\\*\\*|//|[-+*/]=|[<>=!]=|.");
    private static final String[] VOCABULARY = {
        "(", ")", "[", "]", ",", ":", ".", "~", "=", "+=", "+", "-", "*", "/", "//", "%", "@", "**", "<", "==", "and",
        "or", "not", "data", "save", "target", "return", "for", "in", "if", "elif", "else", "def", "True", "range",
        "\n", "    ", "\t", "#", "\"", "'", "\\", "$", "0", "-1", "2.5", "1e309", "N", "x", "gp", "gp.ExpQuad", "Normal",
        "shape", "=(", "sum", "logp", "int", "vector", "matrix", "array", "T", "\"VFE\"", "J + 1", "[:, 0]"
    };

    @Test
    void mutatedProgramsGiveOnlyLocatedDiagnostics() {
        List<String> seeds = new ArrayList<>();
        for (String name : Sources.BUNDLED) seeds.add(Sources.model(name).text());
        for (String name : List.of("loops", "gps", "builtins")) {
            seeds.add(Sources.file(Sources.RESOURCES.resolve("valid/" + name + ".ppl")).text());
        }
        Random random = new Random(Long.getLong("fuzz.seed", 20260101L));
        int compiled = 0;
        for (int k = 0; k < CASES; k++) {
            List<String> tokens = tokens(seeds.get(random.nextInt(seeds.size())));
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) mutate(tokens, random);
            String text = String.join("", tokens);
            try {
                compiled += check(text) ? 1 : 0;
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("case " + k + " threw on:\n" + text, e);
            }
        }
        assertTrue(compiled > 0 && compiled < CASES, "mutations should sometimes keep a program valid: " + compiled);
    }

    /** Compiles {@code text}; true when it compiled, else checks that every diagnostic is located. */
    private static boolean check(String text) {
        SourceFile source = new SourceFile("fuzz.ppl", text);
        Diagnostics d = new Diagnostics();
        Compiler.Compilation c = Compiler.compile(source, d);
        if (!d.hasErrors()) {
            assertNotNull(c.ir(), "no diagnostics but no IR:\n" + text);
            assertNotNull(Dumps.dump(Dumps.Stage.IR, c));
            assertNotNull(Dumps.dump(Dumps.Stage.AST, c));
            return true;
        }
        for (Diagnostic diagnostic : d.sorted()) {
            SourceSpan span = diagnostic.span();
            assertTrue(span.start() >= 0 && span.end() <= text.length(), "span outside the text: " + diagnostic + "\n" + text);
            assertTrue(span.line() >= 1 && span.line() <= source.lineCount(), "bad line: " + diagnostic);
            assertTrue(span.column() >= 1, "bad column: " + diagnostic);
            assertTrue(!diagnostic.message().isBlank());
            String rendered = DiagnosticRenderer.render(diagnostic);
            assertEquals(span.file().name() + ":" + span.line() + ":" + span.column() + ": error: " + diagnostic.message(),
                    rendered.substring(0, rendered.indexOf('\n')));
        }
        assertTrue(c.ir() == null);
        return false;
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    private static void mutate(List<String> tokens, Random random) {
        if (tokens.isEmpty()) {
            tokens.add(VOCABULARY[random.nextInt(VOCABULARY.length)]);
            return;
        }
        int i = random.nextInt(tokens.size());
        switch (random.nextInt(5)) {
            case 0:
                tokens.remove(i);
                break;
            case 1:
                tokens.add(i, tokens.get(i));
                break;
            case 2:
                if (i + 1 < tokens.size()) tokens.add(i + 1, tokens.remove(i));
                break;
            case 3:
                tokens.set(i, VOCABULARY[random.nextInt(VOCABULARY.length)]);
                break;
            default:
                tokens.add(i, VOCABULARY[random.nextInt(VOCABULARY.length)]);
        }
    }
}
