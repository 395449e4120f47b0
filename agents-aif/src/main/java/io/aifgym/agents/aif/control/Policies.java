package io.aifgym.agents.aif.control;

import io.aifgym.gym.tensor.DoubleTensor;
import java.util.Arrays;

/**
 * An immutable set of policies: {@code P} sequences of {@code L} joint actions over {@code F}
 * hidden-state factors, pymdp's {@code (P, L, F)} integer array (spec section 5.1). Entry
 * {@code action(p, t, f)} is the action applied to factor {@code f} at planning step {@code t}
 * under policy {@code p}; uncontrolled factors ({@code numControls[f] == 1}) always take 0.
 *
 * <pre>{@code
 * Policies all = Policies.enumerate(new int[] {4}, 3);   // 64 policies, p = 16 a0 + 4 a1 + a2
 * int firstMove = all.action(17, 0, 0);                   // 1
 * }</pre>
 */
public final class Policies {

    private final int count;
    private final int length;
    private final int numFactors;
    private final int[] numControls;
    /** Row-major {@code (P, L, F)}. */
    private final int[] actions;

    private Policies(int count, int length, int[] numControls, int[] actions) {
        this.count = count;
        this.length = length;
        this.numFactors = numControls.length;
        this.numControls = numControls;
        this.actions = actions;
    }

    /**
     * Every combination of actions, pymdp's {@code construct_policies(num_states, num_controls,
     * policy_len)}: the Cartesian product over the flattened {@code (step, factor)} sequence in
     * lexicographic order, the last factor of the last step fastest, so policy
     * {@code p = Σ_{t,f} u[t,f] Π_{(t',f') after (t,f)} numControls[f']}.
     *
     * @param numControls the number of actions of each factor, each at least 1
     * @param policyLength the planning depth {@code L}, at least 1
     * @return {@code (Π numControls)^L} policies
     * @throws IllegalArgumentException if a size is not positive or the count overflows an int
     */
    public static Policies enumerate(int[] numControls, int policyLength) {
        int[] controls = checkControls(numControls);
        if (policyLength < 1) {
            throw new IllegalArgumentException("policyLength: expected at least 1, found " + policyLength);
        }
        int f = controls.length;
        long perStep = 1;
        for (int u : controls) {
            perStep *= u;
        }
        long total = 1;
        for (int t = 0; t < policyLength; t++) {
            total *= perStep;
            if (total > 50_000_000L) {
                throw new IllegalArgumentException("policies: expected at most 50,000,000 policies, found "
                        + Arrays.toString(controls) + " actions over " + policyLength + " steps");
            }
        }
        int count = (int) total;
        int width = policyLength * f;
        int[] actions = new int[count * width];
        int[] digits = new int[width];
        for (int p = 0; p < count; p++) {
            System.arraycopy(digits, 0, actions, p * width, width);
            for (int k = width - 1; k >= 0; k--) {
                if (++digits[k] < controls[k % f]) {
                    break;
                }
                digits[k] = 0;
            }
        }
        return new Policies(count, policyLength, controls, actions);
    }

    /**
     * The legacy and pymdp form of {@code construct_policies} with optional arguments: when
     * {@code numControls} is null, factor {@code f} gets {@code numStates[f]} actions if it is a
     * control factor and 1 otherwise; the control factors are {@code controlFactors}, or when
     * that is null all factors (with {@code numControls} null) or the factors with more than one
     * action. With {@code numControls} given, {@code controlFactors} changes nothing (as in
     * pymdp, where it is only validated).
     *
     * @param numStates the number of states of each factor
     * @param numControls the number of actions of each factor, or null
     * @param policyLength the planning depth
     * @param controlFactors the controllable factors, or null
     * @return every combination of actions
     * @throws IllegalArgumentException if sizes disagree or a control factor index is out of range
     */
    public static Policies construct(int[] numStates, int[] numControls, int policyLength, int[] controlFactors) {
        int f = numStates.length;
        if (numControls != null) {
            if (numControls.length != f) {
                throw new IllegalArgumentException("numControls: expected one entry per factor (" + f + "), found "
                        + numControls.length);
            }
            return enumerate(numControls, policyLength);
        }
        boolean[] controlled = new boolean[f];
        if (controlFactors == null) {
            Arrays.fill(controlled, true);
        } else {
            for (int c : controlFactors) {
                if (c < 0 || c >= f) {
                    throw new IllegalArgumentException("controlFactors: expected factor indices in [0, " + f
                            + "), found " + c);
                }
                controlled[c] = true;
            }
        }
        int[] controls = new int[f];
        for (int i = 0; i < f; i++) {
            controls[i] = controlled[i] ? numStates[i] : 1;
        }
        return enumerate(controls, policyLength);
    }

