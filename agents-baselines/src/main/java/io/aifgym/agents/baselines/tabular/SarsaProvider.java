package io.aifgym.agents.baselines.tabular;

/**
 * The {@code sarsa} agent provider: a {@link TdAgent} with {@link TdMethod#SARSA} on an env
 * with finite observation and action spaces, configured by {@link TabularConfig}.
 */
public final class SarsaProvider extends TdProvider {

    /** A provider, as {@link java.util.ServiceLoader} makes it. */
    public SarsaProvider() {
        super(TdMethod.SARSA,
                "Tabular SARSA, on-policy TD control, with epsilon-greedy or softmax exploration");
    }
}
