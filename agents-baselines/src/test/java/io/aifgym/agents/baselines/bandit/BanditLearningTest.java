package io.aifgym.agents.baselines.bandit;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.agents.baselines.explore.Schedule;
import io.aifgym.envs.bandit.GaussianBandit;
import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.rollout.Rollout;
import io.aifgym.gym.rollout.Trajectory;
import io.aifgym.gym.vector.VectorEnv;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every bandit agent ends up pulling the best arm most of the time: its mean regret over 5,000
 * pulls (16 runs) is a small fraction of a uniformly random agent's, {@code 5000 * 0.1375 =
 * 687.5}, and the last 4,500 pulls add less than four times the regret of the first 500.
 */
class BanditLearningTest {

    private static final double[] MEANS = {0.3, 0.45, 0.6, 0.5};
    private static final int[] CHECKPOINTS = {500, 5_000};
    private static final double RANDOM_REGRET = 5_000 * (0.6 - (0.3 + 0.45 + 0.6 + 0.5) / 4);

    private static void assertLearns(Agent<?, Integer, Integer> agent, double fractionOfRandom) {
        double[] regret = BanditRegret.meanRegret(castAgent(agent), MEANS, 16, CHECKPOINTS, Key.of(5));
        assertThat(regret[1]).as("regret after %d pulls", CHECKPOINTS[1])
                .isLessThan(fractionOfRandom * RANDOM_REGRET);
        assertThat(regret[1] - regret[0]).as("regret of the last 4,500 pulls").isLessThan(4 * regret[0]);
    }

    @SuppressWarnings("unchecked")
    private static <S> Agent<S, Integer, Integer> castAgent(Agent<?, Integer, Integer> agent) {
        return (Agent<S, Integer, Integer>) agent;
    }

    @Test
    void thompsonSamplingLearns() {
        assertLearns(ThompsonAgent.of(ThompsonConfig.DEFAULT, BanditRegret.bandit(MEANS)), 0.1);
    }

    @Test
    void bayesUcbLearns() {
        assertLearns(BayesUcbAgent.of(BayesUcbConfig.DEFAULT, BanditRegret.bandit(MEANS)), 0.1);
    }

    @Test
    void ucb1Learns() {
        assertLearns(Ucb1Agent.of(Ucb1Config.DEFAULT, BanditRegret.bandit(MEANS)), 0.35);
    }

    @Test
    void epsilonGreedyLearnsWithADecayingEpsilon() {
        EpsilonGreedyConfig config = new EpsilonGreedyConfig(Schedule.exponential(1.0, 0.01, 1_000), 0.0, 0.0, false);
        assertLearns(EpsilonGreedyBanditAgent.of(config, BanditRegret.bandit(MEANS)), 0.25);
    }

    @Test
    void optimisticConstantStepEpsilonGreedyTriesEveryArmFirst() {
        EpsilonGreedyConfig config = new EpsilonGreedyConfig(Schedule.constant(0.0), 5.0, 0.1, false);
        var agent = EpsilonGreedyBanditAgent.of(config, BanditRegret.bandit(MEANS));
        Trajectory<Integer, Integer> t = Rollout.run(agent, VectorEnv.of(BanditRegret.bandit(MEANS), 1), 4, Key.of(1))
                .trajectory();
        assertThat(t.actions().stream().map(step -> step.get(0)).distinct().count()).isEqualTo(4);
    }

    @Test
    void gaussianAgentsFindTheBestGaussianArm() {
        GaussianBandit env = new GaussianBandit(new GaussianBandit.Config(4, List.of(0.0, 0.8, 0.3, -0.4), 1.0, 1.0, 0));
        ThompsonConfig thompson = new ThompsonConfig(Likelihood.GAUSSIAN, BetaPrior.UNIFORM, GaussianPrior.STANDARD,
                false);
        BayesUcbConfig bayesUcb = new BayesUcbConfig(Likelihood.GAUSSIAN, 0.0, BetaPrior.UNIFORM,
                GaussianPrior.STANDARD, false);
        for (Agent<ArmStatistics, Integer, Integer> agent : List.of(ThompsonAgent.of(thompson, env),
                BayesUcbAgent.of(bayesUcb, env))) {
            Trajectory<Integer, Integer> t = Rollout.run(agent, VectorEnv.of(env, 8), 2_000, Key.of(9)).trajectory();
            assertThat(BanditRegret.bestArmShare(t, 1, 500)).as(agent.getClass().getSimpleName()).isGreaterThan(0.9);
        }
    }
}
