package io.aifgym.agents.aif.control;

/** What action selection picks from the policy posterior (spec section 6). */
public enum SamplingMode {
    /** pymdp 1.0's default: pick a policy and emit its first joint action. */
    FULL,
    /** Pick each factor's action from the marginal of first actions under {@code q_pi} (the legacy default). */
    MARGINAL
}
