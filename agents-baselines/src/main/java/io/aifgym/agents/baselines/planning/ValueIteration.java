package io.aifgym.agents.baselines.planning;

import io.aifgym.gym.model.TabularModel;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.IntUnaryOperator;

/**
 * Value iteration on a {@link TabularModel}, with the Bellman backup
 * {@code Q(s,a) = sum_o p_o (r_o + gamma * (terminated_o ? 0 : V(s'_o)))}.
 *
 * <p>The plan is optimal for {@code discount} (1 for the undiscounted return that comparisons
 * report), and among the optimal actions it prefers those with the largest value under
 * {@code tieBreakDiscount < 1}: earlier rewards, such as shorter paths to a goal. Without that
 * second criterion an undiscounted plan could wander, or loop forever through states of equal
 * value. Actions count as optimal when their value is within {@code 1e-9 * max(1, |V(s)|)}
 * (plus 1000 times the last sweep's change, for an iterated plan) of the best; remaining ties
 * go to the lowest action index, so round-off never decides a choice.
 *
 * <ul>
 *   <li>{@link #solve}: a stationary plan for an unlimited horizon: synchronous sweeps from
 *       {@code V = 0} until the largest change is below the tolerance, then the same for the
 *       tie-break values over the optimal actions only.</li>
 *   <li>{@link #solveFinite}: a non-stationary plan for a step limit by backward induction
 *       over the steps left, the tie-break values following the chosen actions.</li>
 * </ul>
 */
public final class ValueIteration {

    private static final double TIE_TOLERANCE = 1e-9;
    private static final double RESIDUAL_SLACK = 1000;

    private ValueIteration() {
    }

