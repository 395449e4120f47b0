package io.aifgym.bench.compare;

import com.fasterxml.jackson.databind.JsonNode;
import io.aifgym.bench.checkpoint.CheckpointException;
import io.aifgym.bench.checkpoint.CheckpointFile;
import io.aifgym.bench.config.ConfigMappers;
import io.aifgym.bench.results.AifgymVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The checkpoints of a comparison in its output folder: after every {@code every} finished runs
 * the results of all finished runs are written atomically ({@link CheckpointFile#write}), read
 * back with the shared format and version checks ({@link CheckpointFile#checkedTree}), and
 * refused when their config differs from the comparison's ({@link CheckpointFile#configDifferences},
 * out and threads excepted). On Ctrl-C, {@link #stopNow} writes the runs finished so far at once
 * and stops the comparison; the runs in flight are dropped and run again on resume.
 */
public final class CompareCheckpoints {

    /** The value of a comparison checkpoint's {@code kind} field. */
    public static final String KIND = "compare";

    private final Path folder;
    private final JsonNode config;
    private final int every;
    private final int stopAfter;
    private int finishedNow;
    private int written;
    private List<CompareCheckpoint.FinishedRun> finished = List.of();
    private int finishedOnDisk = -1;
    private boolean stopRequested;
    private boolean closed;

    /**
     * A checkpoint writer.
     *
     * @param folder the comparison's output folder
     * @param config the resolved config
     * @param every the finished runs between checkpoints, positive
     */
    public CompareCheckpoints(Path folder, CompareConfig config, int every) {
        this(folder, config, every, 0);
    }

    /**
     * A checkpoint writer that stops the comparison after its {@code stopAfter}-th checkpoint (a
     * test's stand-in for a killed run).
     *
     * @param folder the comparison's output folder
     * @param config the resolved config
     * @param every the finished runs between checkpoints, positive
     * @param stopAfter the checkpoints after which the comparison stops, or 0 to never stop
     */
    CompareCheckpoints(Path folder, CompareConfig config, int every, int stopAfter) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.config = configTree(config);
        if (every <= 0) {
            throw new IllegalArgumentException("--checkpoint-every: expected a positive number of runs, found "
                    + every);
        }
        this.every = every;
        this.stopAfter = stopAfter;
    }

    /** @return the finished runs between checkpoints */
    public int every() {
        return every;
    }

    static JsonNode configTree(CompareConfig config) {
        return ConfigMappers.json().valueToTree(config);
    }

    /**
     * Called, one call at a time, after each run this invocation finished but the last of the
     * comparison: writes a checkpoint of every finished run when this invocation has finished a
     * multiple of {@code every} runs.
     *
     * @param outcomes every run's outcome, null where it has not finished
     * @return whether the comparison goes on
     */
    synchronized boolean afterRun(RunOutcome[] outcomes) {
        if (stopRequested) {
            return false;
        }
        finishedNow++;
        List<CompareCheckpoint.FinishedRun> now = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i] != null) {
                now.add(new CompareCheckpoint.FinishedRun(i, outcomes[i]));
            }
        }
        finished = List.copyOf(now);
        if (finishedNow % every != 0) {
            return true;
        }
        write();
        written++;
        return stopAfter == 0 || written < stopAfter;
    }

    /**
     * Stops the comparison now (Ctrl-C): writes a checkpoint of the runs finished so far, unless
     * the last checkpoint already holds them all, and makes the comparison stop at the end of
     * the runs in flight, which are dropped. Does nothing once {@link #close} was called.
     *
     * @return the finished runs the checkpoint holds, or -1 if the comparison had already ended
     */
    public synchronized int stopNow() {
        if (closed) {
            return -1;
        }
        stopRequested = true;
        if (finished.size() != finishedOnDisk) {
            write();
        }
        return finishedOnDisk;
    }

    /** Marks the comparison as ended (its results follow): a later {@link #stopNow} writes nothing. */
    public synchronized void close() {
        closed = true;
    }

    private void write() {
        CheckpointFile.write(folder, CheckpointFile.bytes(new CompareCheckpoint(CheckpointFile.FORMAT,
                CheckpointFile.VERSION, AifgymVersion.get(), KIND, config, every, finished)));
        finishedOnDisk = finished.size();
    }

    /**
     * Reads the comparison checkpoint of a folder and checks that it belongs to this config.
     *
     * @param folder the folder given to {@code --resume}
     * @param config the comparison's resolved config
     * @return the checkpoint
     * @throws CheckpointException if there is none, it cannot be read, it is of another format
     *     version, of another command, or of another config
     */
    public static CompareCheckpoint read(Path folder, CompareConfig config) {
        CompareCheckpoint checkpoint = CheckpointFile.readKind(folder, KIND, CompareCheckpoint.class);
        CheckpointFile.requireSameConfig(CheckpointFile.in(folder),
                CheckpointFile.configDifferences(checkpoint.config(), configTree(config)), "this config",
                "another config");
        return checkpoint;
    }

    /**
     * Puts a checkpoint's finished runs in their places.
     *
     * @param checkpoint a checkpoint of this config ({@link #read})
     * @param runs each run's description as "env x agent, seed S", in order
     * @param outcomes filled with the finished runs' outcomes
     * @throws CheckpointException if a finished run does not fit the comparison
     */
    void restore(CompareCheckpoint checkpoint, List<String> runs, RunOutcome[] outcomes) {
        for (CompareCheckpoint.FinishedRun f : checkpoint.finished()) {
            RunOutcome o = f.outcome();
            String found = describe(o.env(), o.agent(), o.seed());
            if (f.index() < 0 || f.index() >= runs.size() || !runs.get(f.index()).equals(found)) {
                throw new CheckpointException(CheckpointFile.in(folder) + ": expected a checkpoint that fits the "
                        + "comparison, found run " + f.index() + " = " + found + (f.index() >= 0
                        && f.index() < runs.size() ? " where the comparison has " + runs.get(f.index())
                        : " of " + runs.size() + " runs"));
            }
            outcomes[f.index()] = o;
        }
        synchronized (this) {
            finished = List.copyOf(checkpoint.finished());
            finishedOnDisk = finished.size();
        }
    }

    static String describe(String env, String agent, long seed) {
        return env + " x " + agent + ", seed " + seed;
    }
}
