package io.aifgym.agents.baselines.planning;

import io.aifgym.gym.model.TabularModel;
import java.util.Objects;

/**
 * Exact evaluation of a deterministic policy on a {@link TabularModel}: its expected
 * (discounted) return from every state, without a step limit (iterating the policy's Bellman
 * operator to a fixed point) or within a step limit (backward induction over the steps left;
 * a non-stationary {@link Plan} acts on the steps left). On FrozenLake, whose only reward is 1
 * on reaching the goal, the undiscounted expected return is the probability of reaching it.
 *
 * <pre>{@code
 * double[] v = PolicyEvaluation.withinSteps(model, plan, 1.0, 100);
 * double success = PolicyEvaluation.fromInitial(model, v);   // about 0.744 on slippery 4x4
 * }</pre>
 */
public final class PolicyEvaluation {

    private PolicyEvaluation() {
    }

    /**
     * The values of a stationary policy without a step limit.
     *
     * @param model the model
     * @param policy one action per state
     * @param discount gamma in {@code [0, 1]}
     * @param tolerance the stopping threshold on the largest change, positive
     * @param maxIterations the most sweeps, positive
     * @return V per state
     * @throws IllegalStateException if the values did not settle within {@code maxIterations}
     */
    public static double[] unlimited(TabularModel model, int[] policy, double discount, double tolerance,
            int maxIterations) {
        ValueIteration.CompiledModel m = compile(model, policy, discount);
        int[] p = policy.clone();
        double[] v = new double[m.numStates];
        double[] next = new double[m.numStates];
        for (int sweep = 0; sweep < maxIterations; sweep++) {
            m.policyBackup(s -> p[s], v, discount, next);
            double residual = 0;
            for (int s = 0; s < v.length; s++) {
                residual = Math.max(residual, Math.abs(next[s] - v[s]));
            }
            System.arraycopy(next, 0, v, 0, v.length);
            if (residual < tolerance) {
                return v;
            }
        }
        throw new IllegalStateException("policy evaluation: values did not settle within " + maxIterations
                + " sweeps to tolerance " + tolerance);
    }

    /**
     * The values of a stationary policy within a step limit: the expected return of at most
     * {@code steps} steps from each state.
     *
     * @param model the model
     * @param policy one action per state
     * @param discount gamma in {@code [0, 1]}
     * @param steps the step limit, non-negative
     * @return V per state
     */
    public static double[] withinSteps(TabularModel model, int[] policy, double discount, int steps) {
        ValueIteration.CompiledModel m = compile(model, policy, discount);
        int[] p = policy.clone();
        return backward(m, steps, discount, (s, left) -> p[s]);
    }

    /**
     * The values of a plan within a step limit: with k steps left, state s takes
     * {@code plan.action(s, k)}.
     *
     * @param model the model
     * @param plan the plan
     * @param discount gamma in {@code [0, 1]}
     * @param steps the step limit, non-negative
     * @return V per state
     */
    public static double[] withinSteps(TabularModel model, Plan plan, double discount, int steps) {
        ValueIteration.CompiledModel m = compile(model, plan.policy(), discount);
        return backward(m, steps, discount, plan::action);
    }

    /**
     * The expected value under the model's initial-state distribution.
     *
     * @param model the model
     * @param values V per state
     * @return {@code sum_s initial(s) V(s)}
     */
    public static double fromInitial(TabularModel model, double[] values) {
        double[] initial = model.initial();
        if (values.length != initial.length) {
            throw new IllegalArgumentException("values: expected " + initial.length + " states, found "
                    + values.length);
        }
        double total = 0;
        for (int s = 0; s < initial.length; s++) {
            total += initial[s] * values[s];
        }
        return total;
    }

    /** The action of a state with some steps left. */
    private interface StepPolicy {
        int action(int state, int stepsLeft);
    }

    private static double[] backward(ValueIteration.CompiledModel m, int steps, double discount, StepPolicy policy) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps: expected a non-negative limit, found " + steps);
        }
        double[] v = new double[m.numStates];
        double[] next = new double[m.numStates];
        for (int left = 1; left <= steps; left++) {
            int k = left;
            m.policyBackup(s -> policy.action(s, k), v, discount, next);
            System.arraycopy(next, 0, v, 0, v.length);
        }
        return v;
    }

    private static ValueIteration.CompiledModel compile(TabularModel model, int[] policy, double discount) {
        Objects.requireNonNull(model, "model");
        if (policy.length != model.numStates()) {
            throw new IllegalArgumentException("policy: expected one action for each of " + model.numStates()
                    + " states, found " + policy.length);
        }
        for (int s = 0; s < policy.length; s++) {
            if (policy[s] < 0 || policy[s] >= model.numActions()) {
                throw new IllegalArgumentException("policy[" + s + "]: expected an action in [0, "
                        + model.numActions() + "), found " + policy[s]);
            }
        }
        if (!(discount >= 0 && discount <= 1)) {
            throw new IllegalArgumentException("discount: expected a value in [0, 1], found " + discount);
        }
        return ValueIteration.CompiledModel.of(model);
    }
}
