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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aifgym compare} in its own JVM with a checkpoint after every finished run: killed with
 * SIGKILL at several moments it leaves a whole checkpoint and no results, and {@code --resume}
 * writes the files of the uninterrupted comparison, byte for byte; stopped with SIGTERM (what
 * Ctrl-C does) it writes the runs finished so far at once, and resumes the same way.
 */
class CompareKillAndResumeTest {

    /** 2 agents x 8 seeds on the 8x8 lake: 16 runs of about a tenth of a second each. */
    private static final String CONFIG = """
            envs:
              - {id: FrozenLake-v1, name: lake, config: {mapName: 8x8}, episodes: 3000}
            agents:
              - {id: q-learning}
              - {id: sarsa}
            seeds: 8
            threads: 2
            """;

    /** The kills: once {@code [i][0]} runs are checkpointed, wait {@code [i][1]} ms, then kill. */
    private static final long[][] KILLS = {{1, 0}, {4, 3}, {9, 11}};

    private static final ToLongFunction<String> RUNS = field("index", true);

    /** The result files without wall times (report.md and provenance.json say how long the run took). */
    private static final List<String> RESULTS = List.of("episodes.csv", "summary.json");

    @TempDir
    static Path dir;

    private static Path plugins;
    private static Path config;
    private static Path whole;

    @BeforeAll
    static void compareUninterrupted() throws IOException {
        plugins = Files.createDirectories(dir.resolve("plugins"));
        config = Files.writeString(dir.resolve("lake.yaml"), CONFIG);
        whole = dir.resolve("whole");
        Cli.Result uninterrupted = Cli.run("--plugins", plugins.toString(), "compare", config.toString(), "--out",
                whole.toString());
        assertThat(uninterrupted.code()).as(uninterrupted.err()).isZero();
    }

    @Test
    void aComparisonKilledAtAnyMomentResumesToTheUninterruptedResults() throws Exception {
        for (long[] kill : KILLS) {
            Path folder = dir.resolve("killed-" + kill[0]);
            Process p = start(folder, "1");
            killAfter(p, CheckpointFile.in(folder), RUNS, kill[0], kill[1]);
            assertOnlyCheckpointLeft(folder);
            assertResumesToTheUninterruptedResults(folder);
        }
    }

    @Test
    void aComparisonStoppedBySigtermCheckpointsItsFinishedRunsAndResumes() throws Exception {
        Path folder = dir.resolve("stopped");
        Path log = dir.resolve("stopped.log");
        Process p = start(folder, "3");
        int code;
        try {
            awaitProgress(CheckpointFile.in(folder), RUNS, 3, p);
            assertThat(p.isAlive()).as("the comparison is still going when stopped").isTrue();
        } finally {
            code = end(p, false);
        }
        String said = Files.readString(log);
        assertThat(code).as(said).isEqualTo(143);
        assertThat(said).contains("aifgym: stopping; writing a checkpoint of the finished runs");
        Matcher m = Pattern.compile("checkpoint of (\\d+) finished runs written to").matcher(said);
        assertThat(m.find()).as(said).isTrue();
        assertThat(progressOf(CheckpointFile.in(folder), RUNS)).as("the stop's checkpoint holds the runs it says")
                .isEqualTo(Long.parseLong(m.group(1))).isGreaterThanOrEqualTo(3);
        assertOnlyCheckpointLeft(folder);
        assertResumesToTheUninterruptedResults(folder);
    }

    private static Process start(Path folder, String every) throws IOException {
        return AifgymProcess.start(dir.resolve(folder.getFileName() + ".log"), "--plugins", plugins.toString(),
                "compare", config.toString(), "--out", folder.toString(), "--checkpoint-every", every);
    }

    private static void assertResumesToTheUninterruptedResults(Path folder) throws IOException {
        long runs = progressOf(CheckpointFile.in(folder), RUNS);
        Cli.Result resumed = Cli.run("--plugins", plugins.toString(), "compare", config.toString(), "--resume",
                folder.toString());
        assertThat(resumed.code()).as(resumed.err()).isZero();
        for (String file : RESULTS) {
            assertThat(Files.readString(folder.resolve(file))).as(file + " after a stop with %d runs done", runs)
                    .isEqualTo(Files.readString(whole.resolve(file)));
        }
        assertThat(CheckpointFile.in(folder)).doesNotExist();
    }
}
