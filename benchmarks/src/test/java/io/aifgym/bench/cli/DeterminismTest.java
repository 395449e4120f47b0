package io.aifgym.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.gym.testkit.golden.GoldenTests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bit-for-bit determinism of each entry point: the same config and seed give byte-identical
 * {@code episodes.csv} and {@code summary.json} with 1, 2 or 4 threads (vector-env stepping,
 * learning and the active inference agent's batch threads), on every repeat, in this JVM and in
 * a fresh one, and a slot's episodes do not depend on how many env copies run beside it;
 * {@code golden} and {@code list} print the same output every time.
 */
class DeterminismTest {

    @TempDir
    Path dir;

    /** Configs whose agents use their keys (stochastic selection, exploration) and learn. */
    private static final List<String> CONFIGS = List.of("""
            env: {id: GridWorld-v0, config: {maxEpisodeSteps: 8}}
            agent: {id: aif, config: {policyLen: 2, learnB: true, useParamInfoGain: true, actionSelection: STOCHASTIC,
              alpha: 4.0, batchThreads: BATCH, model: {pB: {scale: 1.0, offset: 0.5, useMean: true}}}}
            seed: 21
            numEnvs: 4
            steps: 40
            blockSteps: 7
            """, """
            env: {id: FrozenLake-v1}
            agent: {id: dyna-q}
            seed: 22
            numEnvs: 5
            episodes: 60
            blockSteps: 11
            """, """
            env: {id: GaussianBandit-v0, config: {maxEpisodeSteps: 25}}
            agent: {id: thompson, config: {likelihood: GAUSSIAN}}
            seed: 23
            numEnvs: 3
            steps: 100
            blockSteps: 9
            """);

    private Path plugins() throws IOException {
        return Files.createDirectories(dir.resolve("plugins"));
    }

    private Path config(String name, String yaml) throws IOException {
        return Files.writeString(dir.resolve(name + ".yaml"), yaml);
    }

    private static String withThreads(String yaml, int threads) {
        return yaml.replace("BATCH", Integer.toString(threads)) + "threads: " + threads + "\n";
    }

    private Path runIn(Path config, String out) throws IOException {
        Path folder = dir.resolve(out);
        Cli.Result r = Cli.run("--plugins", plugins().toString(), "run", config.toString(), "--out", folder.toString());
        assertThat(r.code()).as(r.err()).isZero();
        return folder;
    }

    private static void assertSameFiles(Path a, Path b) throws IOException {
        for (String file : List.of("episodes.csv", "summary.json")) {
            assertThat(Files.readString(b.resolve(file))).as(file + " of " + b.getFileName() + " and "
                    + a.getFileName()).isEqualTo(Files.readString(a.resolve(file)));
        }
    }

    @Test
    void runGivesTheSameFilesWithOneTwoOrFourThreadsAndOnEveryRepeat() throws IOException {
        for (int c = 0; c < CONFIGS.size(); c++) {
            Path reference = runIn(config("c" + c + "-t1", withThreads(CONFIGS.get(c), 1)), "c" + c + "-t1");
            assertThat(Files.readAllLines(reference.resolve("episodes.csv"))).hasSizeGreaterThan(3);
            for (int threads : new int[] {2, 4}) {
                String name = "c" + c + "-t" + threads;
                assertSameFiles(reference, runIn(config(name, withThreads(CONFIGS.get(c), threads)), name));
            }
            assertSameFiles(reference, runIn(config("c" + c + "-again", withThreads(CONFIGS.get(c), 1)),
                    "c" + c + "-again"));
        }
    }

    @Test
    void aSlotsEpisodesDoNotDependOnTheNumberOfEnvCopies() throws IOException {
        String yaml = withThreads(CONFIGS.get(0), 1);
        Path four = runIn(config("four", yaml), "four");
        Path one = runIn(config("one", yaml.replace("numEnvs: 4", "numEnvs: 1")), "one");
        List<String> slotZero = Files.readAllLines(four.resolve("episodes.csv")).stream()
                .filter(l -> l.startsWith("0,")).toList();
        List<String> alone = Files.readAllLines(one.resolve("episodes.csv")).stream().skip(1).toList();
        assertThat(alone).isNotEmpty().isEqualTo(slotZero);
    }

    /**
     * A fresh JVM that only interprets ({@code -Xint}) and plans with the Vector API kernel gives
     * the files this JVM gives with compiled code and the plain kernel: the results depend
     * neither on the JIT (HotSpot's interpreter and compiled code use the same {@code Math.exp}
     * and {@code Math.log}), nor on the kernel, nor on any JVM's hash seed.
     */
    @Test
    void runGivesTheSameFilesInAFreshInterpretingJvmWithTheVectorKernel() throws Exception {
        Path config = config("jvm", withThreads(CONFIGS.get(0), 2));
        Path here = runIn(config, "here");
        Path there = dir.resolve("there");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xint", "--add-modules", "jdk.incubator.vector", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(),
                "--plugins", plugins().toString(), "run", config.toString(), "--out", there.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("there.log").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("there.log"))).isZero();
        assertSameFiles(here, there);
    }

    @Test
    void goldenPrintsTheSameReportTwice() throws IOException {
        Path shared = GoldenTests.sharedDir();
        Path root = Files.createDirectories(dir.resolve("cases"));
        for (String function : List.of("softmax", "kl_div", "infer_states_fpi", "infer_policies", "update_pB",
                "sample_action")) {
            Files.createSymbolicLink(root.resolve(function), shared.resolve("golden").resolve(function));
        }
        String[] args = {"--plugins", plugins().toString(), "golden", root.toString(),
            shared.resolve("golden-gym").toString()};
        Cli.Result first = Cli.run(args);
        Cli.Result second = Cli.run(args);
        assertThat(first.code()).as(first.out()).isZero();
        assertThat(first.out()).contains(" passed, 0 failed");
        assertThat(second.out()).isEqualTo(first.out());
    }

    @Test
    void listPrintsTheSameOutputTwice() throws IOException {
        Cli.Result first = Cli.run("--plugins", plugins().toString(), "list");
        Cli.Result second = Cli.run("--plugins", plugins().toString(), "list");
        assertThat(first.code()).isZero();
        assertThat(first.out()).contains("GridWorld-v0").contains("aif");
        assertThat(second.out()).isEqualTo(first.out());
        try (Stream<String> lines = first.out().lines()) {
            assertThat(lines.count()).isGreaterThan(10);
        }
    }
}
