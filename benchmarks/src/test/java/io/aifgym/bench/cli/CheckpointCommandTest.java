package io.aifgym.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.bench.fixtures.Checkpoints;
import io.aifgym.bench.checkpoint.CheckpointFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aifgym run --checkpoint-every N} and {@code --resume DIR} on the command line: a
 * resumed run writes the uninterrupted run's files, a finished run leaves no checkpoint, and
 * every checkpoint that cannot be used is refused with one message and exit code 2.
 */
class CheckpointCommandTest {

    @TempDir
    Path dir;
    private Path plugins;
    private Path config;

    private static final String CONFIG = """
            env: {id: FrozenLake-v1}
            agent: {id: sarsa}
            seed: 17
            numEnvs: 3
            steps: 400
            blockSteps: 25
            """;

    @BeforeEach
    void setUp() throws IOException {
        plugins = Files.createDirectories(dir.resolve("plugins"));
        config = Files.writeString(dir.resolve("frozen.yaml"), CONFIG);
    }

    private Cli.Result run(Path configFile, String... extra) {
        return Cli.run(Stream.concat(Stream.of("--plugins", plugins.toString(), "run", configFile.toString()),
                Stream.of(extra)).toArray(String[]::new));
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private void assertBadInput(Cli.Result r, String... fragments) {
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("aifgym: ").doesNotContain("\tat ");
        assertThat(r.err().split("aifgym: ", -1)).as("one message").hasSize(2);
        for (String f : fragments) {
            assertThat(r.err()).contains(f);
        }
    }

    @Test
    void aCheckpointedRunWritesTheSameResultsAndRemovesItsCheckpoint() throws IOException {
        Path plain = dir.resolve("plain");
        Path checked = dir.resolve("checked");
        assertThat(run(config, "--out", plain.toString()).code()).isZero();
        Cli.Result r = run(config, "--out", checked.toString(), "--checkpoint-every", "3");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(read(checked.resolve("episodes.csv"))).isEqualTo(read(plain.resolve("episodes.csv")));
        assertThat(read(checked.resolve("summary.json"))).isEqualTo(read(plain.resolve("summary.json")));
        try (Stream<Path> files = Files.list(checked)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("episodes.csv", "provenance.json", "summary.json");
        }
    }

    @Test
    void resumingFromAnyBlockWritesTheUninterruptedResults() throws IOException {
        Path whole = dir.resolve("whole");
        assertThat(run(config, "--out", whole.toString()).code()).isZero();
        for (long block : new long[] {0, 1, 7, 16}) {
            Path folder = dir.resolve("resumed-" + block);
            Checkpoints.ofRun(config, folder, block, 2);
            Cli.Result r = run(config, "--resume", folder.toString(), "--checkpoint-every", "4");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(read(folder.resolve("episodes.csv"))).isEqualTo(read(whole.resolve("episodes.csv")));
            assertThat(read(folder.resolve("summary.json"))).isEqualTo(read(whole.resolve("summary.json")));
            assertThat(CheckpointFile.in(folder)).doesNotExist();
        }
    }

    @Test
    void aResumedRunMayUseAnotherNumberOfThreads() throws IOException {
        Path whole = dir.resolve("whole");
        assertThat(run(config, "--out", whole.toString()).code()).isZero();
        Path folder = dir.resolve("resumed");
        Checkpoints.ofRun(config, folder, 5, 2);
        Path threaded = Files.writeString(dir.resolve("frozen.yaml"), CONFIG + "threads: 3\n");
        Cli.Result r = run(threaded, "--resume", folder.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(read(folder.resolve("episodes.csv"))).isEqualTo(read(whole.resolve("episodes.csv")));
    }

    @Test
    void resumingOnAnotherPlatformWarnsThatResultsAgreeOnlyToRounding() throws IOException {
        Path whole = dir.resolve("whole");
        assertThat(run(config, "--out", whole.toString()).code()).isZero();
        Path folder = dir.resolve("moved");
        Checkpoints.ofRun(config, folder, 3, 2);
        Path file = CheckpointFile.in(folder);
        String arch = System.getProperty("os.arch");
        Files.writeString(file, read(file).replace("\"os.arch\":\"" + arch + "\"", "\"os.arch\":\"riscv64\""));
        Cli.Result r = run(config, "--resume", folder.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEqualTo("aifgym: warning: resuming a checkpoint written on another platform (os.arch "
                + "riscv64 then, " + arch + " now): the results will agree with an uninterrupted run to rounding, not "
                + "bit for bit" + System.lineSeparator());
        assertThat(read(folder.resolve("episodes.csv"))).isEqualTo(read(whole.resolve("episodes.csv")));
    }

    @Test
    void resumingWithoutACheckpointIsRefused() {
        assertBadInput(run(config, "--resume", dir.resolve("nothing").toString()),
                "--resume: expected a folder with a checkpoint.json", "found no folder");
    }

    @Test
    void aCheckpointOfAnotherFormatVersionIsRefused() throws IOException {
        Path folder = dir.resolve("v2");
        Checkpoints.ofRun(config, folder, 2, 2);
        Path file = CheckpointFile.in(folder);
        Files.writeString(file, read(file).replace("\"formatVersion\":1", "\"formatVersion\":2"));
        assertBadInput(run(config, "--resume", folder.toString()),
                "expected checkpoint format version 1, found version 2");
        assertThat(folder.resolve("episodes.csv")).doesNotExist();
    }

    @Test
    void aCheckpointOfAnotherConfigIsRefusedWithTheDifferences() throws IOException {
        Path folder = dir.resolve("other");
        Checkpoints.ofRun(config, folder, 2, 2);
        Path other = Files.writeString(dir.resolve("other.yaml"), CONFIG.replace("seed: 17", "seed: 18")
                .replace("agent: {id: sarsa}", "agent: {id: sarsa, config: {discount: 0.9}}"));
        assertBadInput(run(other, "--resume", folder.toString()), "expected a checkpoint of this config",
                "seed: 17 in the checkpoint, 18 now", "agent.config.discount: 0.99 in the checkpoint, 0.9 now");
        assertThat(folder.resolve("episodes.csv")).doesNotExist();
    }

    @Test
    void aDamagedCheckpointIsRefused() throws IOException {
        Path folder = dir.resolve("damaged");
        Checkpoints.ofRun(config, folder, 2, 2);
        Path file = CheckpointFile.in(folder);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertBadInput(run(config, "--resume", folder.toString()), "expected a checkpoint (JSON), found a damaged file");
    }

    @Test
    void aFreshRunDoesNotOverwriteAnUnfinishedRunsCheckpoint() throws IOException {
        Path folder = dir.resolve("unfinished");
        Checkpoints.ofRun(config, folder, 2, 2);
        byte[] before = Files.readAllBytes(CheckpointFile.in(folder));
        assertBadInput(run(config, "--out", folder.toString(), "--checkpoint-every", "1"),
                "out: expected a folder without the checkpoint of an unfinished run", "--resume " + folder);
        assertThat(Files.readAllBytes(CheckpointFile.in(folder))).isEqualTo(before);
    }

    @Test
    void anAgentWhoseStateCannotBeSavedIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path opaque = Files.writeString(dir.resolve("opaque.yaml"), """
                env: {id: BernoulliBandit-v0}
                agent: {id: test-opaque}
                seed: 1
                steps: 50
                """);
        Path folder = dir.resolve("opaque-run");
        assertBadInput(run(opaque, "--out", folder.toString(), "--checkpoint-every", "1"),
                "agent test-opaque: its state (io.aifgym.bench.fixtures.OpaqueAgent$Count) cannot be checkpointed");
        assertThat(folder).doesNotExist();
        assertThat(run(opaque, "--out", folder.toString()).code()).as("without checkpoints it runs").isZero();
    }

    @Test
    void badCheckpointOptionsAreRefused() {
        assertBadInput(run(config, "--checkpoint-every", "0", "--out", dir.resolve("x").toString()),
                "--checkpoint-every: expected a positive number of blocks, found 0");
        assertBadInput(run(config, "--resume", dir.resolve("a").toString(), "--out", dir.resolve("b").toString()),
                "--out: expected no other output folder than --resume's");
        assertThat(dir.resolve("x")).doesNotExist();
    }
}
