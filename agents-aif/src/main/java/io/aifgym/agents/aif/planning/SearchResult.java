package io.aifgym.agents.aif.planning;

import io.aifgym.agents.aif.control.PolicyPosterior;
import io.aifgym.agents.aif.control.Policies;
import io.aifgym.agents.aif.maths.Maths;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link PolicySearch} found.
 *
 * <ul>
 *   <li>{@link #q()} over {@link #candidates()}: the enumerated policies for
 *       {@link PolicySearch.Enumerate}, the joint first actions (policies of length 1) for
 *       {@link PolicySearch.Sophisticated} and {@link PolicySearch.Mcts}; it sums to one, so
 *       {@code ActionSampler.select(q, candidates, ...)} chooses an action for every search;</li>
 *   <li>{@link #scores()}: per candidate, enumerate: its {@code neg_efe}; SI: the root's
 *       backed-up {@code G} ({@code -prunePenalty} where no slot was formed); MCTS: the root's
 *       completed Q-values before rescaling;</li>
 *   <li>{@link #plan()}: the action sequence the search expects to take, starting with the most
 *       probable candidate's first action (enumerate: that policy; SI: down the tree along the
 *       most probable outcome and action; MCTS: along the most visited children), and
 *       {@link #planBeliefs()}: the beliefs it expects after each of those actions;</li>
 *   <li>{@link #stats()}: time-free counters, including whether a budget cut the search;</li>
 *   <li>{@link #tree()}: the SI tree to continue from, when there is one.</li>
 * </ul>
 *
 * @param kind the search that produced it
 * @param q the distribution over the candidates
 * @param candidates the policies {@code q} is over
 * @param scores one score per candidate
 * @param plan the expected actions, {@code [t][f]}, at least one step
 * @param planBeliefs the expected beliefs after each planned action, {@code [t][f][s]}
 * @param stats the counters
 * @param tree the SI tree, or null
 */
public record SearchResult(PolicySearch.Kind kind, double[] q, Policies candidates, double[] scores, int[][] plan,
        double[][][] planBeliefs, SearchStats stats, SearchTree tree) {

    /** Checks the lengths and copies the arrays. */
    public SearchResult {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(candidates, "candidates");
        Objects.requireNonNull(stats, "stats");
        if (q.length != candidates.count() || scores.length != candidates.count()) {
            throw new IllegalArgumentException("q: expected one entry per candidate (" + candidates.count()
                    + "), found " + q.length + " probabilities and " + scores.length + " scores");
        }
        if (plan.length == 0 || plan.length != planBeliefs.length) {
            throw new IllegalArgumentException("plan: expected at least one step and one belief set per step, found "
                    + plan.length + " steps and " + planBeliefs.length + " belief sets");
        }
        q = q.clone();
        scores = scores.clone();
        plan = deepCopy(plan);
        planBeliefs = deepCopy(planBeliefs);
    }

    /** @return a copy of {@code q} */
    @Override
    public double[] q() {
        return q.clone();
    }

    /** @return a copy of the scores */
    @Override
    public double[] scores() {
        return scores.clone();
    }

    /** @return a copy of the plan */
    @Override
    public int[][] plan() {
        return deepCopy(plan);
    }

    /** @return a copy of the beliefs expected along the plan */
    @Override
    public double[][][] planBeliefs() {
        return deepCopy(planBeliefs);
    }

    /** @return the SI tree to continue from, if any */
    public Optional<SearchTree> searchTree() {
        return Optional.ofNullable(tree);
    }

    /** @return {@code q} and the scores as a policy posterior ({@code neg_efe} = scores) */
    public PolicyPosterior posterior() {
        return new PolicyPosterior(q, scores);
    }

    /**
     * The diagnostics of a decision: the largest score ({@code neg_efe_max}), the largest
     * probability and the entropy of {@code q}, the planned length, then {@link SearchStats#diagnostics()}.
     *
     * @return the map, in a fixed order
     */
    public Map<String, Double> diagnostics() {
        Map<String, Double> out = new LinkedHashMap<>();
        double best = Double.NEGATIVE_INFINITY;
        double qMax = 0.0;
        for (int i = 0; i < q.length; i++) {
            best = Math.max(best, scores[i]);
            qMax = Math.max(qMax, q[i]);
        }
        out.put("neg_efe_max", best);
        out.put("q_pi_max", qMax);
        out.put("q_pi_entropy", Maths.entropy(q));
        out.put("plan_length", (double) plan.length);
        out.putAll(stats.diagnostics());
        return out;
    }

    static int[][] deepCopy(int[][] x) {
        int[][] out = new int[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i].clone();
        }
        return out;
    }

    static double[][][] deepCopy(double[][][] x) {
        double[][][] out = new double[x.length][][];
        for (int i = 0; i < x.length; i++) {
            out[i] = SearchInput.copy(x[i]);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SearchResult r && kind == r.kind && Arrays.equals(q, r.q)
                && candidates.equals(r.candidates) && Arrays.equals(scores, r.scores)
                && Arrays.deepEquals(plan, r.plan) && Arrays.deepEquals(planBeliefs, r.planBeliefs)
                && stats.equals(r.stats);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, Arrays.hashCode(q), candidates, Arrays.hashCode(scores), Arrays.deepHashCode(plan),
                stats);
    }

    @Override
    public String toString() {
        return "SearchResult[" + kind.id() + ", q=" + Arrays.toString(q) + ", plan=" + Arrays.deepToString(plan)
                + ", " + stats + "]";
    }
}
