package io.aifgym.agents.baselines.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aifgym.agents.baselines.explore.Exploration;
import io.aifgym.agents.baselines.explore.Schedule;
import io.aifgym.envs.tabular.FrozenLake;
import io.aifgym.gym.agent.Decision;
import io.aifgym.gym.agent.Transition;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.random.Key;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dyna-Q's model and planning, on a deterministic FrozenLake corridor {@code SFFG}. */
class DynaQAgentTest {

    private static final Env<?, Integer, Integer> CORRIDOR = new FrozenLake(
            FrozenLake.Config.ofMap(List.of("SFFG"), false));
    private static final DynaQConfig CONFIG = new DynaQConfig(Schedule.constant(1.0), 0.9, 0.0,
            Exploration.epsilonGreedy(Schedule.constant(0.0)), 50);

    @Test
    void learnsTheModelAndRemembersEachPairOnce() {
        DynaQAgent<Integer, Integer> agent = DynaQAgent.of(CONFIG, CORRIDOR);
        DynaQState s = agent.init(Key.of(0));
        s = agent.learn(s, new Transition<>(0, FrozenLake.RIGHT, 0.0, 1, false, false));
        s = agent.learn(s, new Transition<>(0, FrozenLake.RIGHT, 0.0, 1, false, false));
        s = agent.learn(s, new Transition<>(2, FrozenLake.RIGHT, 1.0, 3, true, false));
        assertThat(s.numObserved()).isEqualTo(2);
        assertThat(s.observed().get(0, 0)).isEqualTo(0 * 4 + FrozenLake.RIGHT);
        assertThat(s.observed().get(1, 0)).isEqualTo(2 * 4 + FrozenLake.RIGHT);
        assertThat(s.model().row(2)).containsExactly(0, 0, 0, 0, 0, 0, 1.0, 4.0, 1.0, 0, 0, 0);
        assertThat(s.q().get(2, FrozenLake.RIGHT)).isEqualTo(1.0);
        assertThat(s.steps()).isEqualTo(3);
        assertThat(s.episodes()).isEqualTo(1);
    }

    @Test
    void planningPropagatesTheGoalBackFromTheModel() {
        DynaQAgent<Integer, Integer> agent = DynaQAgent.of(CONFIG, CORRIDOR);
        DynaQState s = agent.init(Key.of(0));
        s = agent.learn(s, new Transition<>(0, FrozenLake.RIGHT, 0.0, 1, false, false));
        s = agent.learn(s, new Transition<>(1, FrozenLake.RIGHT, 0.0, 2, false, false));
        s = agent.learn(s, new Transition<>(2, FrozenLake.RIGHT, 1.0, 3, true, false));
        // Direct learning alone leaves the start's value at 0; 50 planning updates over the three
        // remembered pairs reach the fixed point of the learned model.
        assertThat(s.q().get(0, FrozenLake.RIGHT)).isZero();
        Decision<DynaQState, Integer> d = agent.act(Key.of(1), s, 0);
        assertThat(d.state().q().get(2, FrozenLake.RIGHT)).isEqualTo(1.0);
        assertThat(d.state().q().get(1, FrozenLake.RIGHT)).isCloseTo(0.9, within(1e-12));
        assertThat(d.state().q().get(0, FrozenLake.RIGHT)).isCloseTo(0.81, within(1e-12));
        assertThat(d.action()).isEqualTo(FrozenLake.RIGHT);
        assertThat(s.q().get(0, FrozenLake.RIGHT)).isZero();
    }

    @Test
    void withoutPlanningItIsQLearning() {
        DynaQAgent<Integer, Integer> dyna = DynaQAgent.of(CONFIG.withPlanningSteps(0), CORRIDOR);
        DynaQState s = dyna.learn(dyna.init(Key.of(0)), new Transition<>(0, 2, 0.0, 1, false, false));
        Decision<DynaQState, Integer> d = dyna.act(Key.of(1), s, 0);
        assertThat(d.state()).isSameAs(s);
    }

    @Test
    void rejectsANegativeNumberOfPlanningSteps() {
        assertThatThrownBy(() -> CONFIG.withPlanningSteps(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("planningSteps: expected a non-negative number, found -1");
    }
}
