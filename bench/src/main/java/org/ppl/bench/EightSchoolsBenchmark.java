package org.ppl.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.ppl.examples.EightSchools;
import org.ppl.model.Model;
import org.ppl.model.TapeModel;

/**
 * Eight schools (non-centred) log density + gradient on the tape, and the same written out by hand
 * in plain Java in the same run (the floor any implementation could reach). Run with {@code -prof gc}
 * to see the allocation per evaluation (the goal is none).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EightSchoolsBenchmark {
    private Model model;
    private final double[] theta = {1.0, 0.5, 0.1, -0.2, 0.3, -0.4, 0.5, -0.6, 0.7, -0.8};
    private final double[] grad = new double[10];

    @Setup
    public void setup() {
        model = TapeModel.of(new EightSchools());
    }

    @Benchmark
    public double tape() {
        return model.logDensityGradient(theta, grad);
    }

    @Benchmark
    public double handWritten() {
        return EightSchoolsByHand.logDensityGradient(theta, grad);
    }
}
