package io.aifgym.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.bench.checkpoint.Checkpoint;
import io.aifgym.bench.checkpoint.CheckpointFile;
import io.aifgym.bench.fixtures.SmallDisk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up mid-run, on a real small file system (a 96 KiB tmpfs, mounted where the
 * test may mount, else skipped): the run stops with one message and exit code 2, and nothing is
 * half written: results are written all or none, a checkpoint that does not fit leaves the
 * previous one whole, and no temporary file stays behind.
 */
class DiskFullTest {

    @TempDir
    Path dir;

    private Cli.Result run(String yaml, String... extra) throws IOException {
        Path config = Files.writeString(dir.resolve("c.yaml"), yaml);
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        return Cli.run(Stream.concat(Stream.of("--plugins", plugins.toString(), "run", config.toString()),
                Stream.of(extra)).toArray(String[]::new));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void resultsThatDoNotFitAreNotWrittenAtAll() throws Exception {
        SmallDisk.run(dir, "96k", disk -> {
            Path out = Files.createDirectories(disk.resolve("run"));
            Files.writeString(out.resolve("summary.json"), "{\"from\": \"an earlier run\"}\n");
            Cli.Result r = run("""
                    env: {id: FrozenLake-v1}
                    agent: {id: random}
                    seed: 1
                    numEnvs: 16
                    steps: 8000
                    blockSteps: 500
                    """, "--out", out.toString());
            assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).startsWith("aifgym: out: cannot write the results to " + out)
                    .contains("No space left on device");
            assertThat(r.err().split("aifgym: ", -1)).as("one message").hasSize(2);
            assertThat(names(out)).containsExactly("summary.json");
            assertThat(Files.readString(out.resolve("summary.json"))).isEqualTo("{\"from\": \"an earlier run\"}\n");
        });
    }

    @Test
    void aCheckpointThatDoesNotFitLeavesThePreviousOneWhole() throws Exception {
        SmallDisk.run(dir, "96k", disk -> {
            Path out = disk.resolve("checkpointed");
            Cli.Result r = run("""
                    env: {id: FrozenLake-v1}
                    agent: {id: random}
                    seed: 2
                    numEnvs: 16
                    steps: 4000
                    blockSteps: 20
                    """, "--out", out.toString(), "--checkpoint-every", "1");
            assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(r.err()).startsWith("aifgym: checkpoint: cannot write " + CheckpointFile.in(out))
                    .contains("No space left on device").contains("the previous checkpoint, if any, is kept");
            assertThat(r.err().split("aifgym: ", -1)).as("one message").hasSize(2);
            assertThat(names(out)).containsExactly(CheckpointFile.FILE);
            Checkpoint kept = CheckpointFile.read(out);
            assertThat(kept.blocks()).isPositive();
        });
    }
}
