package io.aifgym.agents.baselines.bandit;

import java.util.Arrays;
import java.util.Objects;

/**
 * The state of an {@link EpsilonGreedyBanditAgent}: the pulls, the value estimates and the
 * number of episodes ended (for an episode-clocked schedule).
 */
public final class EpsilonGreedyState {

    private final ArmStatistics statistics;
    private final double[] estimates;
    private final long episodes;

    /**
     * A state.
     *
     * @param statistics the pulls and reward sums
     * @param estimates one estimate per arm; copied
     * @param episodes the episodes ended, non-negative
     */
    public EpsilonGreedyState(ArmStatistics statistics, double[] estimates, long episodes) {
        this.statistics = Objects.requireNonNull(statistics, "statistics");
        if (estimates.length != statistics.arms()) {
            throw new IllegalArgumentException("estimates: expected " + statistics.arms() + " values, found "
                    + estimates.length);
        }
        if (episodes < 0) {
            throw new IllegalArgumentException("episodes: expected a non-negative count, found " + episodes);
        }
        this.estimates = estimates.clone();
        this.episodes = episodes;
    }

    /** @return the pulls and reward sums */
    public ArmStatistics statistics() {
        return statistics;
    }

    /** @return a copy of the estimates */
    public double[] estimates() {
        return estimates.clone();
    }

    /** The estimates without a copy, for the agent; never written. */
    double[] estimatesView() {
        return estimates;
    }

    /** @return the episodes ended */
    public long episodes() {
        return episodes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EpsilonGreedyState s && s.episodes == episodes && s.statistics.equals(statistics)
                && Arrays.equals(s.estimates, estimates);
    }

    @Override
    public int hashCode() {
        return 31 * statistics.hashCode() + Arrays.hashCode(estimates);
    }

    @Override
    public String toString() {
        return "EpsilonGreedyState[estimates " + Arrays.toString(estimates) + ", " + statistics + "]";
    }
}
