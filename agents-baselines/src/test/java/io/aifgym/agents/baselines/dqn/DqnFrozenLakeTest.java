package io.aifgym.agents.baselines.dqn;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.agents.baselines.explore.ActionSelection;
import io.aifgym.agents.baselines.explore.Exploration;
import io.aifgym.agents.baselines.explore.Schedule;
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
 * Issue 6's known result for DQN: it learns FrozenLake 4x4 without slipping. After 3,000
 * steps (epsilon falling from 1 to 0.05 over the first 1,500) the greedy policy of its
 * online network walks from the start to the goal in the 6 steps of a shortest path.
 */
class DqnFrozenLakeTest {

    @Test
    void learnsAShortestPathOnTheDeterministicLake() {
        FrozenLake lake = new FrozenLake(FrozenLake.Config.of("4x4", false));
        TimeLimit<?, Integer, Integer> env = new TimeLimit<>(lake, 100);
        DqnConfig config = DqnConfig.DEFAULT.withNetwork(List.of(32), 5e-3).withDiscount(0.9)
                .withTraining(32, 200, 100)
                .withExploration(Exploration.epsilonGreedy(Schedule.linear(1.0, 0.05, 1_500)));
        DqnAgent<Integer, Integer> agent = DqnAgent.of(config, env);
        Rollout.Result<DqnState, ?, Integer, Integer> result = Rollout.run(agent, VectorEnv.of(env, 1), 3_000,
                Key.of(7));
        DqnState state = result.carry().agentStates().get(0);
        assertThat(state.adam().steps()).isEqualTo(3_000 - 200);

        TabularModel model = lake.tabularModel();
        int cell = 0;
        int steps = 0;
        while (steps < 20) {
            int action = ActionSelection.argmax(agent.qValues(state, cell), 0, 4);
            TabularModel.Outcome o = model.outcomes(cell, action).get(0);
            cell = o.next();
            steps++;
            if (o.terminated()) {
                break;
            }
        }
        assertThat(cell).as("greedy walk ends at the goal").isEqualTo(15);
        assertThat(steps).isEqualTo(6);

        Trajectory<Integer, Integer> t = result.trajectory();
        long late = t.episodes().stream().filter(e -> e.endStep() >= 2_500).count();
        long lateWins = t.episodes().stream().filter(e -> e.endStep() >= 2_500 && e.totalReturn() > 0).count();
        assertThat(lateWins).isGreaterThan(late / 2);
    }
}
