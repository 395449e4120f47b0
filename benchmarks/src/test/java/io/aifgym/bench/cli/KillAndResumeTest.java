package io.aifgym.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.bench.checkpoint.Checkpoint;
import io.aifgym.bench.checkpoint.CheckpointFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test of checkpoints: {@code aifgym run} in its own JVM, checkpointing every
 * block, killed with SIGKILL ({@link Process#destroyForcibly()}) at several moments, including
 * while a checkpoint is being written; each time the folder holds a whole checkpoint (never a
 * broken one, never a result file), and {@code --resume} writes the files of the uninterrupted
 * run, byte for byte.
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

    @TempDir
    Path dir;

    @Test
    void aRunKilledAtAnyMomentResumesToTheUninterruptedResults() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path config = Files.writeString(dir.resolve("frozen.yaml"), CONFIG);
        Path whole = dir.resolve("whole");
        Cli.Result uninterrupted = Cli.run("--plugins", plugins.toString(), "run", config.toString(), "--out",
                whole.toString());
        assertThat(uninterrupted.code()).as(uninterrupted.err()).isZero();
        List<Long> blocksAtKill = new ArrayList<>();
        for (long[] kill : KILLS) {
            long delay = kill[1];
            Path folder = dir.resolve("killed-" + kill[0]);
            Process p = start(plugins, config, folder);
            try {
                awaitBlock(CheckpointFile.in(folder), kill[0], p);
                Thread.sleep(delay);
                assertThat(p.isAlive()).as("the run is still going when killed %d ms after block %d", delay, kill[0])
                        .isTrue();
            } finally {
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
            }
            Checkpoint left = CheckpointFile.read(folder);
            blocksAtKill.add(left.blocks());
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files.map(f -> f.getFileName().toString()))
                        .as("a killed run leaves its checkpoint (and perhaps a temporary file), no results")
                        .allMatch(n -> n.equals(CheckpointFile.FILE) || n.startsWith(".checkpoint.json"));
            }
            Cli.Result resumed = Cli.run("--plugins", plugins.toString(), "run", config.toString(), "--resume",
                    folder.toString());
            assertThat(resumed.code()).as(resumed.err()).isZero();
            for (String file : List.of("episodes.csv", "summary.json")) {
                assertThat(Files.readString(folder.resolve(file))).as(file + " after a kill at block %d", left.blocks())
                        .isEqualTo(Files.readString(whole.resolve(file)));
            }
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files.map(f -> f.getFileName().toString()).sorted())
                        .containsExactly("episodes.csv", "provenance.json", "summary.json");
            }
        }
        assertThat(blocksAtKill.get(blocksAtKill.size() - 1)).as("the last kill came after blocks had run")
                .isGreaterThanOrEqualTo(KILLS[KILLS.length - 1][0]);
    }

    private static Process start(Path plugins, Path config, Path folder) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--plugins", plugins.toString(), "run", config.toString(), "--out",
                folder.toString(), "--checkpoint-every", "1")
                .redirectErrorStream(true)
                .redirectOutput(folder.resolveSibling(folder.getFileName() + ".log").toFile())
                .start();
    }

    /** Waits until the checkpoint file is of block {@code block} or later (it is replaced whole, so it reads whole). */
    private static void awaitBlock(Path file, long block, Process p) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (blockOf(file) < block) {
            assertThat(p.isAlive()).as("the run writes the checkpoint of block %d before it ends", block).isTrue();
            assertThat(System.nanoTime()).as("the checkpoint of block %d appears within 60 s", block)
                    .isLessThan(deadline);
            Thread.sleep(1);
        }
    }

    private static long blockOf(Path file) throws IOException {
        if (!Files.exists(file)) {
            return -1;
        }
        try {
            String text = Files.readString(file);
            Matcher m = BLOCKS.matcher(text);
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        } catch (java.nio.file.NoSuchFileException e) {
            return -1;
        }
    }

    private static final Pattern BLOCKS = Pattern.compile("\"blocks\":(\\d+)");
}
