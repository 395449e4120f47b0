package io.aifgym.agents.aif.control;

import java.util.Arrays;

/**
 * The result of policy inference for one agent: {@code q_pi} and {@code neg_efe} per policy
 * (pymdp's {@code infer_policies} return value).
 *
 * @param qPi the posterior over policies, summing to one
 * @param negEfe the negative expected free energy of each policy (larger is better)
 */
public record PolicyPosterior(double[] qPi, double[] negEfe) {

    /** Copies the arrays and checks their lengths agree. */
    public PolicyPosterior {
        if (qPi.length != negEfe.length) {
            throw new IllegalArgumentException("qPi: expected one entry per policy (" + negEfe.length + "), found "
                    + qPi.length);
        }
        qPi = qPi.clone();
        negEfe = negEfe.clone();
    }

    /** @return a copy of {@code q_pi} */
    @Override
    public double[] qPi() {
        return qPi.clone();
    }

    /** @return a copy of {@code neg_efe} */
    @Override
    public double[] negEfe() {
        return negEfe.clone();
    }

    /**
     * One probability, without copying.
     *
     * @param policy the policy index
     * @return {@code q_pi[policy]}
     */
    public double qPi(int policy) {
        return qPi[policy];
    }

    /**
     * One score, without copying.
     *
     * @param policy the policy index
     * @return {@code neg_efe[policy]}
     */
    public double negEfe(int policy) {
        return negEfe[policy];
    }

    /** @return the number of policies */
    public int size() {
        return qPi.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PolicyPosterior p && Arrays.equals(p.qPi, qPi) && Arrays.equals(p.negEfe, negEfe);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(qPi) + Arrays.hashCode(negEfe);
    }

    @Override
    public String toString() {
        return "PolicyPosterior[qPi=" + Arrays.toString(qPi) + ", negEfe=" + Arrays.toString(negEfe) + "]";
    }
}
