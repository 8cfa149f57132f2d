package org.ppl.cli.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ppl.ad.Shape;
import org.ppl.cli.CliEnvironment;
import org.ppl.cli.CliTesting;
import org.ppl.cli.CliTesting.Run;
import org.ppl.cli.ExitCode;
import org.ppl.cli.load.LoadedModel;
import org.ppl.model.Model;
import org.ppl.model.Variable;

class DiagnoseCommandTest {
    @Test
    void timesTheGradientAndComparesItWithFiniteDifferences() {
        Run r = CliTesting.run(CliTesting.env(), "diagnose", "eight_schools");
        assertEquals(ExitCode.OK, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).matches("Gradient evaluation took [0-9.]+ seconds \\(the median of \\d+\\)\\."),
                lines.get(0));
        assertTrue(lines.get(1).startsWith("1000 transitions using 10 leapfrog steps per transition would take "));
        assertTrue(r.out().contains("parameter "), r.out());
        for (String name : List.of("mu ", "tau", "theta_raw.1 ", "theta_raw.8 ")) {
            assertTrue(r.out().contains("\n" + name), name + ": " + r.out());
        }
        assertTrue(r.out().contains("All 10 gradient components agree with finite differences"), r.out());
        assertFalse(r.out().contains(" *"), r.out());
    }

    @Test
    void largeVariablesAreShownCompactly() {
        Run r = CliTesting.run(CliTesting.env(), "diagnose", "gplvm");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().contains("\n... 24 more of X (X.4.1 to X.15.2), all within tolerance (largest error "),
                r.out());
        assertTrue(r.out().contains("\nsigma"), r.out());
    }

    /** A model whose gradient is wrong in its second coordinate: a deliberately broken fixture. */
    private static final class WrongGradient implements Model {
        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public List<Variable> variables() {
            return List.of(new Variable("z", Shape.vector(2), Variable.Kind.PARAMETER));
        }

        @Override
        public List<String> unconstrainedNames() {
            return List.of("z.1", "z.2");
        }

        @Override
        public double logDensity(double[] theta, boolean jacobian) {
            return -0.5 * (theta[0] * theta[0] + theta[1] * theta[1]);
        }

        @Override
        public double logDensityGradient(double[] theta, double[] grad, boolean jacobian) {
            grad[0] = -theta[0];
            grad[1] = -0.5 * theta[1]; // a half is missing
            return logDensity(theta, jacobian);
        }

        @Override
        public void constrain(double[] theta, double[] out) {
            System.arraycopy(theta, 0, out, 0, 2);
        }

        @Override
        public double[] unconstrain(double[] values) {
            return values.clone();
        }

        @Override
        public Model copy() {
            return new WrongGradient();
        }
    }

    @Test
    void aWrongGradientIsFlaggedByName() {
        LoadedModel wrong = new LoadedModel("wrong", WrongGradient::new, "", Optional.empty(), Optional.empty());
        Run r = CliTesting.run(CliEnvironment.plain(request -> wrong), "diagnose", "wrong", "--seed", "4");
        assertEquals(ExitCode.OK, r.code(), r.err());
        String z1 = r.out().lines().filter(l -> l.startsWith("z.1 ")).findFirst().orElseThrow();
        String z2 = r.out().lines().filter(l -> l.startsWith("z.2 ")).findFirst().orElseThrow();
        assertFalse(z1.endsWith("*"), z1);
        assertTrue(z2.endsWith(" *"), z2);
        assertTrue(r.out().contains("Warning: 1 of 2 gradient components differ from finite differences"), r.out());
    }

    @Test
    void badValuesAreUsageErrors() {
        Run r = CliTesting.run(CliTesting.env(), "diagnose", "eight_schools", "--epsilon", "0");
        assertEquals(ExitCode.USER_ERROR, r.code());
        assertTrue(r.err().startsWith("ppl diagnose: --epsilon must be a positive number, not 0;"), r.err());
    }
}
