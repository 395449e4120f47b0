package io.aifgym.agents.aif.control;

import io.aifgym.gym.random.Key;
import java.util.Objects;

/**
 * Action selection from a policy posterior (spec 6, pymdp's {@code sample_policy},
 * {@code sample_action} and {@code get_marginals}).
 *
 * <pre>{@code
 * int[] action = ActionSampler.select(qPi, policies, ActionSelection.stochastic(16), SamplingMode.FULL, key);
 * }</pre>
 *
 * <p>Keys: one key per agent; in {@link SamplingMode#MARGINAL} factor {@code f} draws with
 * {@code key.child(f)} (independent per factor, where pymdp reuses one key for all factors);
 * in a batch, agent {@code i} uses {@code key.child(i)}.
 */
public final class ActionSampler {

    private ActionSampler() {
    }

    /**
     * The marginal probability of each factor's first action: {@code m_f[a] = Σ_{p: policies[p,0,f] = a} q_pi[p]}
     * (pymdp's {@code get_marginals}; not renormalised).
     *
     * @param qPi the policy posterior
     * @param policies the policies
     * @return one vector of {@code numControls[f]} entries per factor
     */
    public static double[][] marginals(double[] qPi, Policies policies) {
        requireLength(qPi, policies);
        int f = policies.numFactors();
        double[][] out = new double[f][];
        for (int k = 0; k < f; k++) {
            out[k] = new double[policies.numControls(k)];
        }
        int[] actions = policies.flatActions();
        int stride = policies.length() * f;
        for (int p = 0; p < qPi.length; p++) {
            for (int k = 0; k < f; k++) {
                out[k][actions[p * stride + k]] += qPi[p];
            }
        }
        return out;
    }

    /**
     * Selects one joint action.
     *
     * @param qPi the policy posterior
     * @param policies the policies
     * @param selection deterministic or stochastic
     * @param mode full (select a policy) or marginal (select per factor)
     * @param key the agent's key (may be null for deterministic selection)
     * @return one action per factor
     */
    public static int[] select(double[] qPi, Policies policies, ActionSelection selection, SamplingMode mode,
            Key key) {
        requireLength(qPi, policies);
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(mode, "mode");
        return switch (mode) {
            case FULL -> policies.actions(selection.choose(qPi, key), 0);
            case MARGINAL -> {
                double[][] marginals = marginals(qPi, policies);
                int[] action = new int[marginals.length];
                for (int f = 0; f < action.length; f++) {
                    action[f] = selection.choose(marginals[f], key == null ? null : key.child(f));
                }
                yield action;
            }
        };
    }

    /**
     * Selects one joint action per agent; agent {@code i} uses {@code key.child(i)}.
     *
     * @param qPi the policy posteriors, one per agent
     * @param policies the policies
     * @param selection deterministic or stochastic
     * @param mode full or marginal
     * @param key the batch key (may be null for deterministic selection)
     * @return one joint action per agent
     */
    public static int[][] selectBatch(double[][] qPi, Policies policies, ActionSelection selection, SamplingMode mode,
            Key key) {
        int[][] out = new int[qPi.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = select(qPi[i], policies, selection, mode, key == null ? null : key.child(i));
        }
        return out;
    }

    private static void requireLength(double[] qPi, Policies policies) {
        if (qPi.length != policies.count()) {
            throw new IllegalArgumentException("qPi: expected one probability per policy (" + policies.count()
                    + "), found " + qPi.length);
        }
    }
}