    /**
     * User-given policies (pymdp's {@code policies} argument), {@code policies[p][t][f]}.
     *
     * @param policies the actions, {@code (P, L, F)}, at least one policy, rectangular
     * @param numControls the number of actions of each factor; every action must be below it
     * @return the policies
     * @throws IllegalArgumentException if the array is ragged, empty or an action is out of range
     */
    public static Policies of(int[][][] policies, int[] numControls) {
        int[] controls = checkControls(numControls);
        if (policies.length == 0) {
            throw new IllegalArgumentException("policies: expected at least one policy, found none");
        }
        int length = policies[0].length;
        if (length == 0) {
            throw new IllegalArgumentException("policies[0]: expected at least one step, found none");
        }
        int f = controls.length;
        int[] actions = new int[policies.length * length * f];
        int at = 0;
        for (int p = 0; p < policies.length; p++) {
            if (policies[p].length != length) {
                throw new IllegalArgumentException("policies[" + p + "]: expected " + length + " steps, found "
                        + policies[p].length);
            }
            for (int t = 0; t < length; t++) {
                if (policies[p][t].length != f) {
                    throw new IllegalArgumentException("policies[" + p + "][" + t + "]: expected " + f
                            + " actions (one per factor), found " + policies[p][t].length);
                }
                for (int k = 0; k < f; k++) {
                    int u = policies[p][t][k];
                    if (u < 0 || u >= controls[k]) {
                        throw new IllegalArgumentException("policies[" + p + "][" + t + "][" + k
                                + "]: expected an action in [0, " + controls[k] + "), found " + u);
                    }
                    actions[at++] = u;
                }
            }
        }
        return new Policies(policies.length, length, controls, actions);
    }

    /**
     * User-given policies with each factor's number of actions read off as its largest action
     * plus one (pymdp's {@code get_num_controls_from_policies}).
     *
     * @param policies the actions, {@code (P, L, F)}
     * @return the policies
     */
    public static Policies of(int[][][] policies) {
        if (policies.length == 0 || policies[0].length == 0) {
            throw new IllegalArgumentException("policies: expected at least one policy with one step, found none");
        }
        int[] controls = new int[policies[0][0].length];
        for (int[][] policy : policies) {
            for (int[] step : policy) {
                for (int k = 0; k < Math.min(step.length, controls.length); k++) {
                    controls[k] = Math.max(controls[k], step[k] + 1);
                }
            }
        }
        for (int k = 0; k < controls.length; k++) {
            controls[k] = Math.max(controls[k], 1);
        }
        return of(policies, controls);
    }

    private static int[] checkControls(int[] numControls) {
        if (numControls.length == 0) {
            throw new IllegalArgumentException("numControls: expected at least one factor, found none");
        }
        for (int f = 0; f < numControls.length; f++) {
            if (numControls[f] < 1) {
                throw new IllegalArgumentException("numControls[" + f + "]: expected at least 1, found "
                        + numControls[f]);
            }
        }
        return numControls.clone();
    }

    /** @return the number of policies {@code P} */
    public int count() {
        return count;
    }

    /** @return the policy length {@code L} (planning depth) */
    public int length() {
        return length;
    }

    /** @return the number of hidden-state factors {@code F} */
    public int numFactors() {
        return numFactors;
    }

    /** @return a copy of the number of actions of each factor */
    public int[] numControls() {
        return numControls.clone();
    }

    /**
     * The number of actions of one factor.
     *
     * @param factor the factor
     * @return its number of actions
     */
    public int numControls(int factor) {
        return numControls[factor];
    }

    /**
     * One action.
     *
     * @param policy the policy index
     * @param step the planning step
     * @param factor the factor
     * @return the action
     */
    public int action(int policy, int step, int factor) {
        return actions[(policy * length + step) * numFactors + factor];
    }

    /**
     * The joint action of one policy at one step.
     *
     * @param policy the policy index
     * @param step the planning step
     * @return one action per factor (a copy)
     */
    public int[] actions(int policy, int step) {
        int from = (policy * length + step) * numFactors;
        return Arrays.copyOfRange(actions, from, from + numFactors);
    }

    /**
     * One policy as a {@code (L, F)} array.
     *
     * @param policy the policy index
     * @return its actions (a copy)
     */
    public int[][] policy(int policy) {
        int[][] out = new int[length][];
        for (int t = 0; t < length; t++) {
            out[t] = actions(policy, t);
        }
        return out;
    }

    /** @return all policies as a {@code (P, L, F)} array (a copy) */
    public int[][][] toArray() {
        int[][][] out = new int[count][][];
        for (int p = 0; p < count; p++) {
            out[p] = policy(p);
        }
        return out;
    }

    /** @return the policies as a {@code (P, L, F)} tensor of doubles, for golden outputs */
    public DoubleTensor toTensor() {
        double[] data = new double[actions.length];
        for (int i = 0; i < data.length; i++) {
            data[i] = actions[i];
        }
        return DoubleTensor.wrap(data, count, length, numFactors);
    }

    /** Row-major {@code (P, L, F)} actions, shared with the engine (never written). */
    int[] flatActions() {
        return actions;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Policies p && p.count == count && p.length == length
                && Arrays.equals(p.numControls, numControls) && Arrays.equals(p.actions, actions);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(numControls) + Arrays.hashCode(actions);
    }

    @Override
    public String toString() {
        return "Policies[" + count + " x " + length + " steps, numControls=" + Arrays.toString(numControls) + "]";
    }
}
