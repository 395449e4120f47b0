package io.aifgym.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input: exit code 2, one message on standard error naming the path, what
 * was expected and what was found, nothing on standard output, and no output folder.
 */
class BadInputTest {

    @TempDir
    Path dir;
    private Path plugins;
    private Path out;

    @BeforeEach
    void setUp() throws IOException {
        plugins = Files.createDirectories(dir.resolve("plugins"));
        out = dir.resolve("out");
    }

    private static final String VALID = """
            env: {id: TestCountdown-v0}
            agent: {id: test-epsilon}
            seed: 1
            steps: 10
            """;

    /** Runs a config and checks the common shape of a bad-input failure; returns standard error. */
    private String failRun(String fileName, String text) throws IOException {
        Path config = Files.writeString(dir.resolve(fileName), text);
        return fail("--plugins", plugins.toString(), "run", config.toString(), "--out", out.toString());
    }

    private String fail(String... args) {
        return fail(Map.of(), args);
    }

    private String fail(Map<String, String> environment, String... args) {
        Cli.Result r = Cli.run(environment, args);
        assertThat(r.code()).as("exit code of %s", String.join(" ", args)).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("aifgym: ");
        assertThat(r.err().split("aifgym: ", -1)).as("one message").hasSize(2);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
        return r.err();
    }

    @Test
    void unknownIdNamesTheNearestMatch() throws IOException {
        String err = failRun("bad.yaml", VALID.replace("test-epsilon", "test-epsilin"));
        assertThat(err).contains("1 problem").containsPattern(
                "1\\. agent\\.id: expected a registered agent id \\([^)]*test-epsilon[^)]*\\), found 'test-epsilin'; "
                        + "did you mean 'test-epsilon'\\?");
    }

    @Test
    void malformedJsonGivesLineAndColumn() throws IOException {
        String err = failRun("bad.json", "{\"env\": {\"id\": \"TestCountdown-v0\"},\n \"seed\": 1 2}");
        assertThat(err).contains("1. line 2, column 12: expected valid JSON, found ");
    }

    @Test
    void malformedYamlGivesLineAndColumn() throws IOException {
        String err = failRun("bad.yml", "env: {id: TestCountdown-v0\nseed: [1\n");
        assertThat(err).containsPattern("1\\. line \\d+, column \\d+: expected valid YAML, found .+");
    }

    @Test
    void wrongTypeNamesThePathTheTypeAndTheValue() throws IOException {
        String err = failRun("bad.yaml", VALID.replace("{id: test-epsilon}",
                "{id: test-epsilon, config: {gamma: high}}"));
        assertThat(err).contains("1. agent.config.gamma: expected a number, found the string \"high\"");
    }

    @Test
    void missingFieldIsNamed() throws IOException {
        String err = failRun("bad.yaml", VALID.replace("seed: 1\n", ""));
        assertThat(err).contains("1. seed: expected an integer (the root seed), found nothing (the field is missing)");
    }

    @Test
    void unknownFieldIsAnError() throws IOException {
        String err = failRun("bad.yaml", VALID.replace("{id: test-epsilon}",
                "{id: test-epsilon, config: {gama: 0.5}}"));
        assertThat(err).contains("1. agent.config.gama: expected one of the fields of Config (epsilon, gamma, memory,"
                + " preference, schedule, weights), found an unknown field 'gama'; did you mean 'gamma'?");
    }

    @Test
    void valueTheConfigRecordRejects() throws IOException {
        String err = failRun("bad.yaml", VALID.replace("{id: test-epsilon}",
                "{id: test-epsilon, config: {epsilon: 1.5}}"));
        assertThat(err).contains("1. agent.config.epsilon: expected a probability in [0, 1], found 1.5");
    }

    @Test
    void valueTheProviderRejects() throws IOException {
        String err = failRun("bad.yaml", VALID.replace("{id: TestCountdown-v0}",
                "{id: TestCountdown-v0, config: {length: 5000}}"));
        assertThat(err).contains("1. env.config.length: expected at most 1000, found 5000");
    }

    @Test
    void everyProblemIsListedInOneMessage() throws IOException {
        String err = failRun("bad.yaml", """
                env: {id: TestCountdwn-v0}
                agent: {id: test-epsilon, config: {epsilon: 2, memory: many}}
                seed: 1.5
                steps: 10
                threads: 0
                """);
        assertThat(err).contains("5 problems").contains("1. env.id").contains("2. agent.config.memory")
                .contains("3. agent.config.epsilon").contains("4. seed").contains("5. threads");
    }

