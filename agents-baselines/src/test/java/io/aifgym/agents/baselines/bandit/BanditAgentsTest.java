package io.aifgym.agents.baselines.bandit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aifgym.agents.baselines.explore.Schedule;
import io.aifgym.envs.bandit.BernoulliBandit;
import io.aifgym.gym.agent.Transition;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.rollout.Rollout;
import io.aifgym.gym.rollout.Trajectory;
import io.aifgym.gym.vector.VectorEnv;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BanditAgentsTest {

    private static final BernoulliBandit FIVE = BanditRegret.bandit(0.1, 0.2, 0.3, 0.4, 0.5);

    @Test
    void armStatisticsAreImmutableValues() {
        ArmStatistics empty = ArmStatistics.empty(3);
        ArmStatistics one = empty.with(1, 0.5).with(1, 1.0).with(2, 0.0);
        assertThat(empty.total()).isZero();
        assertThat(one.pulls(1)).isEqualTo(2);
        assertThat(one.sum(1)).isEqualTo(1.5);
        assertThat(one.mean(1)).isEqualTo(0.75);
        assertThat(one.mean(0)).isZero();
        assertThat(one.total()).isEqualTo(3);
        assertThat(one).isEqualTo(ArmStatistics.empty(3).with(1, 0.5).with(1, 1.0).with(2, 0.0));
        assertThatThrownBy(() -> one.with(3, 1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("arm: expected an index in [0, 3), found 3");
        assertThatThrownBy(() -> one.with(0, Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reward: expected a finite number, found NaN");
    }

    @Test
    void ucb1PullsEveryArmOnceBeforeRepeating() {
        Trajectory<Integer, Integer> t = Rollout.run(Ucb1Agent.of(Ucb1Config.DEFAULT, FIVE), VectorEnv.of(FIVE, 4), 5,
                Key.of(3)).trajectory();
        for (int i = 0; i < 4; i++) {
            Set<Integer> arms = new HashSet<>();
            for (int s = 0; s < 5; s++) {
                arms.add(t.actions().get(s).get(i));
            }
            assertThat(arms).hasSize(5);
        }
    }

    @Test
    void bayesUcbQuantileLevelFollowsTheRound() {
        BayesUcbAgent<Integer, Integer> plain = BayesUcbAgent.of(BayesUcbConfig.DEFAULT, FIVE);
        assertThat(plain.level(1)).isEqualTo(0.5);
        assertThat(plain.level(100)).isCloseTo(0.99, within(1e-15));
        BayesUcbAgent<Integer, Integer> c2 = BayesUcbAgent.of(new BayesUcbConfig(Likelihood.BERNOULLI, 2.0,
                BetaPrior.UNIFORM, GaussianPrior.STANDARD, true), FIVE);
        assertThat(c2.level(100)).isCloseTo(1 - 1 / (100 * Math.pow(Math.log(100), 2)), within(1e-15));
        double[] indices = plain.indices(ArmStatistics.empty(5).with(0, 1.0));
        assertThat(indices[0]).isCloseTo(Quantiles.betaQuantile(0.5, 2, 1), within(1e-15));
        assertThat(indices[1]).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void bernoulliAgentsRejectRewardsOutsideTheUnitInterval() {
        ThompsonAgent<Integer, Integer> agent = ThompsonAgent.of(ThompsonConfig.DEFAULT, FIVE);
        assertThatThrownBy(() -> agent.learn(agent.init(Key.of(0)), new Transition<>(0, 1, 2.0, 0, false, false)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("thompson reward: expected a value in [0, 1] for a Bernoulli likelihood, found 2.0");
    }

    @Test
    void statisticsStartAfreshAtAnEpisodesEndUnlessKept() {
        Transition<Integer, Integer> last = new Transition<>(0, 2, 1.0, 0, false, true);
        Ucb1Agent<Integer, Integer> resetting = Ucb1Agent.of(Ucb1Config.DEFAULT, FIVE);
        assertThat(resetting.learn(resetting.init(Key.of(0)), last)).isEqualTo(ArmStatistics.empty(5));
        Ucb1Agent<Integer, Integer> keeping = Ucb1Agent.of(new Ucb1Config(1.0, false), FIVE);
        assertThat(keeping.learn(keeping.init(Key.of(0)), last).pulls(2)).isEqualTo(1);

        EpsilonGreedyBanditAgent<Integer, Integer> greedy = EpsilonGreedyBanditAgent.of(EpsilonGreedyConfig.DEFAULT,
                FIVE);
        EpsilonGreedyState after = greedy.learn(greedy.init(Key.of(0)), last);
        assertThat(after.statistics()).isEqualTo(ArmStatistics.empty(5));
        assertThat(after.estimates()).containsOnly(0.0);
        assertThat(after.episodes()).isEqualTo(1);
    }

    @Test
    void epsilonGreedyEstimatesAreSampleAveragesOrConstantSteps() {
        EpsilonGreedyBanditAgent<Integer, Integer> averages = EpsilonGreedyBanditAgent.of(
                new EpsilonGreedyConfig(Schedule.constant(0.1), 5.0, 0.0, false), FIVE);
        EpsilonGreedyState s = averages.init(Key.of(0));
        for (double r : List.of(1.0, 0.0, 0.0, 1.0)) {
            s = averages.learn(s, new Transition<>(0, 3, r, 0, false, false));
        }
        assertThat(s.estimates()[3]).isEqualTo(0.5);
        assertThat(s.estimates()[0]).isEqualTo(5.0);
        EpsilonGreedyBanditAgent<Integer, Integer> constant = EpsilonGreedyBanditAgent.of(
                new EpsilonGreedyConfig(Schedule.constant(0.1), 5.0, 0.5, false), FIVE);
        EpsilonGreedyState c = constant.learn(constant.init(Key.of(0)), new Transition<>(0, 3, 1.0, 0, false, false));
        assertThat(c.estimates()[3]).isEqualTo(3.0);
    }

    @Test
    void configsRejectBadValues() {
        assertThatThrownBy(() -> new Ucb1Config(-1, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("exploration: expected a non-negative finite number, found -1.0");
        assertThatThrownBy(() -> new BetaPrior(0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("alpha: expected a positive finite number, found 0.0");
        assertThatThrownBy(() -> new BetaPrior(1, Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("beta: expected a positive finite number, found NaN");
        assertThatThrownBy(() -> new GaussianPrior(0, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("variance: expected a positive finite number, found 0.0");
        assertThatThrownBy(() -> new GaussianPrior(0, 1, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("noiseVariance: expected a positive finite number, found -1.0");
        assertThatThrownBy(() -> new GaussianPrior(Double.NaN, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mean: expected a finite number, found NaN");
        assertThatThrownBy(() -> new BayesUcbConfig(Likelihood.BERNOULLI, -1, BetaPrior.UNIFORM,
                GaussianPrior.STANDARD, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("horizonExponent: expected a non-negative finite number, found -1.0");
        assertThatThrownBy(() -> new ThompsonConfig(null, BetaPrior.UNIFORM, GaussianPrior.STANDARD, true))
                .isInstanceOf(NullPointerException.class).hasMessage("likelihood");
        assertThatThrownBy(() -> new EpsilonGreedyConfig(Schedule.constant(1.5), 0, 0, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("epsilon: expected values in [0, 1], found start 1.5 and end 1.5");
        assertThatThrownBy(() -> new EpsilonGreedyConfig(Schedule.constant(0.1), Double.NaN, 0, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("initialValue: expected a finite number, found NaN");
        assertThatThrownBy(() -> new EpsilonGreedyConfig(Schedule.constant(0.1), 0, 1.5, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stepSize: expected 0 (sample averages) or a value in (0, 1], found 1.5");
    }
}
