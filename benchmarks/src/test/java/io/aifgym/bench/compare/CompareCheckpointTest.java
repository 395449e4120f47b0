package io.aifgym.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aifgym.bench.checkpoint.CheckpointException;
import io.aifgym.bench.checkpoint.CheckpointFile;
import io.aifgym.bench.cli.Main;
import io.aifgym.bench.config.ConfigMappers;
import io.aifgym.bench.experiment.Progress;
import io.aifgym.gym.registry.AgentRegistry;
import io.aifgym.gym.registry.EnvRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CompareCheckpointTest {

    private static final EnvRegistry ENVS = EnvRegistry.load(CompareCheckpointTest.class.getClassLoader());
    private static final AgentRegistry AGENTS = AgentRegistry.load(CompareCheckpointTest.class.getClassLoader());
    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    private static final List<String> COMPARED = List.of(CompareFiles.EPISODES, CompareFiles.SUMMARY,
            CompareReport.MARKDOWN);

    /** 2 envs x 2 agents x 3 seeds = 12 runs; the countdown reports no regret (NaN in the checkpoint). */
    private static final String YAML = """
            envs:
              - {id: TestCountdown-v0, name: countdown, config: {length: 4}, episodes: 6}
              - {id: BernoulliBandit-v0, name: bandit, config: {numArms: 3, maxEpisodeSteps: 20}, steps: 40,
                 success: NONE}
            agents:
              - {id: test-epsilon, name: eager, config: {epsilon: 0.3}}
              - {id: random}
            seeds: 3
            threads: 1
            """;

    @TempDir
    Path dir;

    private static CompareConfig config(String yaml, int threads) {
        return new CompareConfigLoader(ENVS, AGENTS).parse(yaml, ConfigMappers.Format.YAML, "test.yaml")
                .withThreads(threads);
    }

    private static void writeFiles(Path folder, CompareResult result) throws IOException {
        Bootstrap bootstrap = new Bootstrap(200);
        CompareProvenance provenance = CompareProvenance.of(result.config(), "test.yaml", ENVS, AGENTS, START,
                START.plusSeconds(3), result, bootstrap.resamples());
        CompareFiles.write(folder, result, CompareSummary.of(result, bootstrap), provenance, "test.yaml");
    }

    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        for (String name : COMPARED) {
            assertThat(Files.readAllBytes(actual.resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(expected.resolve(name)));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void stoppedAfterEachCheckpointThenResumedGivesTheUninterruptedBytes(int threads) throws IOException {
        CompareConfig config = config(YAML, threads);
        CompareRunner runner = new CompareRunner(ENVS, AGENTS);
        ComparePlan plan = runner.prepare(config, "test.yaml");
        assertThat(plan.runs()).isEqualTo(12);
        Path expected = dir.resolve("uninterrupted");
        writeFiles(expected, runner.run(plan, Progress.none()));
        for (int stopAfter = 1; stopAfter <= 3; stopAfter++) {
            Path folder = dir.resolve("stopped-" + stopAfter);
            assertThat(runner.runCheckpointed(plan, Progress.none(), new CompareCheckpoints(folder, config, 3,
                    stopAfter), null)).as("stopped after checkpoint " + stopAfter).isEmpty();
            CompareCheckpoint from = CompareCheckpoints.read(folder, config);
            assertThat(from.finished()).hasSizeGreaterThanOrEqualTo(3 * stopAfter).hasSizeLessThan(12);
            assertThat(from.checkpointEvery()).isEqualTo(3);
            long[] reported = new long[1];
            CompareResult resumed = runner.runCheckpointed(plan, (done, total) -> reported[0] = done,
                    new CompareCheckpoints(folder, config, 3), from).orElseThrow();
            assertThat(reported[0]).isEqualTo(12);
            writeFiles(folder, resumed);
            assertSameFiles(expected, folder);
        }
    }

    @Test
    void aCheckpointOfAnotherConfigAnotherVersionOrNoneIsRefused() throws IOException {
        CompareConfig config = config(YAML, 1);
        CompareRunner runner = new CompareRunner(ENVS, AGENTS);
        Path folder = dir.resolve("out");
        assertThatThrownBy(() -> CompareCheckpoints.read(folder, config)).isInstanceOf(CheckpointException.class)
                .hasMessage("--resume: expected a folder with a checkpoint.json (written by 'aifgym compare "
                        + "--checkpoint-every N'), found no folder " + folder);
        runner.runCheckpointed(runner.prepare(config, "test.yaml"), Progress.none(),
                new CompareCheckpoints(folder, config, 2, 1), null);
        assertThat(CompareCheckpoints.read(folder, config.withThreads(4).withOut("elsewhere")).finished())
                .as("threads and out may change").hasSize(2);
        CompareConfig otherSeeds = config(YAML.replace("seeds: 3", "seeds: [0, 1, 5]"), 1);
        assertThatThrownBy(() -> CompareCheckpoints.read(folder, otherSeeds)).isInstanceOf(CheckpointException.class)
                .hasMessageStartingWith(CheckpointFile.in(folder) + ": expected a checkpoint of this config, found one "
                        + "of another config: seeds: [0,1,2] in the checkpoint, [0,1,5] now");
        Path file = CheckpointFile.in(folder);
        String text = Files.readString(file);
        Files.writeString(file, text.replace("\"formatVersion\":1", "\"formatVersion\":2"));
        assertThatThrownBy(() -> CompareCheckpoints.read(folder, config)).isInstanceOf(CheckpointException.class)
                .hasMessageContaining("expected checkpoint format version 1, found version 2");
        Files.writeString(file, text.replace("\"kind\":\"compare\"", "\"kind\":\"learning-gridworld\""));
        assertThatThrownBy(() -> CompareCheckpoints.read(folder, config)).isInstanceOf(CheckpointException.class)
                .hasMessageContaining("expected a checkpoint of 'aifgym compare' (kind \"compare\"), found kind "
                        + "\"learning-gridworld\"");
    }

    private record Result(int code, String out, String err) {
    }

    private Result cli(String... args) throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("no-plugins"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--plugins";
        all[1] = plugins.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = Main.execute(all, Map.of(), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void theCommandResumesAStoppedComparisonAndRemovesItsCheckpoint() throws IOException {
        Path file = Files.writeString(dir.resolve("compare.yaml"), YAML, StandardCharsets.UTF_8);
        Path plain = dir.resolve("plain");
        assertThat(cli("compare", file.toString(), "--out", plain.toString()).code()).isZero();
        Path checkpointed = dir.resolve("checkpointed");
        Result whole = cli("compare", file.toString(), "--out", checkpointed.toString(), "--checkpoint-every", "1");
        assertThat(whole.err()).isEmpty();
        assertThat(whole.code()).isZero();
        assertThat(CheckpointFile.in(checkpointed)).doesNotExist();

        Path stopped = dir.resolve("stopped");
        CompareConfig config = config(YAML, 1);
        CompareRunner runner = new CompareRunner(ENVS, AGENTS);
        runner.runCheckpointed(runner.prepare(config, "test.yaml"), Progress.none(),
                new CompareCheckpoints(stopped, config, 5, 1), null);
        Result rerun = cli("compare", file.toString(), "--out", stopped.toString());
        assertThat(rerun.code()).isEqualTo(2);
        assertThat(rerun.err()).contains("expected a folder without the checkpoint of an unfinished comparison");
        Result resumed = cli("compare", file.toString(), "--resume", stopped.toString(), "--threads", "2");
        assertThat(resumed.err()).isEmpty();
        assertThat(resumed.code()).isZero();
        assertThat(CheckpointFile.in(stopped)).doesNotExist();
        for (Path folder : List.of(checkpointed, stopped)) {
            for (String name : List.of(CompareFiles.EPISODES, CompareFiles.SUMMARY)) {
                assertThat(Files.readAllBytes(folder.resolve(name))).as(folder + "/" + name)
                        .isEqualTo(Files.readAllBytes(plain.resolve(name)));
            }
        }

        Result missing = cli("compare", file.toString(), "--resume", stopped.toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().strip()).isEqualTo("aifgym: --resume: expected a folder with a checkpoint.json "
                + "(written by 'aifgym compare --checkpoint-every N'), found none in " + stopped);
        Result zero = cli("compare", file.toString(), "--checkpoint-every", "0");
        assertThat(zero.code()).isEqualTo(2);
        assertThat(zero.err()).contains("--checkpoint-every: expected a positive number of runs, found 0");
    }
}
