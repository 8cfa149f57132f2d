package org.ppl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ppl.ad.Shape;
import org.ppl.compiler.LatentInput;
import org.ppl.cli.load.LoadedModel;
import org.ppl.cli.load.ModelLoading;
import org.ppl.dist.Distributions;
import org.ppl.examples.EightSchools;
import org.ppl.examples.Gplvm;
import org.ppl.io.CsvDataReader;
import org.ppl.io.DataValue;
import org.ppl.model.ModelDefinition;

/** Runs the command line in tests, with hand-written models in place of compiled ones. */
public final class CliTesting {
    private CliTesting() {}

    /** What a run printed and returned. */
    public record Run(int code, String out, String err) {}

    public static Run run(CliEnvironment env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
        return new Run(code, out.toString(), err.toString());
    }

    /** Hand-written models by name: eight_schools, gplvm (15 iris rows), and broken (no finite density). */
    public static final ModelLoading MODELS = request -> switch (request.model()) {
        case "eight_schools" -> LoadedModel.of("eight_schools", new EightSchools());
        case "gplvm" -> smallGplvm();
        case "broken" -> LoadedModel.of("broken", CliTesting.BROKEN);
        case "conjugate" -> LoadedModel.of("conjugate", CliTesting.CONJUGATE);
        default -> throw new UserError("ppl: unknown model '" + request.model() + "'");
    };

    public static CliEnvironment env() {
        return CliEnvironment.plain(MODELS);
    }

    /** A model whose density is negative infinity everywhere: initialisation must fail. */
    static final ModelDefinition BROKEN = b -> {
        var x = b.parameter("x", Shape.SCALAR);
        b.addTarget(Distributions.lookup("Normal", java.util.Set.of()).logDensity(b.tape(), x, b.tape().constant(0),
                b.tape().constant(-1)));
    };

    /**
     * x ~ Normal(3, 2), with y = 5 observed from Normal(x, 1): the posterior of x is normal with
     * precision 1/4 + 1 = 1.25 and mean (3/4 + 5) / 1.25 = 4.6, so its sd is 1/sqrt(1.25).
     */
    public static final ModelDefinition CONJUGATE = b -> {
        var t = b.tape();
        var normal = Distributions.lookup("Normal", java.util.Set.of());
        var x = b.parameter("x", Shape.SCALAR);
        b.addTarget(normal.logDensity(t, x, t.constant(3), t.constant(2)));
        b.addTarget(normal.logDensity(t, t.constant(5), x, t.constant(1)));
    };

    public static final double CONJUGATE_MEAN = 4.6;
    public static final double CONJUGATE_SD = 1 / Math.sqrt(1.25);

    /** Rows 1-5, 51-55 and 101-105 of iris, four measurements standardised, with Q = 2 and X behind Y. */
    public static LoadedModel smallGplvm() {
        double[] y = irisRows(List.of(0, 1, 2, 3, 4, 50, 51, 52, 53, 54, 100, 101, 102, 103, 104));
        int n = 15;
        return LoadedModel.of("gplvm", new Gplvm(y, n, 4, 2)).withLatent(new LatentInput("X", "Y", y, n, 4));
    }

    /** The given rows of the bundled iris measurements, each column standardised over all 150 rows. */
    public static double[] irisRows(List<Integer> rows) {
        DataValue all = CsvDataReader.parse("Y", irisText(), "iris.csv",
                List.of("sepal_length", "sepal_width", "petal_length", "petal_width"), true);
        double[] y = new double[rows.size() * 4];
        for (int i = 0; i < rows.size(); i++) System.arraycopy(all.values(), rows.get(i) * 4, y, i * 4, 4);
        return y;
    }

    public static String irisText() {
        try (InputStream in = CliTesting.class.getClassLoader().getResourceAsStream("ppl/models/data/iris.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
