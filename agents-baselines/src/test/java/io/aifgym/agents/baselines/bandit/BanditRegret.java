package io.aifgym.agents.baselines.bandit;

import io.aifgym.envs.bandit.BernoulliBandit;
import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.rollout.Carry;
import io.aifgym.gym.rollout.Rollout;
import io.aifgym.gym.rollout.Trajectory;
import io.aifgym.gym.vector.VectorEnv;
import java.util.Arrays;
import java.util.List;

/**
 * Mean cumulative pseudo-regret of an agent over independent runs on a Bernoulli bandit with
 * fixed arms and no episode limit: after each pull t the regret grows by
 * {@code max(p) - p[a_t]}.
 */
final class BanditRegret {

    private BanditRegret() {
    }

    /** A Bernoulli bandit with the given arms and no time limit. */
    static BernoulliBandit bandit(double... means) {
        return new BernoulliBandit(new BernoulliBandit.Config(means.length, Arrays.stream(means).boxed().toList(), 0));
    }

    /**
     * The mean cumulative regret at each checkpoint.
     *
     * @param agent the agent
     * @param means the arms' success probabilities
     * @param runs the number of independent runs (agents and env slots)
     * @param checkpoints increasing step counts; the last is the run length
     * @param key the root key
     * @return the mean cumulative regret after each checkpoint's number of pulls
     */
    static <S> double[] meanRegret(Agent<S, Integer, Integer> agent, double[] means, int runs, int[] checkpoints,
            Key key) {
        double best = Arrays.stream(means).max().orElseThrow();
        return run(agent, VectorEnv.of(bandit(means), runs), best, means, checkpoints, key);
    }

    private static <S, E> double[] run(Agent<S, Integer, Integer> agent, VectorEnv<E, Integer, Integer> venv,
            double best, double[] means, int[] checkpoints, Key key) {
        int runs = venv.numEnvs();
        double[] out = new double[checkpoints.length];
        Carry<S, E, Integer> carry = Rollout.start(agent, venv, key);
        double total = 0;
        int done = 0;
        for (int c = 0; c < checkpoints.length; c++) {
            while (done < checkpoints[c]) {
                int block = Math.min(2_000, checkpoints[c] - done);
                Rollout.Result<S, E, Integer, Integer> r = Rollout.run(agent, venv, block, carry,
                        new Rollout.Options(false, 1));
                List<List<Integer>> actions = r.trajectory().actions();
                for (List<Integer> step : actions) {
                    for (int i = 0; i < runs; i++) {
                        total += best - means[step.get(i)];
                    }
                }
                carry = r.carry();
                done += block;
            }
            out[c] = total / runs;
        }
        return out;
    }

    /** The share of pulls of the best arm in the trajectory's last steps. */
    static double bestArmShare(Trajectory<Integer, Integer> t, int bestArm, int lastSteps) {
        int count = 0;
        int total = 0;
        for (int s = Math.max(0, t.steps() - lastSteps); s < t.steps(); s++) {
            for (int i = 0; i < t.numEnvs(); i++) {
                count += t.actions().get(s).get(i) == bestArm ? 1 : 0;
                total++;
            }
        }
        return (double) count / total;
    }
}