    /**
     * A stationary plan for an unlimited horizon.
     *
     * @param model the model
     * @param discount gamma of the objective, in {@code [0, 1]}
     * @param tieBreakDiscount gamma of the tie-break values, in {@code [0, 1)}
     * @param tolerance the stopping threshold on the largest value change, positive
     * @param maxIterations the most sweeps of each of the two iterations, positive
     * @return the plan (check {@link Plan#converged()})
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static Plan solve(TabularModel model, double discount, double tieBreakDiscount, double tolerance,
            int maxIterations) {
        Objects.requireNonNull(model, "model");
        checkDiscounts(discount, tieBreakDiscount);
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("tolerance: expected a positive number, found " + tolerance);
        }
        if (maxIterations <= 0) {
            throw new IllegalArgumentException("maxIterations: expected a positive number, found " + maxIterations);
        }
        CompiledModel m = CompiledModel.of(model);
        int n = m.numStates;
        int k = m.numActions;
        boolean[] all = new boolean[n * k];
        Arrays.fill(all, true);
        Sweeps primary = m.iterate(all, discount, tolerance, maxIterations);
        double[] q = new double[n * k];
        m.backup(primary.values, discount, q);
        boolean[] optimal = new boolean[n * k];
        for (int s = 0; s < n; s++) {
            double best = max(q, s * k, k, all);
            double slack = TIE_TOLERANCE * Math.max(1, Math.abs(best)) + RESIDUAL_SLACK * primary.residual;
            for (int a = 0; a < k; a++) {
                optimal[s * k + a] = q[s * k + a] >= best - slack;
            }
        }
        Sweeps secondary = m.iterate(optimal, tieBreakDiscount, tolerance, maxIterations);
        double[] q2 = new double[n * k];
        m.backup(secondary.values, tieBreakDiscount, q2);
        int[] policy = new int[n];
        for (int s = 0; s < n; s++) {
            policy[s] = choose(q2, s * k, k, optimal, s * k);
        }
        return Plan.stationary(primary.values, policy, primary.iterations + secondary.iterations,
                primary.converged ? secondary.residual : primary.residual, primary.converged && secondary.converged);
    }

    /**
     * A non-stationary plan for a step limit: the action of each state with k steps left,
     * for k = 1..horizon.
     *
     * @param model the model
     * @param horizon the step limit, positive
     * @param discount gamma of the objective, in {@code [0, 1]}
     * @param tieBreakDiscount gamma of the tie-break values, in {@code [0, 1)}
     * @return the plan
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static Plan solveFinite(TabularModel model, int horizon, double discount, double tieBreakDiscount) {
        Objects.requireNonNull(model, "model");
        checkDiscounts(discount, tieBreakDiscount);
        if (horizon <= 0) {
            throw new IllegalArgumentException("horizon: expected a positive number of steps, found " + horizon);
        }
        CompiledModel m = CompiledModel.of(model);
        int n = m.numStates;
        int k = m.numActions;
        boolean[] optimal = new boolean[k];
        double[] v1 = new double[n];
        double[] v2 = new double[n];
        double[] q1 = new double[n * k];
        double[] q2 = new double[n * k];
        double[] values = new double[horizon * n];
        int[] policy = new int[horizon * n];
        for (int stage = 0; stage < horizon; stage++) {
            m.backup(v1, discount, q1);
            m.backup(v2, tieBreakDiscount, q2);
            for (int s = 0; s < n; s++) {
                double best = Double.NEGATIVE_INFINITY;
                for (int a = 0; a < k; a++) {
                    best = Math.max(best, q1[s * k + a]);
                }
                double slack = TIE_TOLERANCE * Math.max(1, Math.abs(best));
                for (int a = 0; a < k; a++) {
                    optimal[a] = q1[s * k + a] >= best - slack;
                }
                int a = choose(q2, s * k, k, optimal, 0);
                policy[stage * n + s] = a;
                values[stage * n + s] = q1[s * k + a];
            }
            for (int s = 0; s < n; s++) {
                int a = policy[stage * n + s];
                v1[s] = q1[s * k + a];
                v2[s] = q2[s * k + a];
            }
        }
        return Plan.finite(n, values, policy);
    }

    private static void checkDiscounts(double discount, double tieBreakDiscount) {
        if (!(discount >= 0 && discount <= 1)) {
            throw new IllegalArgumentException("discount: expected a value in [0, 1], found " + discount);
        }
        if (!(tieBreakDiscount >= 0 && tieBreakDiscount < 1)) {
            throw new IllegalArgumentException("tieBreakDiscount: expected a value in [0, 1), found "
                    + tieBreakDiscount);
        }
    }

    private static double max(double[] q, int offset, int k, boolean[] allowed) {
        double best = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < k; a++) {
            if (allowed[offset + a]) {
                best = Math.max(best, q[offset + a]);
            }
        }
        return best;
    }

    /**
     * The lowest allowed action whose value {@code q[offset + a]} is within the tie tolerance
     * of the best allowed value; action a is allowed if {@code allowed[allowedOffset + a]}.
     */
    private static int choose(double[] q, int offset, int k, boolean[] allowed, int allowedOffset) {
        double best = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < k; a++) {
            if (allowed[allowedOffset + a]) {
                best = Math.max(best, q[offset + a]);
            }
        }
        double slack = TIE_TOLERANCE * Math.max(1, Math.abs(best));
        for (int a = 0; a < k; a++) {
            if (allowed[allowedOffset + a] && q[offset + a] >= best - slack) {
                return a;
            }
        }
        throw new IllegalStateException("value iteration: no allowed action in a state with " + k + " actions");
    }

    /** Values after sweeps of the optimality operator restricted to allowed actions. */
    private record Sweeps(double[] values, int iterations, double residual, boolean converged) {
    }

    /**
     * A {@link TabularModel} flattened into arrays: for each state-action pair a run of
     * outcomes (probability, next state, reward, terminated) in
     * {@code [start[s*k + a], start[s*k + a + 1])}.
     */
    static final class CompiledModel {
        final int numStates;
        final int numActions;
        final int[] start;
        final double[] probability;
        final int[] next;
        final double[] reward;
        final boolean[] terminated;

        private CompiledModel(int numStates, int numActions, int[] start, double[] probability, int[] next,
                double[] reward, boolean[] terminated) {
            this.numStates = numStates;
            this.numActions = numActions;
            this.start = start;
            this.probability = probability;
            this.next = next;
            this.reward = reward;
            this.terminated = terminated;
        }

        static CompiledModel of(TabularModel model) {
            int n = model.numStates();
            int k = model.numActions();
            int total = 0;
            for (int s = 0; s < n; s++) {
                for (int a = 0; a < k; a++) {
                    total += model.outcomes(s, a).size();
                }
            }
            int[] start = new int[n * k + 1];
            double[] p = new double[total];
            int[] nx = new int[total];
            double[] r = new double[total];
            boolean[] t = new boolean[total];
            int i = 0;
            for (int s = 0; s < n; s++) {
                for (int a = 0; a < k; a++) {
                    start[s * k + a] = i;
                    List<TabularModel.Outcome> outcomes = model.outcomes(s, a);
                    for (TabularModel.Outcome o : outcomes) {
                        p[i] = o.probability();
                        nx[i] = o.next();
                        r[i] = o.reward();
                        t[i] = o.terminated();
                        i++;
                    }
                }
            }
            start[n * k] = i;
            return new CompiledModel(n, k, start, p, nx, r, t);
        }

        /** The Q-value of one state-action pair under values v. */
        double backup(int sa, double[] v, double discount) {
            double total = 0;
            for (int i = start[sa]; i < start[sa + 1]; i++) {
                total += probability[i] * (reward[i] + (terminated[i] ? 0 : discount * v[next[i]]));
            }
            return total;
        }

        /** {@code q[s*k + a]} for every pair under values v. */
        void backup(double[] v, double discount, double[] q) {
            for (int sa = 0; sa < numStates * numActions; sa++) {
                q[sa] = backup(sa, v, discount);
            }
        }

        /** Synchronous sweeps of {@code V(s) = max over allowed a of Q(s,a)} from V = 0. */
        Sweeps iterate(boolean[] allowed, double discount, double tolerance, int maxIterations) {
            double[] v = new double[numStates];
            double[] nextValues = new double[numStates];
            double residual = Double.POSITIVE_INFINITY;
            int sweep = 0;
            while (sweep < maxIterations && !(residual < tolerance)) {
                residual = 0;
                for (int s = 0; s < numStates; s++) {
                    double best = Double.NEGATIVE_INFINITY;
                    for (int a = 0; a < numActions; a++) {
                        if (allowed[s * numActions + a]) {
                            best = Math.max(best, backup(s * numActions + a, v, discount));
                        }
                    }
                    nextValues[s] = best;
                    residual = Math.max(residual, Math.abs(best - v[s]));
                }
                double[] swap = v;
                v = nextValues;
                nextValues = swap;
                sweep++;
            }
            return new Sweeps(v, sweep, residual, residual < tolerance);
        }

        /** One step of a policy's backup: {@code out[s]} for the action {@code action(s)}. */
        void policyBackup(IntUnaryOperator action, double[] v, double discount, double[] out) {
            for (int s = 0; s < numStates; s++) {
                out[s] = backup(s * numActions + action.applyAsInt(s), v, discount);
            }
        }
    }
}
