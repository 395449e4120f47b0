package io.aifgym.gym.vector;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.Reset;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.testenv.Walk;
import io.aifgym.gym.wrap.AutoReset;
import io.aifgym.gym.wrap.TimeLimit;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/**
 * Property tests of the env contract through the wrappers and the vector env, over generated
 * walks, limits, modes, sizes, thread counts and keys (a plain JUnit loop: first the corners of
 * the ranges in every mode, then cases drawn from {@code Key.of(SEED).child(i)}, so a failure
 * names its case and replays): observations stay
 * in the observation space, rewards are finite, the time limit truncates exactly at its limit,
 * and a vector env equals its slots run one by one with the vector key's children.
 */
class EnvPropertiesTest {

    private static final long SEED = 20261125L;
    private static final int CASES = 150;

    /** Corners of (size, slip, limit, n, threads): smallest, largest and mixed; each run in every mode. */
    private static final double[][] CORNERS = {
        {3, 0.0, 1, 1, 1}, {20, 1.0, 25, 6, 3}, {3, 1.0, 1, 6, 3}, {20, 0.0, 25, 1, 1}, {3, 0.5, 25, 6, 1}};

    @Test
    void vectorStepsStayInTheSpaceAndEqualTheSlotsRunAlone() {
        AutoresetMode[] modes = AutoresetMode.values();
        int edges = CORNERS.length * modes.length;
        for (int i = 0; i < CASES; i++) {
            UniformRandomProvider g = Key.of(SEED).child(i).generator();
            double[] c = i < edges ? CORNERS[i / modes.length] : null;
            int size = c != null ? (int) c[0] : 3 + g.nextInt(18);
            double slip = c != null ? c[1] : g.nextDouble();
            int limit = c != null ? (int) c[2] : 1 + g.nextInt(25);
            AutoresetMode mode = modes[i < edges ? i % modes.length : g.nextInt(modes.length)];
            int n = c != null ? (int) c[3] : 1 + g.nextInt(6);
            int threads = c != null ? (int) c[4] : 1 + g.nextInt(3);
            long seed = g.nextLong();
            assertVectorEqualsSlots(size, slip, limit, mode, n, threads, seed, String.format(
                    "case %d of seed %d (size %d, slip %s, limit %d, %s, %d slots, %d threads, key seed %d)", i, SEED,
                    size, slip, limit, mode, n, threads, seed));
        }
    }

    private static void assertVectorEqualsSlots(int size, double slip, int limit, AutoresetMode mode, int n,
            int threads, long seed, String what) {
        Env<TimeLimit.State<Walk.State>, Integer, Integer> env = new TimeLimit<>(new Walk(size, slip), limit);
        VectorEnv<TimeLimit.State<Walk.State>, Integer, Integer> venv = VectorEnv.of(env, n).withMode(mode)
                .withThreads(threads);
        AutoReset<TimeLimit.State<Walk.State>, Integer, Integer> slotEnv = new AutoReset<>(env, mode);
        Key root = Key.of(seed);
        VectorReset<TimeLimit.State<Walk.State>, Integer> r = venv.reset(root.child(0));
        List<AutoReset.State<TimeLimit.State<Walk.State>, Integer>> alone = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Reset<AutoReset.State<TimeLimit.State<Walk.State>, Integer>, Integer> ri = slotEnv.reset(root.child(0)
                    .child(i));
            assertThat(r.observations().get(i)).as("%s: reset slot %d", what, i).isEqualTo(ri.observation());
            alone.add(ri.state());
        }
        VectorState<TimeLimit.State<Walk.State>, Integer> state = r.state();
        int[] sinceReset = new int[n];
        for (int t = 0; t < 40; t++) {
            Key stepKey = root.child(1).fold(t);
            List<Integer> actions = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                actions.add(root.child(2).fold(t).child(i).nextInt(2));
            }
            VectorStep<TimeLimit.State<Walk.State>, Integer> s = venv.step(stepKey, state, actions);
            for (int i = 0; i < n; i++) {
                Step<AutoReset.State<TimeLimit.State<Walk.State>, Integer>, Integer> si = slotEnv.step(
                        stepKey.child(i), alone.get(i), actions.get(i));
                assertThat(s.observations().get(i)).as("%s: step %d slot %d", what, t, i)
                        .isEqualTo(si.observation());
                assertThat(Double.doubleToRawLongBits(s.reward(i))).as("%s: step %d slot %d reward", what, t, i)
                        .isEqualTo(Double.doubleToRawLongBits(si.reward()));
                assertThat(s.terminated(i)).as("%s: step %d slot %d terminated", what, t, i)
                        .isEqualTo(si.terminated());
                assertThat(s.truncated(i)).as("%s: step %d slot %d truncated", what, t, i)
                        .isEqualTo(si.truncated());
                alone.set(i, si.state());
                assertThat(env.observationSpace().contains(s.observations().get(i)))
                        .as("%s: step %d slot %d observation in the space", what, t, i).isTrue();
                assertThat(Double.isFinite(s.reward(i))).as("%s: step %d slot %d finite reward", what, t, i).isTrue();
                boolean wasReset = state.slots().get(i).needsReset();
                sinceReset[i] = wasReset ? 0 : sinceReset[i] + 1;
                if (!wasReset) {
                    assertThat(s.truncated(i)).as("%s: step %d slot %d truncated exactly at the limit", what, t, i)
                            .isEqualTo(sinceReset[i] >= limit);
                }
                if (s.done(i) && mode == AutoresetMode.SAME_STEP) {
                    sinceReset[i] = 0; // the returned state already starts the next episode
                }
            }
            state = s.state();
        }
    }
}
