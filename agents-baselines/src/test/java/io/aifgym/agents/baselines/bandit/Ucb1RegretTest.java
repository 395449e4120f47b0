package io.aifgym.agents.baselines.bandit;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.agents.baselines.random.RandomAgent;
import io.aifgym.gym.random.Key;
import org.junit.jupiter.api.Test;

/**
 * Issue 6's known result: UCB1's regret grows logarithmically on a Bernoulli bandit. With arms
 * 0.2, 0.4, 0.5 and 0.7 (gaps 0.5, 0.3 and 0.2), 32 runs of 20,000 pulls: the mean regret stays
 * below Auer et al.'s bound {@code sum (8 ln t / gap) + (1 + pi^2/3) sum gap}, and the regret
 * added per unit of {@code ln t} does not grow from the first decade to the last, while a
 * uniformly random agent's regret grows linearly.
 */
class Ucb1RegretTest {

    private static final double[] MEANS = {0.2, 0.4, 0.5, 0.7};
    private static final int[] CHECKPOINTS = {200, 2_000, 20_000};

    private static double bound(double t) {
        double sum = 0;
        double gaps = 0;
        for (double m : MEANS) {
            double gap = 0.7 - m;
            if (gap > 0) {
                sum += 8 * Math.log(t) / gap;
                gaps += gap;
            }
        }
        return sum + (1 + Math.PI * Math.PI / 3) * gaps;
    }

    @Test
    void regretGrowsLogarithmically() {
        var env = BanditRegret.bandit(MEANS);
        double[] regret = BanditRegret.meanRegret(Ucb1Agent.of(Ucb1Config.DEFAULT, env), MEANS, 32, CHECKPOINTS,
                Key.of(11));
        for (int c = 0; c < CHECKPOINTS.length; c++) {
            assertThat(regret[c]).as("regret after %d pulls", CHECKPOINTS[c]).isLessThan(bound(CHECKPOINTS[c]));
        }
        // Per unit of ln t (each checkpoint is a decade): logarithmic growth adds about the same
        // regret per decade (UCB1 adds less and less); linear growth would add ten times more.
        double firstDecade = regret[1] - regret[0];
        double lastDecade = regret[2] - regret[1];
        assertThat(lastDecade).isLessThan(1.5 * firstDecade);
        assertThat(regret[2] / CHECKPOINTS[2]).isLessThan(0.01);

        double[] random = BanditRegret.meanRegret(RandomAgent.of(env), MEANS, 32, CHECKPOINTS, Key.of(11));
        assertThat(random[2] - random[1]).isGreaterThan(5 * (random[1] - random[0]));
        assertThat(random[2]).isGreaterThan(10 * regret[2]);
    }
}
