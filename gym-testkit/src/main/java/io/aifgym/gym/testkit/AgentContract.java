package io.aifgym.gym.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.agent.Decision;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.rollout.Rollout;
import io.aifgym.gym.rollout.Trajectory;
import io.aifgym.gym.space.Spaces;
import io.aifgym.gym.vector.VectorEnv;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The agent contract as a JUnit 5 suite: extend it with the agent and an env it acts in.
 *
 * <p>It checks: the same key gives the same rollout (actions, rewards, diagnostics); every
 * action is inside the env's action space; {@code actBatch} equals per-agent {@code act} calls
 * with the key's children; a rollout's result does not depend on the number of threads used
 * for the env or for learning; chaining two rollouts through their carry works; diagnostics
 * are finite numbers.
 *
 * @param <S> the agent state
 * @param <O> the observation
 * @param <A> the action
 */
public abstract class AgentContract<S, O, A> {

    /**
     * The agent under test.
     *
     * @return the agent
     */
    protected abstract Agent<S, O, A> agent();

    /**
     * An env the agent acts in.
     *
     * @return the env
     */
    protected abstract Env<?, O, A> env();

    /**
     * The number of rollout steps the contract runs.
     *
     * @return the steps
     */
    protected int steps() {
        return 40;
    }

    /**
     * The number of parallel envs (and agents) the contract runs.
     *
     * @return the vector size
     */
    protected int numEnvs() {
        return 3;
    }

    private <E> List<String> trace(Env<E, O, A> env, int threads, Key key) {
        VectorEnv<E, O, A> venv = VectorEnv.of(env, numEnvs()).withThreads(threads);
        Rollout.Result<S, E, O, A> first = Rollout.run(agent(), venv, steps(), key);
        Rollout.Result<S, E, O, A> second = Rollout.run(agent(), venv, steps(), first.carry(),
                new Rollout.Options(true, threads));
        List<String> out = new ArrayList<>();
        for (Trajectory<O, A> t : List.of(first.trajectory(), second.trajectory())) {
            for (int s = 0; s < t.steps(); s++) {
                for (int i = 0; i < t.numEnvs(); i++) {
                    A a = t.actions().get(s).get(i);
                    assertThat(env.actionSpace().contains(a)).as("action %s at step %d slot %d is in %s",
                            Spaces.show(a), s, i, env.actionSpace().describe()).isTrue();
                    out.add(Spaces.show(a) + " " + t.rewards()[s][i]);
                }
            }
            t.diagnostics().forEach((name, values) -> {
                for (double[] row : values) {
                    for (double v : row) {
                        assertThat(Double.isInfinite(v)).as("diagnostic %s is not infinite", name).isFalse();
                    }
                }
                out.add(name + java.util.Arrays.deepToString(values));
            });
        }
        return out;
    }

    @Test
    void sameKeyGivesSameRollout() {
        Env<?, O, A> env = env();
        assertThat(trace(env, 1, Key.of(5))).isEqualTo(trace(env, 1, Key.of(5)));
    }

    @Test
    void resultDoesNotDependOnThreads() {
        Env<?, O, A> env = env();
        assertThat(trace(env, 2, Key.of(6))).isEqualTo(trace(env, 1, Key.of(6)));
    }

    @Test
    void actBatchEqualsPerAgentActs() {
        actBatchCheck(env());
    }

    private <E> void actBatchCheck(Env<E, O, A> env) {
        Agent<S, O, A> agent = agent();
        Key key = Key.of(8);
        int n = numEnvs();
        List<S> states = agent.initBatch(key.child(0), n);
        List<O> obs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            obs.add(env.reset(key.child(1).child(i)).observation());
        }
        List<Decision<S, A>> batch = agent.actBatch(key.child(2), states, obs);
        for (int i = 0; i < n; i++) {
            Decision<S, A> single = agent.act(key.child(2).child(i), states.get(i), obs.get(i));
            assertThat(Spaces.show(batch.get(i).action())).as("agent %d", i).isEqualTo(Spaces.show(single.action()));
            assertThat(batch.get(i).diagnostics()).as("agent %d", i).isEqualTo(single.diagnostics());
        }
    }
}
