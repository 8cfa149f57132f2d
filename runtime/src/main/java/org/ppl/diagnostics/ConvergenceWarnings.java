package org.ppl.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sentences a summary table must carry when its numbers cannot be trusted (Vehtari et al. 2021,
 * section 4.4): an R-hat above 1.01 means the chains disagree, and a bulk or tail ESS below 100
 * per chain means the estimates are too noisy to check that.
 */
public final class ConvergenceWarnings {
    public static final double RHAT_THRESHOLD = 1.01;
    public static final double ESS_PER_CHAIN = 100;

    private ConvergenceWarnings() {}

    public static List<String> of(Summary summary, int chains) {
        List<String> out = new ArrayList<>();
        List<String> highRhat = new ArrayList<>();
        List<String> lowEss = new ArrayList<>();
        for (SummaryRow r : summary.rows()) {
            if (r.rhat() > RHAT_THRESHOLD) highRhat.add(r.name());
            if (r.essBulk() < ESS_PER_CHAIN * chains || r.essTail() < ESS_PER_CHAIN * chains) lowEss.add(r.name());
        }
        if (!highRhat.isEmpty()) {
            out.add(String.format(Locale.ROOT, "R-hat is above %.2f for %d of %d values (largest %.3f: %s): the chains"
                    + " have not mixed, and the table above does not describe one posterior. The posterior may be"
                    + " multimodal or non-identified, or the run too short.", RHAT_THRESHOLD, highRhat.size(),
                    summary.rows().size(), summary.maxRhat(), names(highRhat)));
        }
        if (!lowEss.isEmpty()) {
            out.add(String.format(Locale.ROOT, "Bulk or tail ESS is below %.0f for %d of %d values (%s): run longer"
                    + " before trusting the means and quantiles.", ESS_PER_CHAIN * chains, lowEss.size(),
                    summary.rows().size(), names(lowEss)));
        }
        return out;
    }

    private static String names(List<String> names) {
        int shown = Math.min(5, names.size());
        String s = String.join(", ", names.subList(0, shown));
        return names.size() > shown ? s + ", ..." : s;
    }
}
