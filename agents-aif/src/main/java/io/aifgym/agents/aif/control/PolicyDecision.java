package io.aifgym.agents.aif.control;

import java.util.Arrays;
import java.util.Objects;

/**
 * Policy inference and action selection of one agent step: the posterior over policies and
 * the joint action chosen from it.
 *
 * @param posterior {@code q_pi} and {@code neg_efe}
 * @param action one action per factor
 */
public record PolicyDecision(PolicyPosterior posterior, int[] action) {

    /** Copies the action. */
    public PolicyDecision {
        Objects.requireNonNull(posterior, "posterior");
        action = action.clone();
    }

    /** @return a copy of the action */
    @Override
    public int[] action() {
        return action.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PolicyDecision d && d.posterior.equals(posterior)
                && Arrays.equals(d.action, action);
    }

    @Override
    public int hashCode() {
        return 31 * posterior.hashCode() + Arrays.hashCode(action);
    }

    @Override
    public String toString() {
        return "PolicyDecision[action=" + Arrays.toString(action) + ", " + posterior + "]";
    }
}
