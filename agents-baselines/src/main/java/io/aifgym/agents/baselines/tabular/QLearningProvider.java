package io.aifgym.agents.baselines.tabular;

/**
 * The {@code q-learning} agent provider: a {@link TdAgent} with {@link TdMethod#Q_LEARNING} on an env
 * with finite observation and action spaces, configured by {@link TabularConfig}.
 */
public final class QLearningProvider extends TdProvider {

    /** A provider, as {@link java.util.ServiceLoader} makes it. */
    public QLearningProvider() {
        super(TdMethod.Q_LEARNING,
                "Tabular Q-learning (Watkins 1989) with epsilon-greedy or softmax exploration");
    }
}
