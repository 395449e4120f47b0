package io.aifgym.agents.baselines.tabular;

/**
 * The {@code expected-sarsa} agent provider: a {@link TdAgent} with {@link TdMethod#EXPECTED_SARSA} on an env
 * with finite observation and action spaces, configured by {@link TabularConfig}.
 */
public final class ExpectedSarsaProvider extends TdProvider {

    /** A provider, as {@link java.util.ServiceLoader} makes it. */
    public ExpectedSarsaProvider() {
        super(TdMethod.EXPECTED_SARSA,
                "Tabular expected SARSA (van Seijen et al. 2009) with epsilon-greedy or softmax exploration");
    }
}
