package io.aifgym.gym.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.agent.Block;
import io.aifgym.gym.agent.Decision;
import io.aifgym.gym.agent.Transition;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.testenv.Walk;
import io.aifgym.gym.vector.VectorEnv;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RolloutTest {

    /** @param steps transitions seen, @param blocks blocks learned, @param episodes episodes ended */
    record Counts(int steps, int blocks, int episodes) {
    }

    /** Acts at random with a right bias; counts what it learns from. */
    static class CountingAgent implements Agent<Counts, Integer, Integer> {
        @Override
        public Counts init(Key key) {
            return new Counts(0, 0, 0);
        }

        @Override
        public Decision<Counts, Integer> act(Key key, Counts state, Integer observation) {
            return new Decision<>(key.uniform() < 0.7 ? 1 : 0, state, Map.of("obs", (double) observation));
        }

        @Override
        public Counts learn(Counts state, Transition<Integer, Integer> t) {
            return new Counts(state.steps() + 1, state.blocks(), state.episodes() + (t.done() ? 1 : 0));
        }

        @Override
        public Counts learnBlock(Counts state, Block<Integer, Integer> block) {
            return new Counts(state.steps(), state.blocks() + 1, state.episodes());
        }
    }

    private final VectorEnv<Walk.State, Integer, Integer> venv = VectorEnv.of(new Walk(7, 0.2), 4);

    private static String describe(Trajectory<Integer, Integer> t) {
        return t.observations() + "|" + t.actions() + "|" + Arrays.deepToString(t.rewards()) + "|"
                + Arrays.deepToString(t.terminated()) + "|" + Arrays.deepToString(t.diagnostics().get("obs"));
    }

    @Test
    void sameKeySameRollout() {
        var a = Rollout.run(new CountingAgent(), venv, 30, Key.of(4));
        var b = Rollout.run(new CountingAgent(), venv.withThreads(3), 30, Key.of(4));
        assertThat(describe(a.trajectory())).isEqualTo(describe(b.trajectory()));
        assertThat(a.carry().agentStates()).isEqualTo(b.carry().agentStates());
    }

    @Test
    void chainedBlocksEqualOneLongRollout() {
        CountingAgent agent = new CountingAgent();
        Rollout.Options online = new Rollout.Options(false, 1);
        Carry<Counts, Walk.State, Integer> start = Rollout.start(agent, venv, Key.of(9));
        var whole = Rollout.run(agent, venv, 25, start, online);
        var first = Rollout.run(agent, venv, 10, start, online);
        var second = Rollout.run(agent, venv, 15, first.carry(), online);
        List<List<Integer>> joined = new ArrayList<>(first.trajectory().actions());
        joined.addAll(second.trajectory().actions());
        assertThat(joined).isEqualTo(whole.trajectory().actions());
        assertThat(second.carry().agentStates()).isEqualTo(whole.carry().agentStates());
        assertThat(second.carry().key()).isEqualTo(whole.carry().key());
    }

    @Test
    void learnSeesEveryStepAndLearnBlockRunsOncePerBlock() {
        var r = Rollout.run(new CountingAgent(), venv, 40, Key.of(2));
        int episodes = r.trajectory().episodes().size();
        int seen = 0;
        for (Counts c : r.carry().agentStates()) {
            assertThat(c.steps()).isEqualTo(40);
            assertThat(c.blocks()).isEqualTo(1);
            seen += c.episodes();
        }
        assertThat(seen).isEqualTo(episodes).isPositive();
        assertThat(r.trajectory().block(0).length()).isEqualTo(40);
    }

    @Test
    void transitionsCarryTheFinalObservationOfAnEndedEpisode() {
        List<Integer> ends = new ArrayList<>();
        Agent<Counts, Integer, Integer> agent = new CountingAgent() {
            @Override
            public Counts learn(Counts state, Transition<Integer, Integer> t) {
                if (t.done()) {
                    synchronized (ends) {
                        ends.add(t.nextObservation());
                    }
                }
                return state;
            }
        };
        Rollout.run(agent, venv, 60, Key.of(3));
        assertThat(ends).isNotEmpty().allMatch(o -> o == 0 || o == 6);
    }
}
