package org.ppl.cli.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppl.cli.CliTesting;
import org.ppl.cli.CliTesting.Run;
import org.ppl.cli.ExitCode;

/** Every kind of plot, rendered headless from real runs, checked as PNG files of the expected size. */
class PlotCommandTest {
    @TempDir
    static Path tmp;

    static Path sampled;
    static Path advi;

    @BeforeAll
    static void runs() {
        sampled = tmp.resolve("nuts");
        Run s = CliTesting.run(CliTesting.env(), "sample", "eight_schools", "--chains", "2", "--warmup", "100",
                "--draws", "100", "--output", sampled.toString(), "--quiet");
        assertEquals(ExitCode.OK, s.code(), s.err());
        advi = tmp.resolve("advi");
        Run a = CliTesting.run(CliTesting.env(), "fit", "gplvm", "--method", "advi", "--draws", "100", "--output",
                advi.toString(), "--quiet");
        assertEquals(ExitCode.OK, a.code(), a.err());
    }

    private static BufferedImage plot(Path run, String file, String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("plot", run.toString()));
        all.addAll(List.of(args));
        Run r = CliTesting.run(CliTesting.env(), all.toArray(String[]::new));
        assertEquals(ExitCode.OK, r.code(), r.err());
        BufferedImage image = ImageIO.read(run.resolve(file).toFile());
        assertNotNull(image, file + " is not a PNG image");
        return image;
    }

    @Test
    void tracePlotsOnePanelPerValueInRowsOfThree() throws IOException {
        BufferedImage chosen = plot(sampled, "trace.png", "--kind", "trace", "--params", "mu,tau");
        assertEquals(2 * Charts.WIDTH, chosen.getWidth());
        assertEquals(Charts.HEIGHT, chosen.getHeight());
        // By default lp__, mu, tau, theta_raw (8) and theta (8): 19 panels, 7 rows of 3.
        BufferedImage all = plot(sampled, "trace.png", "--kind", "trace");
        assertEquals(3 * Charts.WIDTH, all.getWidth());
        assertEquals(7 * Charts.HEIGHT, all.getHeight());
    }

    @Test
    void rankPlotOfAVariable() throws IOException {
        BufferedImage image = plot(sampled, "rank.png", "--kind", "rank", "--params", "theta_raw");
        assertEquals(3 * Charts.WIDTH, image.getWidth());
        assertEquals(3 * Charts.HEIGHT, image.getHeight());
    }

    @Test
    void pairPlotOfTheFirstThreeValues() throws IOException {
        BufferedImage image = plot(sampled, "pair.png", "--kind", "pair");
        assertEquals(3 * Charts.WIDTH, image.getWidth());
        assertEquals(Charts.HEIGHT, image.getHeight());
    }

    @Test
    void latentSpaceColouredByALabelColumn() throws IOException {
        Path labels = tmp.resolve("labels.csv");
        StringBuilder sb = new StringBuilder("id,species\n");
        for (String s : List.of("setosa", "versicolor", "virginica")) for (int i = 0; i < 5; i++) sb.append(i).append(",")
                .append(s).append('\n');
        Files.writeString(labels, sb.toString());
        BufferedImage image = plot(advi, "latent.png", "--kind", "latent", "--color-by",
                "species=" + labels + ":species", "--svg");
        assertEquals(Charts.WIDTH + 160, image.getWidth());
        assertEquals(Charts.HEIGHT + 160, image.getHeight());
        for (int k = 0; k < 3; k++) assertTrue(hasColour(image, Charts.color(k).getRGB()), "group " + k);
        String svg = Files.readString(advi.resolve("latent.svg"));
        assertTrue(svg.startsWith("<?xml") && svg.contains("<svg"), svg.substring(0, 100));
    }

    @Test
    void elboTrace() throws IOException {
        BufferedImage image = plot(advi, "elbo.png", "--kind", "elbo");
        assertEquals(Charts.WIDTH, image.getWidth());
        assertEquals(Charts.HEIGHT, image.getHeight());
    }

    @Test
    void plotsGoWhereAsked() throws IOException {
        Path elsewhere = tmp.resolve("pictures");
        Run r = CliTesting.run(CliTesting.env(), "plot", sampled.toString(), "--params", "mu", "--output",
                elsewhere.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertNotNull(ImageIO.read(elsewhere.resolve("trace.png").toFile()));
    }

    @Test
    void badRequestsAreOneLineErrors() {
        String[][] cases = {
            {sampled.toString(), "--kind", "violin"},
            {sampled.toString(), "--kind", "latent"},
            {sampled.toString(), "--kind", "elbo"},
            {sampled.toString(), "--params", "mu,sigma"},
            {advi.toString(), "--kind", "latent", "--color-by", "species=" + tmp.resolve("none.csv") + ":species"},
            {tmp.resolve("nothing").toString()},
        };
        String[] expected = {
            "ppl plot: --kind: unknown kind 'violin': expected trace, rank, pair, latent or elbo;",
            "ppl: the draws have no X; name the latent matrix with --param; the draws have mu, tau, theta_raw, theta",
            "ppl: " + sampled + " has no elbo.csv; the ELBO trace is written by ppl fit --method advi or fullrank",
            "ppl: --params: no parameter or value named 'sigma'; the draws have mu, tau, theta_raw, theta",
            "ppl: --color-by: " + tmp.resolve("none.csv") + ": no such file",
            "ppl: " + tmp.resolve("nothing") + ": no such file or folder",
        };
        for (int k = 0; k < cases.length; k++) {
            List<String> args = new ArrayList<>(List.of("plot"));
            args.addAll(List.of(cases[k]));
            Run r = CliTesting.run(CliTesting.env(), args.toArray(String[]::new));
            assertEquals(ExitCode.USER_ERROR, r.code(), expected[k]);
            assertTrue(r.err().startsWith(expected[k]), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
        }
    }

    @Test
    void labelsThatDoNotMatchTheRowsAreRefused() throws IOException {
        Path labels = Files.writeString(tmp.resolve("short.csv"), "species\na\nb\n");
        Run r = CliTesting.run(CliTesting.env(), "plot", advi.toString(), "--kind", "latent", "--color-by",
                "species=" + labels + ":species");
        assertEquals(ExitCode.USER_ERROR, r.code());
        assertEquals("ppl: --color-by: 2 labels for the 15 rows of X\n", r.err());
    }

    static boolean hasColour(BufferedImage image, int rgb) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) if ((image.getRGB(x, y) & 0xffffff) == (rgb & 0xffffff)) return true;
        }
        return false;
    }
}