    @Test
    void outputFolderUnderAFileIsRefusedUpFront() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Path config = Files.writeString(dir.resolve("ok.yaml"), VALID);
        Cli.Result r = Cli.run("--plugins", plugins.toString(), "run", config.toString(), "--out",
                file.resolve("sub").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("1. out: expected a writable output folder, found ").contains("is a file");
        assertThat(Files.exists(file.resolve("sub"))).isFalse();
        assertThat(Files.readString(file)).isEqualTo("x");
        Cli.Result same = Cli.run("--plugins", plugins.toString(), "run", config.toString(), "--out", file.toString());
        assertThat(same.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(same.err()).contains("1. out: expected a writable output folder, found a file, ");
    }

    @Test
    void readOnlyOutputFolderIsRefusedUpFront() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write to read-only folders");
        Path readOnly = Files.createDirectories(dir.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Path config = Files.writeString(dir.resolve("ok.yaml"), VALID);
            Cli.Result r = Cli.run("--plugins", plugins.toString(), "run", config.toString(), "--out",
                    readOnly.resolve("run").toString());
            assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(r.err()).contains("1. out: expected a writable output folder, found ").contains("read-only");
            assertThat(readOnly.resolve("run")).doesNotExist();
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void configProblemsAndOutputFolderProblemsComeTogether() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Path config = Files.writeString(dir.resolve("bad.yaml"), VALID.replace("{id: TestCountdown-v0}",
                "{id: TestCountdown-v0, config: {length: 5000}}"));
        Cli.Result r = Cli.run("--plugins", plugins.toString(), "run", config.toString(), "--out", file.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("2 problems").contains("1. env.config.length").contains("2. out: ");
    }

    @Test
    void missingConfigFile() {
        String err = fail("--plugins", plugins.toString(), "run", dir.resolve("nope.yaml").toString(), "--out",
                out.toString());
        assertThat(err).contains("1. (file): expected a readable config file, found no such file");
    }

    @Test
    void missingPluginFolder() {
        String err = fail("--plugins", dir.resolve("missing").toString(), "list");
        assertThat(err).contains("plugins: expected a folder of plugin jars, found no folder at ");
        String fromEnv = fail(Map.of("AIFGYM_PLUGINS", dir.resolve("missing").toString()), "list");
        assertThat(fromEnv).contains("plugins: expected a folder of plugin jars, found no folder at ");
    }

    @Test
    void badCommandLines() {
        assertThat(fail()).contains("Missing subcommand");
        assertThat(fail("--frobnicate", "list")).contains("Unknown option: '--frobnicate'");
        assertThat(fail("--plugins", plugins.toString(), "run")).contains("Missing required parameter: 'CONFIG'");
        assertThat(fail("walk")).contains("Unmatched argument at index 0: 'walk'");
        assertThat(fail("--plugins", plugins.toString(), "golden", dir.resolve("no-cases").toString()))
                .contains("golden: expected a folder of golden cases, found no folder at ");
        assertThat(fail("bench", "-nonsense")).contains("bench: expected JMH options");
    }

    @Test
    void nanAndInfinitiesAreRefusedWhereTheyStand() throws IOException {
        assertThat(failRun("nan.yaml", VALID.replace("agent: {id: test-epsilon}",
                "agent: {id: test-epsilon, config: {epsilon: .nan}}")))
                .contains("1. line 2, column ").contains("expected a finite number (NaN and infinities are not "
                        + "accepted), found '.nan'");
        assertThat(failRun("inf.json", """
                {"env": {"id": "TestCountdown-v0"}, "agent": {"id": "test-epsilon", "config": {"gamma": -Infinity}},
                 "seed": 1, "steps": 10}
                """)).contains("expected a finite number (NaN and infinities are not accepted), found '-Infinity'");
    }

    @Test
    void negativeAndOutOfRangeProbabilitiesNameTheirField() throws IOException {
        assertThat(failRun("probabilities.yaml", """
                env: {id: BernoulliBandit-v0, config: {numArms: 3, probabilities: [0.5, 1.5, -0.1]}}
                agent: {id: random}
                seed: 1
                steps: 10
                """)).contains("1. env.config.probabilities").contains("1.5");
        assertThat(failRun("success.yaml", """
                env: {id: GridWorld-v0, config: {successProb: -0.5}}
                agent: {id: random}
                seed: 1
                steps: 10
                """)).contains("1. env.config.successProb: expected a probability in [0, 1], found -0.5");
    }

    @Test
    void policyLengthZeroOrNegativeIsRefused() throws IOException {
        for (int length : new int[] {0, -2}) {
            assertThat(failRun("len.yaml", """
                    env: {id: GridWorld-v0}
                    agent: {id: aif, config: {policyLen: %d}}
                    seed: 1
                    steps: 10
                    """.formatted(length)))
                    .contains("1. agent.config.policyLen: expected a planning depth in [1, 64], found " + length);
        }
    }

    @Test
    void zeroEnvsAreRefused() throws IOException {
        assertThat(failRun("zero.yaml", VALID + "numEnvs: 0\n"))
                .contains("1. numEnvs: expected an integer from 1 to 1000000, found the number 0");
    }

    @Test
    void aPolicyTreeTooLargeForMemoryIsRefusedUpFrontWithItsSize() throws IOException {
        long start = System.nanoTime();
        assertThat(failRun("policies.yaml", """
                env: {id: GridWorld-v0, config: {shape: [7, 7]}}
                agent: {id: aif, config: {policyLen: 12}}
                seed: 1
                steps: 10
                """)).contains("1. agent.config.policyLen: expected a policy space of at most 67,108,864 entries")
                .contains("5^12 = 2.441e+08 policies").contains("which would need 10.9 GiB for the policies alone");
        assertThat(failRun("planner.yaml", """
                env: {id: GridWorld-v0, config: {shape: [25, 25]}}
                agent: {id: aif, config: {policyLen: 8}}
                seed: 1
                steps: 10
                """)).contains("1. agent.config.policyLen: expected a policy tree whose planner fits in half of this "
                        + "JVM's").contains("found 390,625 policies of 8 steps over [625] states, whose planner would need")
                .contains("GiB per planning thread x 1)");
        assertThat(System.nanoTime() - start).as("refused before any work").isLessThan(30_000_000_000L);
    }

    @Test
    void aModelInAnEnvConfigThatIsNotADistributionOrDoesNotFitItsDependenciesIsRefused() throws IOException {
        String pomdp = """
                env:
                  id: PomdpEnv-v0
                  config:
                    A: [[[0.9, 0.2], [0.1, 0.8]]]
                    B: [[[[1.0, 0.0], [0.0, 1.0]], [[0.0, 1.0], [1.0, 0.0]]]]
                    D: [[0.5, 0.5]]
                agent: {id: random}
                seed: 0
                steps: 10
                """;
        assertThat(failRun("columns.yaml", pomdp.replace("[0.1, 0.8]", "[0.2, 0.8]")))
                .contains("1. env.config.A[0]: expected every column to sum to 1, found 1.1 in column 0");
        assertThat(failRun("negative.yaml", pomdp.replace("[[0.0, 1.0], [1.0, 0.0]]]]", "[[0.2, 1.0], [-0.2, 0.0]]]]")))
                .contains("1. env.config.B[0]: expected non-negative finite probabilities, found -0.2");
        assertThat(failRun("shape.yaml", pomdp.replace("A: [[[0.9, 0.2], [0.1, 0.8]]]",
                "A: [[[0.9, 0.2, 0.5], [0.1, 0.8, 0.5]]]")))
                .contains("1. env.config.A[0]: expected axis 1 of size 2 (the states of factor 0, which "
                        + "aDependencies[0] names), found shape [2, 3]");
        assertThat(out).doesNotExist();
    }

    @Test
    void aSearchTreeTooLargeForMemoryIsRefusedUpFrontWithItsSize() throws IOException {
        assertThat(failRun("si.yaml", """
                env: {id: GridWorld-v0, config: {shape: [7, 7]}}
                agent: {id: aif, config: {policySearch: si, si: {maxNodes: 20000000, maxBranching: 5}}}
                seed: 1
                steps: 10
                """)).contains("1. agent.config.si.maxNodes: expected a search tree of at most 1.0 GiB, found maxNodes "
                + "20,000,000 x (49 belief entries, maxBranching 5) = 9.3 GiB");
        assertThat(failRun("mcts.yaml", """
                env: {id: GridWorld-v0, config: {shape: [7, 7]}}
                agent: {id: aif, config: {policySearch: mcts, mcts: {numSimulations: 5000000}}}
                seed: 1
                steps: 10
                """)).contains("1. agent.config.mcts.numSimulations: expected a search tree of at most 1.0 GiB, "
                + "found (numSimulations 5,000,000 + 1) nodes x (49 belief entries, 5 actions) = 2.7 GiB");
    }
}
