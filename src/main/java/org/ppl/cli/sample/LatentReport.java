package org.ppl.cli.sample;

import java.io.PrintWriter;
import org.ppl.cli.OutputFolder;
import org.ppl.cli.summary.DrawsKind;
import org.ppl.cli.summary.SummaryTable;
import org.ppl.compiler.LatentInput;
import org.ppl.diagnostics.Summary;
import org.ppl.gp.lvm.LatentDistances;
import org.ppl.infer.Draws;
import org.ppl.model.Model;
import org.ppl.model.Variable;

/**
 * What a GP-LVM's summary must add to be honest: the latent X is identified only up to rotation and
 * sign, so its rows' R-hat and ESS say nothing; the pairwise distances between spread latent points
 * are identified, and their table is what to judge convergence by (with the lengthscales, eta and
 * sigma of the main table).
 */
final class LatentReport {
    /** Distances among this many latent points spread over the rows (45 pairs for 10). */
    static final int ANCHORS = 10;

    private LatentReport() {}

    /** Prints the note and the distances' table, and writes the table whole to {@code distances.csv}. */
    static void print(PrintWriter out, OutputFolder folder, Model model, LatentInput latent, Draws draws) {
        int q = -1;
        for (Variable v : model.variables()) {
            if (v.name().equals(latent.parameter()) && v.shape().rank() == 2) q = v.shape().dim(1);
        }
        if (q < 0) return;
        Draws distances = LatentDistances.of(draws, latent.parameter(), latent.rows(), q,
                LatentDistances.anchorPairs(latent.rows(), ANCHORS));
        Summary summary = Summary.of(distances);
        folder.write("distances.csv", summary::writeCsv);
        out.println();
        out.println(LatentDistances.IDENTIFICATION_NOTE.replace(" X ", " " + latent.parameter() + " ")
                .replace("X.i.j", latent.parameter() + ".i.j"));
        out.println("Pairwise latent distances between " + Math.min(ANCHORS, latent.rows()) + " spread points:");
        out.print(SummaryTable.format(summary, DrawsKind.MCMC, distances.chainCount(), "distances.csv"));
        out.flush();
    }
}
