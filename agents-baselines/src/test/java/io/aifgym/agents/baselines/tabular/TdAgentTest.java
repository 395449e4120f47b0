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
import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.env.Reset;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.space.Box;
import io.aifgym.gym.space.Discrete;
import io.aifgym.gym.space.Space;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The TD updates by hand: alpha 0.5, gamma 0.9, epsilon 0.2, on FrozenLake's 16 x 4 table. */
class TdAgentTest {

    private static final Env<?, Integer, Integer> LAKE = new FrozenLake(FrozenLake.Config.DEFAULT);
    private static final TabularConfig CONFIG = new TabularConfig(Schedule.constant(0.5), 0.9, 0.0,
            Exploration.epsilonGreedy(Schedule.constant(0.2)));

    private static TdAgent<Integer, Integer> agent(TdMethod method) {
        return TdAgent.of(method, CONFIG, LAKE);
    }

    private static Transition<Integer, Integer> step(int s, int a, double r, int s2, boolean terminated,
            boolean truncated) {
        return new Transition<>(s, a, r, s2, terminated, truncated);
    }

    @Test
    void qLearningBootstrapsWithTheMaximum() {
        TdAgent<Integer, Integer> agent = agent(TdMethod.Q_LEARNING);
        TdState s0 = agent.init(Key.of(0));
        TdState s1 = agent.learn(s0, step(0, 1, 1.0, 4, false, false));
        assertThat(s1.q().get(0, 1)).isEqualTo(0.5);
        TdState s2 = agent.learn(s1, step(4, 2, 0.0, 0, false, false));
        assertThat(s2.q().get(4, 2)).isCloseTo(0.5 * 0.9 * 0.5, within(1e-15));
        assertThat(s2.steps()).isEqualTo(2);
        assertThat(s0.q()).isEqualTo(PersistentTable.filled(16, 4, 0.0));
        assertThat(s1.q().get(4, 2)).isZero();
    }

    @Test
    void terminationStopsTheBootstrapButTruncationDoesNot() {
        TdAgent<Integer, Integer> agent = agent(TdMethod.Q_LEARNING);
        TdState s1 = agent.learn(agent.init(Key.of(0)), step(0, 1, 1.0, 4, false, false));
        TdState terminated = agent.learn(s1, step(4, 0, 0.0, 0, true, false));
        TdState truncated = agent.learn(s1, step(4, 0, 0.0, 0, false, true));
        assertThat(terminated.q().get(4, 0)).isZero();
        assertThat(truncated.q().get(4, 0)).isCloseTo(0.225, within(1e-15));
        assertThat(terminated.episodes()).isEqualTo(1);
        assertThat(truncated.episodes()).isEqualTo(1);
    }

    @Test
    void expectedSarsaBootstrapsWithThePolicysExpectation() {
        TdAgent<Integer, Integer> agent = agent(TdMethod.EXPECTED_SARSA);
        TdState s1 = agent.learn(agent.init(Key.of(0)), step(0, 1, 1.0, 4, false, false));
        TdState s2 = agent.learn(s1, step(4, 2, 0.0, 0, false, false));
        double expected = 0.8 * 0.5 + 0.2 * (0.5 / 4);
        assertThat(s2.q().get(4, 2)).isCloseTo(0.5 * 0.9 * expected, within(1e-15));
    }

    @Test
    void sarsaWaitsForTheNextActionAndBootstrapsWithIt() {
        TdAgent<Integer, Integer> agent = agent(TdMethod.SARSA);
        TdState terminal = agent.learn(agent.init(Key.of(0)), step(4, 2, 1.0, 5, true, false));
        assertThat(terminal.q().get(4, 2)).isEqualTo(0.5);
        assertThat(terminal.pending()).isNull();
        TdState waiting = agent.learn(terminal, step(0, 1, 0.0, 4, false, false));
        assertThat(waiting.q()).isEqualTo(terminal.q());
        assertThat(waiting.pending()).isEqualTo(new TdState.PendingUpdate(0, 1, 0.0, 4));
        int greedyChosen = 0;
        for (int k = 0; k < 50; k++) {
            Decision<TdState, Integer> d = agent.act(Key.of(k), waiting, 4);
            double bootstrap = d.action() == 2 ? 0.5 : 0.0;
            greedyChosen += d.action() == 2 ? 1 : 0;
            assertThat(d.state().pending()).isNull();
            assertThat(d.state().q().get(0, 1)).isCloseTo(0.5 * 0.9 * bootstrap, within(1e-15));
        }
        assertThat(greedyChosen).isGreaterThan(25);
    }

