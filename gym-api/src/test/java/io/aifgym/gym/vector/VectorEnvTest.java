package io.aifgym.gym.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aifgym.gym.random.Key;
import io.aifgym.gym.testenv.Walk;
import io.aifgym.gym.wrap.AutoReset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VectorEnvTest {

    private final Walk walk = new Walk(6, 0.3);

    private List<String> vectorRun(AutoresetMode mode, int threads) {
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
                    + java.util.Arrays.toString(s.terminated()) + " " + s.finalObservations());
            state = s.state();
        }
        return out;
    }

    private List<String> scalarRuns(AutoresetMode mode) {
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
            List<Integer> finals = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                var s = env.step(Key.of(3).fold(t).child(i), states.get(i), Key.of(2).fold(t).child(i).nextInt(2));
                obs.add(s.observation());
                rewards[i] = s.reward();
                term[i] = s.terminated();
                finals.add(s.state().finalObservation());
                states.set(i, s.state());
            }
            out.add(obs + " " + java.util.Arrays.toString(rewards) + " " + java.util.Arrays.toString(term) + " "
                    + finals);
        }
        return out;
    }

    @Test
    void vectorEqualsScalarRunsWhateverTheThreads() {
        for (AutoresetMode mode : AutoresetMode.values()) {
            List<String> expected = scalarRuns(mode);
            assertThat(vectorRun(mode, 1)).as("%s, 1 thread", mode).isEqualTo(expected);
            assertThat(vectorRun(mode, 2)).as("%s, 2 threads", mode).isEqualTo(expected);
            assertThat(vectorRun(mode, 4)).as("%s, 4 threads", mode).isEqualTo(expected);
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
