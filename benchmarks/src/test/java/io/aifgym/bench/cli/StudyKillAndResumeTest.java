package io.aifgym.bench.cli;

import static io.aifgym.bench.fixtures.AifgymProcess.assertOnlyCheckpointLeft;
import static io.aifgym.bench.fixtures.AifgymProcess.awaitProgress;
import static io.aifgym.bench.fixtures.AifgymProcess.end;
import static io.aifgym.bench.fixtures.AifgymProcess.field;
import static io.aifgym.bench.fixtures.AifgymProcess.killAfter;
import static io.aifgym.bench.fixtures.AifgymProcess.progressOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.bench.checkpoint.CheckpointFile;
import io.aifgym.bench.fixtures.AifgymProcess;
import io.aifgym.bench.study.StudyFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aifgym learning-gridworld} in its own JVM with a checkpoint after every block: killed
 * with SIGKILL at several moments (in scenario 1, and in scenario 4 after scenario 1 is done)
 * it leaves a whole checkpoint and no results, and {@code --resume} writes the curves of the
 * uninterrupted study, byte for byte; stopped with SIGTERM (what Ctrl-C does) it writes a
 * checkpoint at the end of the current block and resumes the same way.
 */
class StudyKillAndResumeTest {

    /** Scenarios 1 and 4, 8 blocks each, 3 agents per group. */
    private static final List<String> STUDY = List.of("learning-gridworld", "--scenario", "1,4", "--blocks", "8",
            "--agents", "3", "--seed", "5", "--threads", "2");

    /** The curves (run.json and index.html say how long the study took). */
    private static final List<String> CURVES = List.of(StudyFiles.KL_AGENTS, StudyFiles.KL_GROUPS, StudyFiles.KL_JSON);

    /** The kills: once {@code [i][0]} blocks are checkpointed (over both scenarios), wait {@code [i][1]} ms. */
    private static final long[][] KILLS = {{1, 0}, {5, 4}, {11, 9}};

    private static final ToLongFunction<String> BLOCKS = field("blocksDone", false);

    @TempDir
    static Path dir;

    private static Path whole;

    @BeforeAll
    static void studyUninterrupted() {
        whole = dir.resolve("whole");
        Cli.Result uninterrupted = Cli.run(args(whole, "--out"));
        assertThat(uninterrupted.code()).as(uninterrupted.err()).isZero();
    }

    @Test
    void aStudyKilledAtAnyMomentResumesToTheUninterruptedCurves() throws Exception {
        for (long[] kill : KILLS) {
            Path folder = dir.resolve("killed-" + kill[0]);
            Process p = start(folder, "1");
            killAfter(p, CheckpointFile.in(folder), BLOCKS, kill[0], kill[1]);
            assertOnlyCheckpointLeft(folder);
            assertResumesToTheUninterruptedCurves(folder);
        }
    }

    @Test
    void aStudyStoppedBySigtermCheckpointsItsBlockAndResumes() throws Exception {
        Path folder = dir.resolve("stopped");
        Process p = start(folder, "2");
        int code;
        try {
            awaitProgress(CheckpointFile.in(folder), BLOCKS, 2, p);
            assertThat(p.isAlive()).as("the study is still going when stopped").isTrue();
        } finally {
            code = end(p, false);
        }
        String said = Files.readString(dir.resolve("stopped.log"));
        assertThat(code).as(said).isEqualTo(143);
        assertThat(said).contains("aifgym: stopping; writing a checkpoint at the end of the current block")
                .containsPattern("aifgym: interrupted; checkpoint of scenario [14], block \\d+ written to ");
        assertThat(progressOf(CheckpointFile.in(folder), BLOCKS)).isGreaterThanOrEqualTo(2);
        assertOnlyCheckpointLeft(folder);
        assertResumesToTheUninterruptedCurves(folder);
    }

    private static String[] args(Path folder, String option, String... more) {
        List<String> args = new ArrayList<>(STUDY);
        args.add(option);
        args.add(folder.toString());
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static Process start(Path folder, String every) throws IOException {
        return AifgymProcess.start(dir.resolve(folder.getFileName() + ".log"), args(folder, "--out",
                "--checkpoint-every", every));
    }

    private static void assertResumesToTheUninterruptedCurves(Path folder) throws IOException {
        long blocks = progressOf(CheckpointFile.in(folder), BLOCKS);
        Cli.Result resumed = Cli.run(args(folder, "--resume"));
        assertThat(resumed.code()).as(resumed.err()).isZero();
        for (String file : CURVES) {
            assertThat(Files.readString(folder.resolve(file))).as(file + " after a stop with %d blocks done", blocks)
                    .isEqualTo(Files.readString(whole.resolve(file)));
        }
        assertThat(CheckpointFile.in(folder)).doesNotExist();
    }
}
