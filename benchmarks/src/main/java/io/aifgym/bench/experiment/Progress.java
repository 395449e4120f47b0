package io.aifgym.bench.experiment;

/**
 * Where a run reports how far it is, after every rollout block: steps per env copy for a
 * run of steps, completed episodes for a run of episodes.
 */
@FunctionalInterface
public interface Progress {

    /**
     * Reports progress.
     *
     * @param done the work done so far
     * @param total the work of the whole run
     */
    void update(long done, long total);

    /**
     * Progress that goes nowhere.
     *
     * @return a listener that ignores updates
     */
    static Progress none() {
        return (done, total) -> { };
    }
}
