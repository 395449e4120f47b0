package io.aifgym.gym.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.env.Reset;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.space.Space;
import io.aifgym.gym.testenv.Walk;
import io.aifgym.gym.wrap.AutoReset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VectorEnvTest {

    private final Walk walk = new Walk(6, 0.3);

    /** {@link Walk} with metrics only at odd positions, so some slots of a step have none. */
    private final Env<Walk.State, Integer, Integer> sparseMetrics = new Env<>() {
        @Override
        public EnvSpec spec() {
            return walk.spec();
        }

        @Override
        public Space<Integer> observationSpace() {
            return walk.observationSpace();
        }

        @Override
        public Space<Integer> actionSpace() {
            return walk.actionSpace();
        }

        @Override
        public Reset<Walk.State, Integer> reset(Key key) {
            return walk.reset(key);
        }

        @Override
        public Step<Walk.State, Integer> step(Key key, Walk.State state, Integer action) {
            Step<Walk.State, Integer> s = walk.step(key, state, action);
            return s.observation() % 2 == 1 ? s
                    : new Step<>(s.observation(), s.state(), s.reward(), s.terminated(), s.truncated(), Map.of());
        }
    };

    private List<String> vectorRun(Env<Walk.State, Integer, Integer> walk, AutoresetMode mode, int threads) {
        VectorEnv<Walk.State, Integer, Integer> venv = VectorEnv.of(walk, 9).withMode(mode).withThreads(threads);
        List<String> out = new ArrayList<>();
        var r = venv.reset(Key.of(1));
        out.add(r.observations().toString());
        var state = r.state();
        for (int t = 0; t < 50; t++) {
            List<Integer> actions = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                actions.add(Key.of(2).fold(t).child(i).nextInt(2));
            }
            var s = venv.step(Key.of(3).fold(t), state, actions);
            out.add(s.observations() + " " + java.util.Arrays.toString(s.rewards()) + " "
                    + java.util.Arrays.toString(s.terminated()) + " " + java.util.Arrays.toString(s.truncated())
                    + " " + s.finalObservations() + " " + s.metrics() + " " + s.state().slots());
            state = s.state();
        }
        return out;
    }

    private List<String> scalarRuns(Env<Walk.State, Integer, Integer> walk, AutoresetMode mode) {
        AutoReset<Walk.State, Integer, Integer> env = new AutoReset<>(walk, mode);
        List<AutoReset.State<Walk.State, Integer>> states = new ArrayList<>();
        List<Integer> first = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            var r = env.reset(Key.of(1).child(i));
            first.add(r.observation());
            states.add(r.state());
        }
        List<String> out = new ArrayList<>();
        out.add(first.toString());
        for (int t = 0; t < 50; t++) {
            List<Integer> obs = new ArrayList<>();
            double[] rewards = new double[9];
            boolean[] term = new boolean[9];
            boolean[] trunc = new boolean[9];
            List<Integer> finals = new ArrayList<>();
            List<Map<String, Double>> metrics = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                var s = env.step(Key.of(3).fold(t).child(i), states.get(i), Key.of(2).fold(t).child(i).nextInt(2));
                obs.add(s.observation());
                rewards[i] = s.reward();
                term[i] = s.terminated();
                trunc[i] = s.truncated();
                finals.add(s.state().finalObservation());
                metrics.add(s.metrics());
                states.set(i, s.state());
            }
            out.add(obs + " " + java.util.Arrays.toString(rewards) + " " + java.util.Arrays.toString(term) + " "
                    + java.util.Arrays.toString(trunc) + " " + finals + " " + metrics + " " + states);
        }
        return out;
    }

    @Test
    void vectorEqualsScalarRunsWhateverTheThreads() {
        for (Env<Walk.State, Integer, Integer> env : List.of(walk, sparseMetrics)) {
            for (AutoresetMode mode : AutoresetMode.values()) {
                List<String> expected = scalarRuns(env, mode);
                assertThat(vectorRun(env, mode, 1)).as("%s, 1 thread", mode).isEqualTo(expected);
                assertThat(vectorRun(env, mode, 2)).as("%s, 2 threads", mode).isEqualTo(expected);
                assertThat(vectorRun(env, mode, 4)).as("%s, 4 threads", mode).isEqualTo(expected);
            }
        }
    }

    @Test
    void badSizesAreNamed() {
        assertThatThrownBy(() -> VectorEnv.of(walk, 0)).hasMessageContaining("numEnvs").hasMessageContaining("0");
        var venv = VectorEnv.of(walk, 2);
        var r = venv.reset(Key.of(0));
        assertThatThrownBy(() -> venv.step(Key.of(1), r.state(), List.of(0)))
                .hasMessageContaining("expected 2").hasMessageContaining("found 2 and 1");
    }
}
