package io.aifgym.agents.baselines.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aifgym.envs.bandit.BernoulliBandit;
import io.aifgym.envs.pomdp.grid.GridWorld;
import io.aifgym.envs.pomdp.tmaze.TMaze;
import io.aifgym.envs.pomdp.tmaze.TMazeConfig;
import io.aifgym.envs.tabular.CliffWalking;
import io.aifgym.envs.tabular.FrozenLake;
import io.aifgym.gym.agent.Decision;
import io.aifgym.gym.agent.Transition;
import io.aifgym.gym.model.TabularModel;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.wrap.TimeLimit;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueIterationAgentTest {

    private static final FrozenLake DETERMINISTIC = new FrozenLake(FrozenLake.Config.of("4x4", false));

    @Test
    void deterministicLakeFollowsAShortestPathToTheGoal() {
        ValueIterationAgent<Integer, Integer> agent = ValueIterationAgent.of(ValueIterationConfig.DEFAULT,
                new TimeLimit<>(DETERMINISTIC, 100));
        ValueIterationState state = agent.init(Key.of(0));
        int cell = 0;
        TabularModel model = DETERMINISTIC.tabularModel();
        int steps = 0;
        while (cell != 15) {
            Decision<ValueIterationState, Integer> d = agent.act(Key.of(steps), state, cell);
            assertThat(d.diagnostics().get("value")).isEqualTo(1.0);
            TabularModel.Outcome o = model.outcomes(cell, d.action()).get(0);
            assertThat(o.terminated() && o.reward() == 0).as("falls into a hole at %d", o.next()).isFalse();
            state = agent.learn(d.state(), new Transition<>(cell, d.action(), o.reward(), o.next(), o.terminated(),
                    false));
            cell = o.next();
            steps++;
        }
        assertThat(steps).isEqualTo(6);
        assertThat(state).isEqualTo(ValueIterationState.START);
    }

    @Test
    void tieBreakDiscountMakesTheUndiscountedPlanHurry() {
        // Undiscounted, every safe path of at most 100 steps is optimal; the tie-break prefers the shortest.
        Plan plan = ValueIteration.solveFinite(DETERMINISTIC.tabularModel(), 100, 1.0, 0.99);
        double[] within6 = PolicyEvaluation.withinSteps(DETERMINISTIC.tabularModel(), plan.policy(), 1.0, 6);
        assertThat(within6[0]).isEqualTo(1.0);
    }

    @Test
    void cliffWalkingPlanAvoidsTheCliffWithDiscountedSteps() {
        CliffWalking cliff = new CliffWalking(CliffWalking.Config.DEFAULT);
        ValueIterationAgent<Integer, Integer> agent = ValueIterationAgent.of(
                ValueIterationConfig.DEFAULT.withHorizon(Horizon.INFINITE), cliff);
        // Gymnasium's CliffWalking: -1 per step, the optimal path along the cliff takes 13 steps.
        assertThat(agent.plan().value(36, 0)).isCloseTo(-13.0, within(1e-9));
    }

    @Test
    void plansOnGridWorldThroughItsTabularModel() {
        GridWorld grid = new GridWorld(new GridWorld.Config(List.of(3, 3), List.of(), List.of(0, 0), false, 1.0, false,
                List.of(List.of(2, 2)), 1.0, 0.0, 100));
        ValueIterationAgent<?, ?> agent = ValueIterationAgent.of(
                ValueIterationConfig.DEFAULT.withHorizon(Horizon.INFINITE), grid);
        // Undiscounted, one reward at the goal: every cell that can reach it is worth 1.
        assertThat(agent.plan().value(0, 0)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void refusesAGenerativeProcessWithoutARewardModel() {
        TMaze maze = new TMaze(TMazeConfig.DEFAULT);
        assertThatThrownBy(() -> ValueIterationAgent.of(ValueIterationConfig.DEFAULT, maze))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value-iteration: TMaze-v0 exposes a generative process (A, B, D) but no reward model,"
                        + " so it cannot be planned on; value iteration needs an env that implements HasTabularModel"
                        + " (transition probabilities, rewards and terminations of its fully observed state)");
    }

    @Test
    void refusesAnEnvWithoutAModel() {
        BernoulliBandit bandit = new BernoulliBandit(BernoulliBandit.Config.DEFAULT);
        assertThatThrownBy(() -> ValueIterationAgent.of(ValueIterationConfig.DEFAULT, bandit))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value-iteration: expected an env that exposes its model through HasTabularModel, found"
                        + " BernoulliBandit-v0 (BernoulliBandit)");
    }

    @Test
    void refusesToIterateForeverWhenUndiscountedValuesDiverge() {
        // A loop that pays 1 forever: undiscounted values grow without bound.
        FrozenLake loop = new FrozenLake(new FrozenLake.Config(null, List.of("SF"), false, 1.0 / 3.0,
                List.of(1.0, 0.0, 1.0), 0));
        ValueIterationConfig config = new ValueIterationConfig(1.0, 0.99, Horizon.INFINITE, 1e-10, 500);
        assertThatThrownBy(() -> ValueIterationAgent.of(config, loop)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("value-iteration: value iteration did not converge on FrozenLake-v1 within 500"
                        + " sweeps")
                .hasMessageEndingWith("lower the discount below 1, or raise maxIterations or tolerance");
        ValueIterationConfig discounted = new ValueIterationConfig(0.9, 0.99, Horizon.INFINITE, 1e-10, 5_000);
        assertThat(ValueIterationAgent.of(discounted, loop).plan().value(0, 0))
                .isCloseTo(10.0, within(1e-6));
    }

    @Test
    void configRejectsBadValues() {
        assertThatThrownBy(() -> new ValueIterationConfig(1.1, 0.99, Horizon.INFINITE, 1e-9, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("discount: expected a value in [0, 1], found 1.1");
        assertThatThrownBy(() -> new ValueIterationConfig(1, 1, Horizon.INFINITE, 1e-9, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tieBreakDiscount: expected a value in [0, 1), found 1.0");
        assertThatThrownBy(() -> new ValueIterationConfig(1, 0.9, Horizon.INFINITE, 0, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tolerance: expected a positive finite number, found 0.0");
        assertThatThrownBy(() -> new ValueIterationConfig(1, 0.9, Horizon.INFINITE, 1e-9, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxIterations: expected a positive number, found 0");
        assertThatThrownBy(() -> new ValueIterationConfig(1, 0.9, null, 1e-9, 1))
                .isInstanceOf(NullPointerException.class).hasMessage("horizon");
    }
}
