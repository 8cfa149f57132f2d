package org.ppl.dist;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ppl.ad.GradientChecker;
import org.ppl.ad.Shape;
import org.ppl.dist.Harness.Arg;

/** Categorical's gradient in p and logit_p, shared and per-row, by finite differences. */
class CategoricalGradientTest {
    @Test
    void gradientsInPAndLogitP() {
        Random random = new Random(10);
        Arg y = Arg.vector(0, 2, 1, 2, 2);
        for (String keyword : new String[] {"p", "logit_p"}) {
            Distribution d = Harness.dist("Categorical", keyword);
            double lo = keyword.equals("p") ? 0.2 : -2;
            for (Shape p : new Shape[] {Shape.vector(3), Shape.matrix(5, 3), Shape.matrix(1, 3)}) {
                Arg probabilities = Harness.uniform(random, p, lo, 2);
                Harness.checkArgumentGradient(d, y, probabilities);
            }
            Harness.checkArgumentGradient(d, Arg.scalar(1), Harness.uniform(random, Shape.vector(4), lo, 2));
        }
    }

    @Test
    void gradientThroughASimplexMatchesTheUnnormalisedForm() {
        // With p a simplex made from free weights, the composition's gradient is checked end to end.
        Distribution d = Harness.dist("Categorical", "p");
        Arg y = Arg.vector(0, 1, 1, 3);
        GradientChecker.Result r = GradientChecker.check(
                (t, in) -> d.logDensity(t, t.constant(y.shape(), y.values()), t.push(new TestOps.RowNormalise(in[0]))),
                new Shape[] {Shape.vector(4)}, new double[][] {{0.5, 1, 2, 0.7}}, 1);
        assertTrue(r.passes(Harness.TOLERANCE), r.toString());
    }
}
