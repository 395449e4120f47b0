package io.aifgym.agents.baselines.bandit;

/**
 * The saved form of {@link ArmStatistics}, for checkpoints.
 *
 * @param pulls per arm, how often it was pulled
 * @param sums per arm, the sum of its rewards
 */
public record SavedArmStatistics(long[] pulls, double[] sums) {

    /**
     * The saved form of some statistics.
     *
     * @param statistics the statistics
     * @return their pulls and sums
     */
    public static SavedArmStatistics of(ArmStatistics statistics) {
        long[] pulls = new long[statistics.arms()];
        double[] sums = new double[statistics.arms()];
        for (int a = 0; a < pulls.length; a++) {
            pulls[a] = statistics.pulls(a);
            sums[a] = statistics.sum(a);
        }
        return new SavedArmStatistics(pulls, sums);
    }

    /**
     * The statistics this form describes, which must have a given number of arms.
     *
     * @param arms the number of arms
     * @return the statistics
     * @throws IllegalArgumentException if the arms differ or a count is negative
     */
    public ArmStatistics statistics(int arms) {
        return ArmStatistics.restored(pulls, sums, arms);
    }
}
