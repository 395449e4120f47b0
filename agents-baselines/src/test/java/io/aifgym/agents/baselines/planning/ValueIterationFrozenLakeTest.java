package io.aifgym.agents.baselines.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aifgym.envs.tabular.FrozenLake;
import io.aifgym.gym.model.TabularModel;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.rollout.Rollout;
import io.aifgym.gym.rollout.Trajectory;
import io.aifgym.gym.vector.VectorEnv;
import io.aifgym.gym.wrap.TimeLimit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The known results of issue 6 on gym-envs' slippery FrozenLake 4x4 (Gymnasium's
 * {@code FrozenLake-v1}): the optimal policy reaches the goal with probability 14/17 without a
 * time limit and about 0.744 within the 100-step limit; value iteration's plans reach both,
 * exactly by policy evaluation and statistically by simulation.
 */
class ValueIterationFrozenLakeTest {

    private static final FrozenLake LAKE = new FrozenLake(FrozenLake.Config.DEFAULT);
    private static final TabularModel MODEL = LAKE.tabularModel();

    @Test
    void unlimitedPlanReachesTheGoalWithProbabilityFourteenSeventeenths() {
        for (double discount : new double[] {1.0, 0.99}) {
            Plan plan = ValueIteration.solve(MODEL, discount, 0.99, 1e-12, 100_000);
            assertThat(plan.converged()).isTrue();
            assertThat(plan.isStationary()).isTrue();
            double[] reach = PolicyEvaluation.unlimited(MODEL, plan.policy(), 1.0, 1e-14, 1_000_000);
            assertThat(PolicyEvaluation.fromInitial(MODEL, reach)).as("discount %s", discount)
                    .isCloseTo(14.0 / 17.0, within(1e-9));
        }
    }

    @Test
    void planForTheStepLimitReachesTheGoalWithinOneHundredStepsWithProbabilityAbout0744() {
        Plan plan = ValueIteration.solveFinite(MODEL, 100, 1.0, 0.99);
        double success = PolicyEvaluation.fromInitial(MODEL, PolicyEvaluation.withinSteps(MODEL, plan, 1.0, 100));
        assertThat(success).isCloseTo(0.744, within(0.0005));
        assertThat(success).isCloseTo(plan.value(0, 100), within(1e-12));
        // No stationary policy does as well: the best one (the unlimited plan's) reaches 0.7402.
        Plan stationary = ValueIteration.solve(MODEL, 1.0, 0.99, 1e-12, 100_000);
        double stationarySuccess = PolicyEvaluation.fromInitial(MODEL,
                PolicyEvaluation.withinSteps(MODEL, stationary.policy(), 1.0, 100));
        assertThat(stationarySuccess).isCloseTo(0.7402, within(0.0001)).isLessThan(success);
    }

    @Test
    void agentPlansForTheEnvsLimitUnlessToldOtherwise() {
        ValueIterationAgent<Integer, Integer> limited = ValueIterationAgent.of(ValueIterationConfig.DEFAULT,
                new TimeLimit<>(LAKE, 100));
        assertThat(limited.plan().horizon()).isEqualTo(100);
        ValueIterationAgent<Integer, Integer> unlimited = ValueIterationAgent.of(
                ValueIterationConfig.DEFAULT.withHorizon(Horizon.INFINITE), new TimeLimit<>(LAKE, 100));
        assertThat(unlimited.plan().isStationary()).isTrue();
    }

    @Test
    void simulatedSuccessRatesMatchPolicyEvaluation() {
        TimeLimit<?, Integer, Integer> limited = new TimeLimit<>(LAKE, 100);
        ValueIterationAgent<Integer, Integer> agent = ValueIterationAgent.of(ValueIterationConfig.DEFAULT, limited);
        double exact = PolicyEvaluation.fromInitial(MODEL, PolicyEvaluation.withinSteps(MODEL, agent.plan(), 1.0, 100));
        assertSimulated(agent, limited, exact);
        TimeLimit<?, Integer, Integer> endless = new TimeLimit<>(LAKE, 1_000_000);
        ValueIterationAgent<Integer, Integer> unlimited = ValueIterationAgent.of(
                ValueIterationConfig.DEFAULT.withHorizon(Horizon.INFINITE), endless);
        assertSimulated(unlimited, endless, 14.0 / 17.0);
    }

    private static <S> void assertSimulated(ValueIterationAgent<Integer, Integer> agent,
            TimeLimit<S, Integer, Integer> env, double probability) {
        Trajectory<Integer, Integer> t = Rollout.run(agent, VectorEnv.of(env, 64), 8_000, Key.of(17)).trajectory();
        List<Trajectory.Episode> episodes = t.episodes();
        double rate = (double) episodes.stream().filter(e -> e.totalReturn() > 0).count() / episodes.size();
        double standardError = Math.sqrt(probability * (1 - probability) / episodes.size());
        // Four standard errors: a false alarm has probability below 1e-4 (and the key is fixed).
        assertThat(episodes.size()).isGreaterThan(5_000);
        assertThat(rate).isCloseTo(probability, within(4 * standardError));
    }
}
