package io.aifgym.bench.cli;

import io.aifgym.bench.checkpoint.CheckpointFile;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The checks of {@code --checkpoint-every}, {@code --resume} and {@code --out} that every
 * checkpointed command ({@code run}, {@code compare}, {@code learning-gridworld}) makes the
 * same way, each failing with one {@link BadInputException}.
 */
public final class CheckpointOptions {

    private CheckpointOptions() {
    }

    /**
     * Checks the options before anything is read: a positive {@code --checkpoint-every}, and no
     * {@code --out} other than {@code --resume}'s folder.
     *
     * @param every {@code --checkpoint-every}, or null
     * @param unit what it counts, plural ("blocks", "runs")
     * @param resume {@code --resume}, or null
     * @param out {@code --out}, or null
     * @throws BadInputException if an option is bad
     */
    public static void check(Integer every, String unit, Path resume, Path out) {
        if (every != null && every <= 0) {
            throw new BadInputException("--checkpoint-every: expected a positive number of " + unit + ", found "
                    + every);
        }
        if (resume != null && out != null && !resume.toAbsolutePath().normalize().equals(out.toAbsolutePath()
                .normalize())) {
            throw new BadInputException("--out: expected no other output folder than --resume's (" + resume
                    + "), found " + out);
        }
    }

    /**
     * Refuses to start afresh in a folder that holds the checkpoint of an unfinished command,
     * which the fresh one would overwrite.
     *
     * @param folder the output folder
     * @param what what left it ("comparison", "study")
     * @throws BadInputException if the folder holds a checkpoint
     */
    public static void refuseUnfinished(Path folder, String what) {
        if (Files.exists(CheckpointFile.in(folder))) {
            throw new BadInputException("--out: expected a folder without the checkpoint of an unfinished " + what
                    + ", found " + CheckpointFile.in(folder) + " (resume it with --resume " + folder
                    + ", or delete it)");
        }
    }
}
