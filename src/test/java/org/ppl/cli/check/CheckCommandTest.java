package org.ppl.cli.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppl.cli.BundledModels;
import org.ppl.cli.CliEnvironment;
import org.ppl.cli.CliTesting;

/**
 * {@code ppl check}: the report of a bundled model against what its source declares and what its
 * data hold (counted here from the files themselves), the symbolic report without data, and the
 * errors.
 */
class CheckCommandTest {
    private static CliTesting.Run check(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "check";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliTesting.run(CliEnvironment.standard(), all);
    }

    @Test
    void eightSchoolsReportListsWhatTheModelDeclaresWithTheDataSizes() {
        CliTesting.Run run = check("eight_schools");
        assertEquals(0, run.code(), run.err());
        String source = BundledModels.find("eight_schools").orElseThrow().text();
        int j = jsonArrayLength(resource("eight_schools", "data.json"), "y");
        assertEquals(8, j);
        List<String> parameters = declared(source, "^(\\w+)\\s+~");
        assertEquals(List.of("mu", "tau", "theta_raw"), parameters);
        String out = run.out();
        assertRow(out, "mu", "()", "real", "1");
        assertRow(out, "tau", "()", "positive (log)", "1");
        assertRow(out, "theta_raw", "(J,) = (" + j + ",)", "real", Integer.toString(j));
        assertTrue(out.contains("parameters (" + (2 + j) + " unconstrained values)"), out);
        for (String data : declared(source, "^data (\\w+)")) assertTrue(section(out, "data").contains("  " + data + " "), data);
        assertTrue(section(out, "data").contains("J      int () = " + j), out);
        assertObservedTermsAsWritten(source, out);
        assertTrue(section(out, "saved").contains("theta  (J,) = (" + j + ",)"), out);
    }

    @Test
    void gplvmReportCountsTheIrisRowsAndColumns() {
        CliTesting.Run run = check("gplvm");
        assertEquals(0, run.code(), run.err());
        String source = BundledModels.find("gplvm").orElseThrow().text();
        String iris = resource("data", "iris.csv");
        int n = (int) iris.lines().filter(l -> !l.isBlank()).count() - 1;
        String args = String.join(" ", BundledModels.defaultArguments(BundledModels.find("gplvm").orElseThrow()));
        int p = args.substring(args.lastIndexOf(':') + 1).split(",").length;
        int q = 2;
        assertEquals(List.of("X", "ls", "eta", "sigma"), declared(source, "^(\\w+)\\s+~"));
        String out = run.out();
        assertRow(out, "X", "(N, Q) = (" + n + ", " + q + ")", "real", Integer.toString(n * q));
        assertRow(out, "ls", "(Q,) = (" + q + ",)", "positive (log)", Integer.toString(q));
        assertRow(out, "eta", "()", "positive (log)", "1");
        assertRow(out, "sigma", "()", "positive (log)", "1");
        assertTrue(out.contains("parameters (" + (n * q + q + 2) + " unconstrained values)"), out);
        assertTrue(section(out, "data").contains("Y  real (N, P) = (" + n + ", " + p + ")"), out);
        assertTrue(section(out, "sizes").contains("N  = " + n), out);
        assertTrue(section(out, "sizes").contains("P  = " + p), out);
        assertObservedTermsAsWritten(source, out);
    }

    @Test
    void aFileWithoutDataIsCheckedWithSizesByName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("gplvm.ppl");
        Files.writeString(file, BundledModels.find("gplvm").orElseThrow().text());
        CliTesting.Run run = check(file.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("parameters (N*Q + Q + 2 unconstrained values)"), run.out());
        assertRow(run.out(), "X", "(N, Q)", "real", "N*Q");
        assertTrue(section(run.out(), "sizes").contains("N  from the data"), run.out());
    }

    @Test
    void aFileWithDataIsBoundAndBuilt(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("es.ppl");
        Files.writeString(model, BundledModels.find("eight_schools").orElseThrow().text());
        Path data = dir.resolve("d.json");
        Files.writeString(data, "{\"J\": 3, \"y\": [1, 2, 3], \"sigma\": [1, 1, 2]}");
        CliTesting.Run run = check(model.toString(), "--data", data.toString());
        assertEquals(0, run.code(), run.err());
        assertRow(run.out(), "theta_raw", "(J,) = (3,)", "real", "3");
    }

    @Test
    void errorsAreLocatedAndExitWithOne(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("bad.ppl");
        Files.writeString(model, "data y: vector[N]\nmu ~ Normal(0, 1)\ny ~ Normal(mu, sigmma)\n");
        CliTesting.Run run = check(model.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("bad.ppl:3:16: error: unknown name 'sigmma'"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        CliTesting.Run dump = check(model.toString(), "--dump", "ast");
        assertEquals(1, dump.code());
        assertTrue(dump.out().contains("(~ mu (call Normal 0 1))"), dump.out());
        CliTesting.Run bad = check("eight_schools", "--dump", "tokens");
        assertEquals(1, bad.code());
        assertEquals("ppl check: --dump must be ast or ir, not tokens; run 'ppl check --help' for the options and examples",
                bad.err().strip());
    }

    private static void assertRow(String out, String name, String shape, String constraint, String size) {
        String params = section(out, "parameters");
        Matcher m = Pattern.compile("(?m)^  " + Pattern.quote(name) + " +" + Pattern.quote(shape) + " +" + Pattern.quote(constraint)
                + " +" + Pattern.quote(size) + "$").matcher(params);
        assertTrue(m.find(), name + " " + shape + " " + constraint + " " + size + " in\n" + params);
    }

    /** Every {@code ... ~ ...} line of the source whose left side is data is listed with its line and column. */
    private static void assertObservedTermsAsWritten(String source, String out) {
        String observed = section(out, "observed terms");
        List<String> lines = source.lines().toList();
        int count = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceAll("#.*", "").strip();
            Matcher m = Pattern.compile("^(\\w+)\\s*~").matcher(line);
            if (m.find() && source.matches("(?s).*data " + m.group(1) + ":.*")) {
                assertTrue(observed.contains((i + 1) + ":1  " + line.replaceAll("\\s+", " ")), line + " in\n" + observed);
                count++;
            }
        }
        assertEquals(count, observed.lines().filter(l -> l.startsWith("  ")).count(), observed);
    }

    private static List<String> declared(String source, String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(source);
        while (m.find()) {
            if (!source.matches("(?s).*data " + m.group(1) + ":.*") || regex.startsWith("^data")) out.add(m.group(1));
        }
        return out;
    }

    /** The lines of a report section, from its heading to the next blank line. */
    static String section(String report, String heading) {
        int at = report.indexOf("\n" + heading);
        assertTrue(at >= 0, heading + " in\n" + report);
        int end = report.indexOf("\n\n", at + 1);
        return report.substring(at + 1, end < 0 ? report.length() : end + 1);
    }

    private static int jsonArrayLength(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*\\[([^\\]]*)\\]").matcher(json);
        assertTrue(m.find(), key);
        return m.group(1).split(",").length;
    }

    private static String resource(String folder, String file) {
        try (var in = CheckCommandTest.class.getClassLoader().getResourceAsStream("ppl/models/" + folder + "/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new AssertionError("no bundled " + folder + "/" + file, e);
        }
    }
}
