package io.aifgym.agents.baselines.random;

/**
 * The config of the {@code random} agent, which has no options: {@code {}} in a file.
 */
public record RandomConfig() {

    /** The only config. */
    public static final RandomConfig DEFAULT = new RandomConfig();
}
