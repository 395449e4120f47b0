package io.aifgym.agents.baselines.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.agents.baselines.explore.Exploration;
import io.aifgym.agents.baselines.explore.Schedule;
import io.aifgym.envs.pomdp.grid.GridWorld;
import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.agent.Decision;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.Reset;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.rollout.Rollout;
import io.aifgym.gym.vector.VectorEnv;
import io.aifgym.gym.wrap.TimeLimit;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every tabular agent learns a shortest path on a pymdp GridWorld ({@code int[]} observations
 * and actions): 4x4, start at the top left, goal at the bottom right (6 moves), one wall.
 * After learning, the agent acting greedily (epsilon 0 by then) reaches the goal in 6 steps.
 */
class TabularGridWorldTest {

    private static final GridWorld GRID = new GridWorld(new GridWorld.Config(List.of(4, 4), List.of(List.of(1, 1)),
            List.of(0, 0), true, 1.0, false, List.of(List.of(3, 3)), 1.0, 0.0, 50));
    private static final Env<TimeLimit.State<GridWorld.State>, int[], int[]> ENV = new TimeLimit<>(GRID, 50);
    private static final Exploration DECAYING = Exploration.epsilonGreedy(Schedule.linear(1.0, 0.0, 15_000));

    @Test
    void qLearningSarsaAndExpectedSarsaLearnAShortestPath() {
        for (TdMethod method : TdMethod.values()) {
            TabularConfig config = TabularConfig.DEFAULT.withLearningRate(Schedule.constant(0.5))
                    .withDiscount(0.95).withExploration(DECAYING);
            assertShortestPath(TdAgent.of(method, config, ENV), method.id());
        }
    }

    @Test
    void dynaQLearnsAShortestPath() {
        DynaQConfig config = DynaQConfig.DEFAULT.withExploration(DECAYING);
        assertShortestPath(DynaQAgent.of(config, ENV), "dyna-q");
    }

    private static <S> void assertShortestPath(Agent<S, int[], int[]> agent, String name) {
        var result = Rollout.run(agent, VectorEnv.of(ENV, 4), 20_000, Key.of(12));
        for (S learned : result.carry().agentStates()) {
            assertThat(greedySteps(agent, learned)).as(name).isEqualTo(6);
        }
    }

    private static <S> int greedySteps(Agent<S, int[], int[]> agent, S state) {
        Reset<GridWorld.State, int[]> reset = GRID.reset(Key.of(0));
        GridWorld.State cell = reset.state();
        int[] obs = reset.observation();
        Function<Integer, Key> keys = Key.of(99)::fold;
        for (int t = 1; t <= 50; t++) {
            Decision<S, int[]> d = agent.act(keys.apply(t), state, obs);
            Step<GridWorld.State, int[]> s = GRID.step(keys.apply(-t), cell, d.action());
            if (s.terminated()) {
                return t;
            }
            state = d.state();
            cell = s.state();
            obs = s.observation();
        }
        return Integer.MAX_VALUE;
    }
}
