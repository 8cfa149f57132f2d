package org.ppl.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ppl.compiler.LoadedModel;
import org.ppl.diagnostics.SamplerDiagnostics;
import org.ppl.diagnostics.Summary;
import org.ppl.diagnostics.SummaryRow;
import org.ppl.infer.CancellationFlag;
import org.ppl.infer.ChainResult;
import org.ppl.infer.Draws;
import org.ppl.infer.MetricKind;
import org.ppl.infer.nuts.Nuts;
import org.ppl.infer.nuts.NutsSettings;
import org.ppl.model.Model;

/**
 * The sampling-speed figures of a bundled model: Stan's default run (4 chains × 1000 warmup +
 * 1000 draws) repeated with seeds 1, 2, ..., each run's leapfrog steps per draw, divergences,
 * minimum bulk ESS and maximum R-hat over the model's values (not lp__), the step sizes, and the
 * minimum bulk ESS per second of sampling, then the medians over the runs.
 *
 * <p>The sampling time is each chain's wall time from its first to its last draw (after warmup),
 * summed over the chains; by default the chains run one after another on one thread, so the sum
 * is the wall time of the sampling phase ({@code --threads 2} runs two at a time). Beside it, the
 * CPU time of the same phase ({@link SamplingCpuClock}), which is what CmdStan 2.21 reports and
 * which a loaded machine does not inflate.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.ppl.bench.SamplingSpeed eight_schools --runs 5
 * </pre>
 * Run from the repository root (the models are read from {@code models/}).
 */
public final class SamplingSpeed {
    private SamplingSpeed() {}

    /** One run's figures. */
    record Run(long seed, double leapfrogsPerDraw, int divergences, double minEssBulk, double maxRhat,
            double minEssIdentified, double samplingSeconds, double samplingCpuSeconds, double warmupSeconds,
            double[] stepSizes) {
        double essPerSecond() {
            return minEssBulk / samplingSeconds;
        }

        double essPerCpuSecond() {
            return minEssBulk / samplingCpuSeconds;
        }

        double identifiedEssPerSecond() {
            return minEssIdentified / samplingSeconds;
        }

        double identifiedEssPerCpuSecond() {
            return minEssIdentified / samplingCpuSeconds;
        }
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: SamplingSpeed MODEL [--runs 5] [--threads 1] [--metric diag|dense] [--first-seed 1]"
                    + " [--identified sigma,lp__,gram(W)]");
            System.exit(1);
        }
        String name = args[0];
        int runs = 5;
        int threads = 1;
        long firstSeed = 1;
        MetricKind metric = MetricKind.DIAG;
        List<String> identified = List.of();
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                case "--metric" -> metric = MetricKind.parse(args[i + 1]);
                case "--first-seed" -> firstSeed = Long.parseLong(args[i + 1]);
                case "--identified" -> identified = List.of(args[i + 1].split(",(?![^(]*\\))"));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        LoadedModel loaded = SamplingModels.load(Path.of("models"), name);
        NutsSettings settings = NutsSettings.defaults().withMetric(metric);
        System.out.printf(Locale.ROOT, "%s: dimension %d, %s metric, 4 chains x (%d + %d), %d thread(s)%n", name,
                loaded.newModel().dimension(), metric.stanName(), settings.warmup(), settings.draws(), threads);
        List<Run> all = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            Run run = run(loaded.newModel(), settings, threads, firstSeed + r, identified);
            all.add(run);
            System.out.println(describe(run));
        }
        System.out.println(medians(all));
    }

    static Run run(Model model, NutsSettings settings, int threads, long seed, List<String> identified) {
        SamplingCpuClock cpu = new SamplingCpuClock(settings.warmup());
        List<ChainResult> chains = Nuts.sample(model, settings, 4, threads, seed, new CancellationFlag(), cpu);
        Draws draws = Draws.of(chains);
        Summary summary = Summary.of(draws);
        double minEss = Double.POSITIVE_INFINITY;
        double maxRhat = 0;
        for (SummaryRow row : summary.rows()) {
            if (row.name().equals("lp__")) continue;
            if (!Double.isNaN(row.essBulk())) minEss = Math.min(minEss, row.essBulk());
            if (!Double.isNaN(row.rhat())) maxRhat = Math.max(maxRhat, row.rhat());
        }
        double leapfrogs = 0;
        int n = 0;
        for (double[] chain : draws.column("n_leapfrog__")) {
            for (double v : chain) {
                leapfrogs += v;
                n++;
            }
        }
        double sampling = 0;
        double warmup = 0;
        double[] steps = new double[chains.size()];
        for (int c = 0; c < chains.size(); c++) {
            sampling += chains.get(c).samplingSeconds();
            warmup += chains.get(c).warmupSeconds();
            steps[c] = chains.get(c).tuning().stepSize();
        }
        int divergences = SamplerDiagnostics.of(draws, settings.maxDepth()).totalDivergences();
        double minIdentified = identified.isEmpty() ? Double.NaN : SamplingIdentified.minEssBulk(draws, identified);
        return new Run(seed, leapfrogs / n, divergences, minEss, maxRhat, minIdentified, sampling, cpu.seconds(), warmup,
                steps);
    }

    static String describe(Run r) {
        StringBuilder steps = new StringBuilder();
        for (double s : r.stepSizes()) steps.append(String.format(Locale.ROOT, " %.3g", s));
        return String.format(Locale.ROOT, "seed %d: %.2f leapfrogs/draw, %d divergences, min bulk ESS %.0f, max R-hat %.3f,"
                + " sampling %.3f s wall, %.3f s CPU (warmup %.3f s wall), min bulk ESS per second %.1f wall, %.1f CPU%s;"
                + " step sizes%s", r.seed(), r.leapfrogsPerDraw(), r.divergences(), r.minEssBulk(), r.maxRhat(),
                r.samplingSeconds(), r.samplingCpuSeconds(), r.warmupSeconds(), r.essPerSecond(), r.essPerCpuSecond(),
                identified(r.minEssIdentified(), r.identifiedEssPerSecond(), r.identifiedEssPerCpuSecond()), steps);
    }

    static String medians(List<Run> runs) {
        return String.format(Locale.ROOT, "median of %d runs: %.2f leapfrogs/draw, %.1f divergences, min bulk ESS %.0f,"
                + " max R-hat %.3f, sampling %.3f s wall, %.3f s CPU, min bulk ESS per second %.1f wall, %.1f CPU%s",
                runs.size(), median(runs, Run::leapfrogsPerDraw), median(runs, r -> r.divergences()),
                median(runs, Run::minEssBulk), median(runs, Run::maxRhat), median(runs, Run::samplingSeconds),
                median(runs, Run::samplingCpuSeconds), median(runs, Run::essPerSecond), median(runs, Run::essPerCpuSecond),
                identified(median(runs, Run::minEssIdentified), median(runs, Run::identifiedEssPerSecond),
                        median(runs, Run::identifiedEssPerCpuSecond)));
    }

    private static String identified(double ess, double perWallSecond, double perCpuSecond) {
        if (Double.isNaN(ess)) return "";
        return String.format(Locale.ROOT, "; identified quantities: min bulk ESS %.0f, per second %.1f wall, %.1f CPU", ess,
                perWallSecond, perCpuSecond);
    }

    private static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> f) {
        double[] v = runs.stream().mapToDouble(f).toArray();
        Arrays.sort(v);
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : 0.5 * (v[m - 1] + v[m]);
    }
}
