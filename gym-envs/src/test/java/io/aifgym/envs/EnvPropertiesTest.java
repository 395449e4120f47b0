package io.aifgym.envs;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.Reset;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.registry.EnvRegistry;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/**
 * Property tests of the env contract for every registered env with its default config, over
 * generated keys and action sequences (a plain JUnit loop over cases drawn from
 * {@code Key.of(SEED).child(i)}, cycling through the ids so every env gets its share, the
 * longest and shortest walks first; a failure names its case and replays): observations stay in the
 * observation space, rewards and metrics are finite, an action sampled from the action space
 * is always accepted, the same key gives the same step, and a finished episode ends with a
 * flag rather than an exception.
 */
class EnvPropertiesTest {

    private static final long SEED = 20261125L;
    private static final int CASES = 200;
    private static final int MAX_STEPS = 60;
    private static final EnvRegistry REGISTRY = EnvRegistry.load(EnvPropertiesTest.class.getClassLoader());

    @Test
    void randomWalksKeepTheContract() {
        List<String> ids = REGISTRY.ids();
        assertThat(ids).isNotEmpty();
        for (int i = 0; i < Math.max(CASES, 2 * ids.size()); i++) {
            UniformRandomProvider g = Key.of(SEED).child(i).generator();
            String id = ids.get(i % ids.size());
            int steps = i < ids.size() ? MAX_STEPS : i < 2 * ids.size() ? 1 : 1 + g.nextInt(MAX_STEPS);
            long seed = g.nextLong();
            assertRandomWalkKeepsTheContract(id, seed, steps,
                    String.format("case %d of seed %d: %s, %d steps, key seed %d", i, SEED, id, steps, seed));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void assertRandomWalkKeepsTheContract(String id, long seed, int steps, String what) {
        Env env = REGISTRY.make(id, REGISTRY.provider(id).defaultConfig());
        Key root = Key.of(seed);
        Reset reset = env.reset(root.child(0));
        assertThat(env.observationSpace().contains(reset.observation())).as("%s: reset observation", what).isTrue();
        Object state = reset.state();
        for (int t = 0; t < steps; t++) {
            Object action = env.actionSpace().sample(root.child(1).fold(t));
            Key key = root.child(2).fold(t);
            Step step = env.step(key, state, action);
            Step again = env.step(key, state, action);
            assertThat(show(again.observation())).as("%s: the same key gives the same step %d", what, t)
                    .isEqualTo(show(step.observation()));
            assertThat(Double.doubleToRawLongBits(again.reward())).as("%s: same reward", what).isEqualTo(
                    Double.doubleToRawLongBits(step.reward()));
            assertThat(Objects.equals(again.state(), step.state())).as("%s: same next state", what).isTrue();
            assertThat(env.observationSpace().contains(step.observation())).as("%s: step %d observation %s", what, t,
                    show(step.observation())).isTrue();
            assertThat(step.reward()).as("%s: step %d reward", what, t).isFinite();
            for (Object v : step.metrics().values()) {
                assertThat((Double) v).as("%s: step %d metric", what, t).isFinite();
            }
            if (step.terminated() || step.truncated()) {
                Reset next = env.reset(root.child(3).fold(t));
                state = next.state();
            } else {
                state = step.state();
            }
        }
    }

    private static String show(Object o) {
        if (o instanceof int[] a) {
            return Arrays.toString(a);
        }
        if (o instanceof double[] a) {
            return Arrays.toString(a);
        }
        if (o instanceof List<?> l) {
            return l.toString();
        }
        return String.valueOf(o);
    }
}
