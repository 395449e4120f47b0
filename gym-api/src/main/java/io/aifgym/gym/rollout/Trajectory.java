package io.aifgym.gym.rollout;

import io.aifgym.gym.agent.Block;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A columnar record of a rollout over {@code n} slots for {@code steps} steps: index
 * {@code [t][i]} is step t of slot i. Observations are those the agents acted on; the
 * observation after the last step is in the final {@link Carry}.
 *
 * @param observations per step, per slot, the observation acted on
 * @param actions per step, per slot, the action
 * @param rewards per step, per slot
 * @param terminated per step, per slot
 * @param truncated per step, per slot
 * @param diagnostics per diagnostic name, {@code [t][i]} values (NaN where a step lacked it)
 * @param <O> the observation
 * @param <A> the action
 */
public record Trajectory<O, A>(List<List<O>> observations, List<List<A>> actions, double[][] rewards,
        boolean[][] terminated, boolean[][] truncated, Map<String, double[][]> diagnostics) {

    /** Wraps the columns read-only. */
    public Trajectory {
        observations = Collections.unmodifiableList(observations);
        actions = Collections.unmodifiableList(actions);
        diagnostics = Collections.unmodifiableMap(new TreeMap<>(diagnostics));
    }

    /** @return the number of steps */
    public int steps() {
        return rewards.length;
    }

    /** @return the number of slots */
    public int numEnvs() {
        return rewards.length == 0 ? 0 : rewards[0].length;
    }

    /**
     * One slot's part, for offline learning.
     *
     * @param slot the slot
     * @return its block
     */
    public Block<O, A> block(int slot) {
        int t = steps();
        List<O> obs = new ArrayList<>(t);
        List<A> act = new ArrayList<>(t);
        double[] r = new double[t];
        boolean[] term = new boolean[t];
        boolean[] trunc = new boolean[t];
        for (int s = 0; s < t; s++) {
            obs.add(observations.get(s).get(slot));
            act.add(actions.get(s).get(slot));
            r[s] = rewards[s][slot];
            term[s] = terminated[s][slot];
            trunc[s] = truncated[s][slot];
        }
        return new Block<>(obs, act, r, term, trunc);
    }

    /**
     * The episodes that ended during the rollout, in order of their end step then slot.
     * Returns count from the first step of the rollout (or the episode's start if later), so
     * an episode that began in an earlier block is counted from this block's start.
     *
     * @return the completed episodes
     */
    public List<Episode> episodes() {
        int n = numEnvs();
        double[] ret = new double[n];
        int[] len = new int[n];
        List<Episode> out = new ArrayList<>();
        for (int s = 0; s < steps(); s++) {
            for (int i = 0; i < n; i++) {
                ret[i] += rewards[s][i];
                len[i]++;
                if (terminated[s][i] || truncated[s][i]) {
                    out.add(new Episode(i, s, ret[i], len[i], terminated[s][i]));
                    ret[i] = 0;
                    len[i] = 0;
                }
            }
        }
        return out;
    }

    /**
     * A completed episode.
     *
     * @param slot the slot it ran in
     * @param endStep the step at which it ended
     * @param totalReturn the undiscounted return
     * @param length the number of steps
     * @param terminated true if it terminated, false if it was truncated
     */
    public record Episode(int slot, int endStep, double totalReturn, int length, boolean terminated) {
    }
}
