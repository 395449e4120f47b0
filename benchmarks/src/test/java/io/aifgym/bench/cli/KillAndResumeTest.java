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
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test of checkpoints: {@code aifgym run} in its own JVM, checkpointing every
 * block, killed with SIGKILL at several moments, including while a checkpoint is being
 * written; each time the folder holds a whole checkpoint (never a broken one, never a result
 * file), and {@code --resume} writes the files of the uninterrupted run, byte for byte. Stopped
 * with SIGTERM (what Ctrl-C does), the run writes a checkpoint at the end of its block and
 * resumes the same way.
 */
class KillAndResumeTest {

    private static final String CONFIG = """
            env: {id: FrozenLake-v1, config: {mapName: 8x8}}
            agent: {id: q-learning}
            seed: 3
            numEnvs: 32
            steps: 4000
            blockSteps: 100
            """;

    /** The kills: once the checkpoint of block {@code [i][0]} is there, wait {@code [i][1]} ms, then kill. */
    private static final long[][] KILLS = {{0, 0}, {3, 7}, {12, 25}};

    private static final ToLongFunction<String> BLOCKS = field("blocks", false);

    @TempDir
    Path dir;

    private Path plugins;
    private Path config;
    private Path whole;

    @BeforeEach
    void runUninterrupted() throws IOException {
        plugins = Files.createDirectories(dir.resolve("plugins"));
        config = Files.writeString(dir.resolve("frozen.yaml"), CONFIG);
        whole = dir.resolve("whole");
        Cli.Result uninterrupted = Cli.run("--plugins", plugins.toString(), "run", config.toString(), "--out",
                whole.toString());
        assertThat(uninterrupted.code()).as(uninterrupted.err()).isZero();
    }

    @Test
    void aRunKilledAtAnyMomentResumesToTheUninterruptedResults() throws Exception {
        List<Long> blocksAtKill = new ArrayList<>();
        for (long[] kill : KILLS) {
            Path folder = dir.resolve("killed-" + kill[0]);
            Process p = start(folder, "1");
            killAfter(p, CheckpointFile.in(folder), BLOCKS, kill[0], kill[1]);
            blocksAtKill.add(CheckpointFile.read(folder).blocks());
            assertOnlyCheckpointLeft(folder);
            assertResumesToTheUninterruptedResults(folder);
        }
        assertThat(blocksAtKill.get(blocksAtKill.size() - 1)).as("the last kill came after blocks had run")
                .isGreaterThanOrEqualTo(KILLS[KILLS.length - 1][0]);
    }

    @Test
    void aRunStoppedBySigtermCheckpointsItsBlockAndResumes() throws Exception {
        Path folder = dir.resolve("stopped");
        Path log = folder.resolveSibling("stopped.log");
        Process p = start(folder, "1000");
        int code;
        try {
            awaitProgress(CheckpointFile.in(folder), BLOCKS, 0, p);
            Thread.sleep(20);
        } finally {
            code = end(p, false);
        }
        assertThat(code).as("exit code 128 + SIGTERM").isEqualTo(143);
        assertThat(Files.readString(log)).contains("aifgym: stopping; writing a checkpoint at the end of the current "
                + "block").contains("aifgym: interrupted; checkpoint of block ");
        assertThat(progressOf(CheckpointFile.in(folder), BLOCKS))
                .as("with --checkpoint-every 1000 only the stop writes a checkpoint after block 0").isPositive();
        assertOnlyCheckpointLeft(folder);
        assertResumesToTheUninterruptedResults(folder);
    }

    private Process start(Path folder, String every) throws IOException {
        return AifgymProcess.start(folder.resolveSibling(folder.getFileName() + ".log"), "--plugins",
                plugins.toString(), "run", config.toString(), "--out", folder.toString(), "--checkpoint-every", every);
    }

    private void assertResumesToTheUninterruptedResults(Path folder) throws IOException {
        long blocks = CheckpointFile.read(folder).blocks();
        Cli.Result resumed = Cli.run("--plugins", plugins.toString(), "run", config.toString(), "--resume",
                folder.toString());
        assertThat(resumed.code()).as(resumed.err()).isZero();
        for (String file : List.of("episodes.csv", "summary.json")) {
            assertThat(Files.readString(folder.resolve(file))).as(file + " after a stop at block %d", blocks)
                    .isEqualTo(Files.readString(whole.resolve(file)));
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted())
                    .containsExactly("episodes.csv", "provenance.json", "summary.json");
        }
    }
}