    @Test
    void sarsaBootstrapsATruncatedStepWithThePolicysExpectation() {
        TdAgent<Integer, Integer> agent = agent(TdMethod.SARSA);
        TdState terminal = agent.learn(agent.init(Key.of(0)), step(4, 2, 1.0, 5, true, false));
        TdState truncated = agent.learn(terminal, step(0, 1, 0.0, 4, false, true));
        assertThat(truncated.pending()).isNull();
        double expected = 0.8 * 0.5 + 0.2 * (0.5 / 4);
        assertThat(truncated.q().get(0, 1)).isCloseTo(0.5 * 0.9 * expected, within(1e-15));
    }

    @Test
    void epsilonGreedyActsGreedilyExceptWithProbabilityEpsilon() {
        TdAgent<Integer, Integer> agent = agent(TdMethod.Q_LEARNING);
        TdState state = agent.learn(agent.init(Key.of(0)), step(0, 3, 1.0, 1, false, false));
        int[] counts = new int[4];
        int n = 20_000;
        for (int k = 0; k < n; k++) {
            counts[agent.act(Key.of(1).fold(k), state, 0).action()]++;
        }
        // Greedy action 3 with 0.8 + 0.05, the others with 0.05 each; five standard errors.
        assertThat(counts[3] / (double) n).isCloseTo(0.85, within(5 * Math.sqrt(0.85 * 0.15 / n)));
        for (int a = 0; a < 3; a++) {
            assertThat(counts[a] / (double) n).isCloseTo(0.05, within(5 * Math.sqrt(0.05 * 0.95 / n)));
        }
    }

    @Test
    void scheduleDecaysExplorationWithExperience() {
        TabularConfig greedyLater = CONFIG.withExploration(Exploration.epsilonGreedy(Schedule.linear(1.0, 0.0, 3)));
        TdAgent<Integer, Integer> agent = TdAgent.of(TdMethod.Q_LEARNING, greedyLater, LAKE);
        TdState state = agent.learn(agent.init(Key.of(0)), step(0, 2, 1.0, 1, false, false));
        state = agent.learn(state, step(5, 0, 0.0, 5, true, false));
        state = agent.learn(state, step(6, 0, 0.0, 5, true, false));
        for (int k = 0; k < 200; k++) {
            assertThat(agent.act(Key.of(k), state, 0).action()).isEqualTo(2);
        }
    }

    @Test
    void optimisticInitialValuesFillTheTable() {
        TdAgent<Integer, Integer> agent = TdAgent.of(TdMethod.Q_LEARNING, CONFIG.withInitialValue(3.0), LAKE);
        assertThat(agent.init(Key.of(0)).q()).isEqualTo(PersistentTable.filled(16, 4, 3.0));
    }

    @Test
    void rejectsObservationsOutsideTheSpace() {
        TdAgent<Integer, Integer> agent = agent(TdMethod.Q_LEARNING);
        assertThatThrownBy(() -> agent.act(Key.of(0), agent.init(Key.of(0)), 16))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("observation: expected a member of Discrete(16), found 16");
        assertThatThrownBy(() -> agent.learn(agent.init(Key.of(0)), step(0, 4, 0.0, 1, false, false)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("action: expected a member of Discrete(4), found 4");
    }

    @Test
    void rejectsContinuousObservations() {
        Env<Integer, double[], Integer> continuous = new Env<>() {
            @Override
            public EnvSpec spec() {
                return EnvSpec.of("Continuous-v0", 0, "a box observation");
            }

            @Override
            public Space<double[]> observationSpace() {
                return Box.of(0, 1, 2);
            }

            @Override
            public Space<Integer> actionSpace() {
                return new Discrete(2);
            }

            @Override
            public Reset<Integer, double[]> reset(Key key) {
                return new Reset<>(new double[2], 0);
            }

            @Override
            public Step<Integer, double[]> step(Key key, Integer state, Integer action) {
                return new Step<>(new double[2], 0, 0.0, false, false, Map.of());
            }

            @Override
            public Optional<String> render(Integer state) {
                return Optional.empty();
            }

            @Override
            public Env<?, ?, ?> unwrapped() {
                return this;
            }
        };
        assertThatThrownBy(() -> TdAgent.of(TdMethod.SARSA, CONFIG, continuous))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sarsa: expected a finite observation space, found Box(shape [2])");
    }
}
