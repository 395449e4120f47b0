package io.aifgym.gym.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.Reset;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.space.Spaces;
import io.aifgym.gym.vector.AutoresetMode;
import io.aifgym.gym.vector.VectorEnv;
import io.aifgym.gym.vector.VectorReset;
import io.aifgym.gym.vector.VectorState;
import io.aifgym.gym.vector.VectorStep;
import io.aifgym.gym.wrap.AutoReset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The vector env contract: a {@link VectorEnv} over the env equals N scalar
 * {@link AutoReset} runs with the vector key's children, bit for bit, in every reset mode and
 * with 1, 2 or 4 threads.
 *
 * @param <S> the env state
 * @param <O> the observation
 * @param <A> the action
 */
public abstract class VectorEnvContract<S, O, A> {

    /**
     * The env under test.
     *
     * @return the env
     */
    protected abstract Env<S, O, A> env();

    /**
     * The number of slots to test with.
     *
     * @return the vector size
     */
    protected int numEnvs() {
        return 7;
    }

    /**
     * The number of lock-step steps to compare.
     *
     * @return the steps
     */
    protected int steps() {
        return 60;
    }

    private List<String> vectorTrace(VectorEnv<S, O, A> venv, Key key) {
        List<String> trace = new ArrayList<>();
        VectorReset<S, O> r = venv.reset(key.child(0));
        r.observations().forEach(o -> trace.add(Spaces.show(o)));
        VectorState<S, O> state = r.state();
        for (int t = 0; t < steps(); t++) {
            Key k = key.fold(t + 1);
            List<A> actions = new ArrayList<>();
            for (int i = 0; i < venv.numEnvs(); i++) {
                actions.add(venv.singleActionSpace().sample(k.child(0).child(i)));
            }
            VectorStep<S, O> s = venv.step(k.child(1), state, actions);
            for (int i = 0; i < venv.numEnvs(); i++) {
                trace.add(t + "/" + i + ": " + Spaces.show(s.observations().get(i)) + " " + s.reward(i) + " "
                        + s.terminated(i) + " " + s.truncated(i) + " " + Spaces.show(s.finalObservation(i)));
            }
            state = s.state();
        }
        return trace;
    }

    private List<String> scalarTrace(AutoresetMode mode, Key key) {
        AutoReset<S, O, A> env = new AutoReset<>(env(), mode);
        int n = numEnvs();
        List<String> trace = new ArrayList<>();
        List<AutoReset.State<S, O>> states = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Reset<AutoReset.State<S, O>, O> r = env.reset(key.child(0).child(i));
            trace.add(Spaces.show(r.observation()));
            states.add(r.state());
        }
        List<String> steps = new ArrayList<>();
        for (int t = 0; t < steps(); t++) {
            Key k = key.fold(t + 1);
            for (int i = 0; i < n; i++) {
                A a = env.actionSpace().sample(k.child(0).child(i));
                Step<AutoReset.State<S, O>, O> s = env.step(k.child(1).child(i), states.get(i), a);
                steps.add(t + "/" + i + ": " + Spaces.show(s.observation()) + " " + s.reward() + " " + s.terminated()
                        + " " + s.truncated() + " " + Spaces.show(s.state().finalObservation()));
                states.set(i, s.state());
            }
        }
        trace.addAll(steps);
        return trace;
    }

    @Test
    void vectorEqualsScalarRunsInEveryModeAndThreadCount() {
        for (AutoresetMode mode : AutoresetMode.values()) {
            List<String> scalar = scalarTrace(mode, Key.of(11));
            for (int threads : new int[] {1, 2, 4}) {
                VectorEnv<S, O, A> venv = VectorEnv.of(env(), numEnvs()).withMode(mode).withThreads(threads);
                assertThat(vectorTrace(venv, Key.of(11))).as("%s with %d threads", mode, threads).isEqualTo(scalar);
            }
        }
    }

    @Test
    void batchedSpacesDescribeTheSlots() {
        VectorEnv<S, O, A> venv = VectorEnv.of(env(), numEnvs());
        VectorReset<S, O> r = venv.reset(Key.of(2));
        assertThat(venv.observationSpace().contains(r.observations())).isTrue();
        assertThat(venv.actionSpace().contains(venv.actionSpace().sample(Key.of(3)))).isTrue();
    }
}
