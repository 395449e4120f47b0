package io.aifgym.gym.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.EnvId;
import io.aifgym.gym.env.Reset;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.space.Spaces;
import io.aifgym.gym.wrap.Checked;
import io.aifgym.gym.wrap.TimeLimit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The env contract as a JUnit 5 suite: extend it with one method and every env check runs.
 *
 * <pre>{@code
 * class CoinFlipTest extends EnvContract<CoinFlip.State, Integer, Integer> {
 *     @Override protected Env<CoinFlip.State, Integer, Integer> env() { return new CoinFlip(Config.DEFAULT); }
 * }
 * }</pre>
 *
 * <p>It checks: the same key gives equal results (reset and every step of an episode, compared
 * through their observations, rewards, flags and metrics); different keys are allowed to
 * differ; observations are in the observation space and rewards finite (through
 * {@link Checked}); the input state is unchanged by {@code step} (compared with
 * {@code equals}, so state records should compare by value); the spec id is {@code Name-vN};
 * an action outside the action space is refused; and a time limit from the spec truncates.
 *
 * @param <S> the env state
 * @param <O> the observation
 * @param <A> the action
 */
public abstract class EnvContract<S, O, A> {

    /**
     * The env under test.
     *
     * @return a fresh or shared env (envs are immutable)
     */
    protected abstract Env<S, O, A> env();

    /**
     * The action to take in a state during the contract's episodes; a uniform sample by default.
     *
     * @param key the key for the choice
     * @param state the state
     * @return an action inside the action space
     */
    protected A action(Key key, S state) {
        return env().actionSpace().sample(key);
    }

    /**
     * How many steps the contract's episodes take at most.
     *
     * @return the number of steps
     */
    protected int steps() {
        return 64;
    }

    /**
     * An action outside the action space for the refusal check, or null to skip that check
     * (for spaces where no such value of type A exists).
     *
     * @return an invalid action, or null
     */
    protected A invalidAction() {
        return null;
    }

    private List<Object> episode(Env<S, O, A> env, Key key) {
        List<Object> trace = new ArrayList<>();
        Reset<S, O> r = env.reset(key.child(0));
        trace.add(Spaces.show(r.observation()));
        S state = r.state();
        for (int t = 0; t < steps(); t++) {
            Key k = key.fold(t + 1);
            A a = action(k.child(0), state);
            Step<S, O> s = env.step(k.child(1), state, a);
            trace.add(List.of(Spaces.show(a), Spaces.show(s.observation()), s.reward(), s.terminated(),
                    s.truncated(), Map.copyOf(s.metrics())));
            if (s.done()) {
                break;
            }
            state = s.state();
        }
        return trace;
    }

    @Test
    void sameKeyGivesSameEpisode() {
        Env<S, O, A> env = new Checked<>(env());
        for (int seed = 0; seed < 5; seed++) {
            assertThat(episode(env, Key.of(seed))).as("episode of seed %d", seed).isEqualTo(episode(env, Key.of(seed)));
        }
    }

    @Test
    void observationsInSpaceAndRewardsFinite() {
        Env<S, O, A> env = new Checked<>(env());
        for (int seed = 0; seed < 20; seed++) {
            episode(env, Key.of(1000 + seed)); // Checked throws on any violation
        }
    }

    @Test
    void stepDoesNotChangeItsInputState() {
        Env<S, O, A> env = env();
        Reset<S, O> r = env.reset(Key.of(3));
        S state = r.state();
        String before = String.valueOf(state);
        A a = action(Key.of(4), state);
        Step<S, O> first = env.step(Key.of(5), state, a);
        assertThat(String.valueOf(state)).isEqualTo(before);
        Step<S, O> again = env.step(Key.of(5), state, a);
        assertThat(Spaces.show(again.observation())).isEqualTo(Spaces.show(first.observation()));
        assertThat(again.reward()).isEqualTo(first.reward());
    }

    @Test
    void specHasVersionedIdAndDescription() {
        EnvId id = env().spec().id();
        assertThat(EnvId.parse(id.toString())).isEqualTo(id);
        assertThat(env().spec().description()).isNotBlank();
    }

    @Test
    void actionOutsideSpaceIsRefused() {
        A bad = invalidAction();
        if (bad == null) {
            return;
        }
        Env<S, O, A> env = new Checked<>(env());
        S state = env.reset(Key.of(0)).state();
        assertThatThrownBy(() -> env.step(Key.of(1), state, bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("action");
        assertThatThrownBy(() -> env().step(Key.of(1), state, bad))
                .as("the env itself refuses an action outside its space")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timeLimitTruncates() {
        TimeLimit<S, O, A> env = new TimeLimit<>(env(), 3);
        Reset<TimeLimit.State<S>, O> r = env.reset(Key.of(9));
        TimeLimit.State<S> state = r.state();
        for (int t = 1; t <= 3; t++) {
            Step<TimeLimit.State<S>, O> s = env.step(Key.of(t), state, action(Key.of(100 + t), state.inner()));
            if (s.terminated()) {
                return; // ended on its own before the limit
            }
            assertThat(s.truncated()).as("truncated at step %d of 3", t).isEqualTo(t == 3);
            state = s.state();
        }
    }
}
