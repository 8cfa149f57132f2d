package org.ppl.cli.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ppl.cli.OutputFolder;
import org.ppl.cli.load.LoadedModel;
import org.ppl.examples.EightSchools;
import org.ppl.infer.CancellationFlag;
import org.ppl.infer.ChainProgress;
import org.ppl.infer.ProgressListener;
import org.ppl.infer.nuts.NutsSettings;
import org.ppl.io.stancsv.StanCsvFile;
import org.ppl.io.stancsv.StanCsvReader;

class SampleRunnerTest {
    @TempDir
    Path tmp;

    @Test
    void anInterruptedRunWritesTheDrawsSoFarAndSaysSo() throws IOException {
        CancellationFlag cancel = new CancellationFlag();
        // Ctrl-C arrives when the chain has made its 30th draw.
        ProgressListener ctrlC = p -> {
            if (p.phase() == ChainProgress.Phase.SAMPLING && p.iteration() == 100 + 30) cancel.cancel();
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        OutputFolder folder = OutputFolder.create(tmp.resolve("run"), "eight_schools", false);
        SampleRunner.Request request = new SampleRunner.Request(LoadedModel.of("eight_schools", new EightSchools()),
                NutsSettings.defaults().withWarmup(100).withDraws(1000), 1, 5, 1);
        SampleRunner.Outcome outcome = new SampleRunner(new PrintWriter(out, true), new PrintWriter(err, true), true)
                .run(request, folder, ctrlC, cancel);

        assertTrue(outcome.interrupted());
        StanCsvFile chain = StanCsvReader.read(folder.path().resolve("chain-1.csv"));
        assertTrue(chain.interrupted());
        assertEquals(30, chain.draws().length);
        assertNotNull(chain.stepSize());
        assertTrue(Files.exists(folder.path().resolve("summary.csv")));
        assertTrue(err.toString().contains("Interrupted: the chains stopped after 30 of 1000 draws; the draws so far are "
                + "in " + folder.path()), err.toString());
        assertTrue(out.toString().contains("\nmu "), out.toString());
    }

    @Test
    void aRunInterruptedDuringWarmupWritesItsEmptyChainAndNoSummary() throws IOException {
        CancellationFlag cancel = new CancellationFlag();
        ProgressListener ctrlC = p -> {
            if (p.iteration() == 10) cancel.cancel();
        };
        StringWriter err = new StringWriter();
        OutputFolder folder = OutputFolder.create(tmp.resolve("run"), "eight_schools", false);
        SampleRunner.Request request = new SampleRunner.Request(LoadedModel.of("eight_schools", new EightSchools()),
                NutsSettings.defaults().withWarmup(100).withDraws(100), 1, 5, 1);
        new SampleRunner(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), true)
                .run(request, folder, ctrlC, cancel);
        StanCsvFile chain = StanCsvReader.read(folder.path().resolve("chain-1.csv"));
        assertTrue(chain.interrupted());
        assertEquals(0, chain.draws().length);
        assertTrue(err.toString().contains("ppl: no summary: no chain has the 4 draws a summary needs"), err.toString());
    }

    @Test
    void chainsThatHadNotStartedAreLeftOutOfTheSummary() throws IOException {
        CancellationFlag cancel = new CancellationFlag();
        // One thread: chain 2 waits for chain 1, and Ctrl-C comes before it starts.
        ProgressListener ctrlC = p -> {
            if (p.chain() == 1 && p.iteration() == 100 + 30) cancel.cancel();
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        OutputFolder folder = OutputFolder.create(tmp.resolve("run"), "eight_schools", false);
        SampleRunner.Request request = new SampleRunner.Request(LoadedModel.of("eight_schools", new EightSchools()),
                NutsSettings.defaults().withWarmup(100).withDraws(1000), 2, 5, 1);
        SampleRunner.Outcome outcome = new SampleRunner(new PrintWriter(out, true), new PrintWriter(err, true), true)
                .run(request, folder, ctrlC, cancel);
        assertEquals(0, StanCsvReader.read(folder.path().resolve("chain-2.csv")).draws().length);
        assertTrue(err.toString().contains("ppl: the summary leaves out chain 2, with fewer than 4 draws"),
                err.toString());
        assertTrue(err.toString().contains("the chains stopped after 30, 0 of 1000 draws"), err.toString());
        assertNotNull(outcome.summary());
        assertTrue(out.toString().contains("\nmu "), out.toString());
    }
}
