package io.aifgym.bench.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * The content of a comparison's {@code checkpoint.json}: the results of every run finished so
 * far, with the resolved config they belong to. Runs are independent and deterministic, so the
 * unfinished ones are simply run again on resume.
 *
 * @param format always {@value io.aifgym.bench.checkpoint.CheckpointFile#FORMAT}
 * @param formatVersion the version of the layout, {@value io.aifgym.bench.checkpoint.CheckpointFile#VERSION}
 * @param aifgymVersion the aifgym version that wrote it
 * @param kind always {@value CompareCheckpoints#KIND}: a comparison's checkpoint
 * @param config the resolved config (out and threads may change on resume)
 * @param checkpointEvery the finished runs between checkpoints
 * @param finished the finished runs, in the order of the runs' list (env, agent, seed)
 */
public record CompareCheckpoint(String format, int formatVersion, String aifgymVersion, String kind, JsonNode config,
        int checkpointEvery, List<FinishedRun> finished) {

    /** Requires every part and copies the list. */
    public CompareCheckpoint {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(config, "config");
        finished = List.copyOf(finished);
    }

    /**
     * One finished run.
     *
     * @param index its place in the list of runs (envs, then agents, then seeds, in config order)
     * @param outcome what it produced
     */
    public record FinishedRun(int index, RunOutcome outcome) {

        /** Requires the outcome. */
        public FinishedRun {
            Objects.requireNonNull(outcome, "outcome");
        }
    }
}
