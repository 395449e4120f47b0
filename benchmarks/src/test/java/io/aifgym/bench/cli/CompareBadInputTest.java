package io.aifgym.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.aifgym.bench.checkpoint.CheckpointFile;
import io.aifgym.bench.compare.CompareCheckpoints;
import io.aifgym.bench.fixtures.Checkpoints;
import io.aifgym.bench.fixtures.FolderContents;
import io.aifgym.bench.fixtures.SmallDisk;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input to {@code aifgym compare CONFIG}, through the command line: exit code
 * 2, one message on standard error naming the path, what was expected and what was found,
 * nothing on standard output, and nothing written (no output folder, or the folder as it was).
 * The file's problems (malformed text, wrong types, missing and unknown fields, unknown ids,
 * NaN, probabilities, models that do not fit, budgets of zero), the output folder, a disk that
 * fills up mid-compare (on a small tmpfs, skipped where it cannot be mounted) and every
 * checkpoint {@code --resume} cannot use.
 */
class CompareBadInputTest {

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
            envs:
              - {id: TestCountdown-v0, name: countdown, config: {length: 3}, episodes: 4}
            agents:
              - {id: test-epsilon, name: eager, config: {epsilon: 0.2}}
              - {id: random}
            seeds: 2
            threads: 1
            """;

    private Path config(String fileName, String text) throws IOException {
        return Files.writeString(dir.resolve(fileName), text);
    }

    private Cli.Result compare(Path configFile, String... extra) {
        return Cli.run(Stream.concat(Stream.of("--plugins", plugins.toString(), "compare", configFile.toString()),
                Stream.of(extra)).toArray(String[]::new));
    }

    /** Runs a config into {@code out}, checks the common shape of a bad-input failure; returns standard error. */
    private String failCompare(String fileName, String text) throws IOException {
        return fail(compare(config(fileName, text), "--out", out.toString()));
    }

    private String fail(Cli.Result r) {
        assertBadInput(r);
        assertThat(out).as("nothing written").doesNotExist();
        return r.err();
    }

    private static void assertBadInput(Cli.Result r) {
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("aifgym: ");
        assertThat(r.err().split("aifgym: ", -1)).as("one message").hasSize(2);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    // ------------------------------------------------------------------ the file

    @Test
    void malformedJsonGivesLineAndColumn() throws IOException {
        String err = failCompare("bad.json", "{\"envs\": [{\"id\": \"TestCountdown-v0\", \"episodes\": 4}],\n"
                + " \"seeds\": 1 2}");
        assertThat(err).contains("bad.json: 1 problem").contains("1. line 2, column 13: expected valid JSON, found ");
        assertThat(failCompare("duplicate.json", "{\"seeds\": 1, \"seeds\": 2}"))
                .contains("1. line 1, column ").contains("expected valid JSON, found Duplicate field 'seeds'");
    }

    @Test
    void malformedYamlGivesLineAndColumn() throws IOException {
        assertThat(failCompare("bad.yml", "envs: [{id: TestCountdown-v0, episodes: 4}\nseeds: [1\n"))
                .containsPattern("1\\. line \\d+, column \\d+: expected valid YAML, found .+");
        assertThat(failCompare("duplicate.yaml", VALID + "seeds: 3\n"))
                .containsPattern("1\\. line 8, column \\d+: expected valid YAML, found Duplicate field 'seeds'");
        assertThat(failCompare("list.yaml", "- envs\n- agents\n"))
                .contains("1. (root): expected an object with the fields envs, agents and seeds, found a list of 2 "
                        + "items");
        assertThat(failCompare("empty.yaml", "")).contains("1. (root): expected an object with the fields envs, "
                + "agents and seeds, found an empty file");
    }

    @Test
    void wrongTypesNameThePathTheTypeAndTheValue() throws IOException {
        assertThat(failCompare("gamma.yaml", VALID.replace("{epsilon: 0.2}", "{epsilon: 0.2, gamma: high}")))
                .contains("1. agents[0].config.gamma: expected a number, found the string \"high\"");
        assertThat(failCompare("seeds.yaml", VALID.replace("seeds: 2", "seeds: many")))
                .contains("1. seeds: expected a number of seeds from 1 to 100000 (the seeds 0, 1, ...) or a non-empty "
                        + "list of distinct integer seeds, found the string \"many\"");
        assertThat(failCompare("episodes.yaml", VALID.replace("episodes: 4", "episodes: 2.5")))
                .contains("1. envs[0].episodes: expected an integer from 1 to 2147483647, found the number 2.5");
        assertThat(failCompare("envs.yaml", VALID.replace("""
                envs:
                  - {id: TestCountdown-v0, name: countdown, config: {length: 3}, episodes: 4}
                """, "envs: {id: TestCountdown-v0, episodes: 4}\n")))
                .contains("1. envs: expected a non-empty list of envs, each {id: ENV-ID, config: {...}, steps: N or "
                        + "episodes: N}, found an object with the fields id, episodes");
        assertThat(failCompare("per-env.yaml", VALID.replace("episodes: 4}",
                "episodes: 4, agentConfigs: {eager: {memory: many}}}")))
                .contains("1. envs[0].agentConfigs.eager.memory: expected an integer, found the string \"many\"");
        assertThat(failCompare("success.yaml", VALID.replace("episodes: 4}", "episodes: 4, success: sometimes}")))
                .contains("1. envs[0].success: expected one of TERMINAL_REWARD, TERMINATED, POSITIVE_RETURN, NONE, "
                        + "found the string \"sometimes\"");
        assertThat(failCompare("out.yaml", VALID + "out: [a, b]\n"))
                .contains("1. out: expected a folder path (a non-empty string), found a list of 2 items");
    }

    @Test
    void missingFieldsAreNamed() throws IOException {
        assertThat(failCompare("seeds.yaml", VALID.replace("seeds: 2\n", "")))
                .contains("1. seeds: expected a number of seeds").contains("found nothing (the field is missing)");
        assertThat(failCompare("agents.yaml", VALID.replace("""
                agents:
                  - {id: test-epsilon, name: eager, config: {epsilon: 0.2}}
                  - {id: random}
                """, ""))).contains("1. agents: expected a non-empty list of agents, each {id: AGENT-ID, name: NAME, "
                        + "config: {...}}, found nothing (the field is missing)");
        assertThat(failCompare("budget.yaml", VALID.replace(", episodes: 4}", "}")))
                .contains("1. envs[0].steps: expected a positive integer (at most 2147483647) (or episodes instead), "
                        + "found nothing (the field is missing)");
        assertThat(failCompare("id.yaml", VALID.replace("{id: random}", "{name: chance}")))
                .containsPattern("1\\. agents\\[1]\\.id: expected a registered agent id \\([^)]*random[^)]*\\), found "
                        + "nothing \\(the field is missing\\)");
    }

    @Test
    void unknownFieldsAreErrorsWithTheNearestKnownField() throws IOException {
        assertThat(failCompare("seed.yaml", VALID.replace("seeds: 2", "seed: 2")))
                .contains("2 problems").contains("1. seed: expected one of the fields envs, agents, seeds, numEnvs, "
                        + "threads, blockSteps, out, found an unknown field 'seed'; did you mean 'seeds'?")
                .contains("2. seeds: expected a number of seeds");
        assertThat(failCompare("episode.yaml", VALID.replace("episodes: 4", "episodes: 4, lastEpisode: 2")))
                .contains("1. envs[0].lastEpisode: expected one of the fields id, name, config, steps, episodes, "
                        + "maxSteps, lastEpisodes, success, agentConfigs, found an unknown field 'lastEpisode'; did "
                        + "you mean 'lastEpisodes'?");
        assertThat(failCompare("gama.yaml", VALID.replace("{epsilon: 0.2}", "{epsilon: 0.2, gama: 0.5}")))
                .contains("1. agents[0].config.gama: expected one of the fields of Config (epsilon, gamma, memory,"
                        + " preference, schedule, weights), found an unknown field 'gama'; did you mean 'gamma'?");
        assertThat(failCompare("per-env.yaml", VALID.replace("episodes: 4}",
                "episodes: 4, agentConfigs: {eagre: {epsilon: 0.1}}}")))
                .contains("1. envs[0].agentConfigs.eagre: expected the name of an agent in agents (eager, random), "
                        + "found 'eagre'; did you mean 'eager'?");
    }

    @Test
    void unknownIdsNameTheNearestRegisteredId() throws IOException {
        String err = failCompare("ids.yaml", VALID.replace("id: TestCountdown-v0", "id: TestCountdwn-v0")
                .replace("{id: random}", "{id: randum}"));
        assertThat(err).contains("2 problems")
                .containsPattern("1\\. agents\\[1]\\.id: expected a registered agent id \\([^)]*random[^)]*\\), found "
                        + "'randum'; did you mean 'random'\\?")
                .containsPattern("2\\. envs\\[0]\\.id: expected a registered env id \\([^)]*TestCountdown-v0[^)]*\\), "
                        + "found 'TestCountdwn-v0'; did you mean 'TestCountdown-v0'\\?");
    }

    @Test
    void nanAndInfinitiesAreRefusedWhereTheyStand() throws IOException {
        assertThat(failCompare("nan.yaml", VALID.replace("{epsilon: 0.2}", "{epsilon: .nan}")))
                .contains("1. line 4, column ").contains("expected a finite number (NaN and infinities are not "
                        + "accepted), found '.nan'");
        assertThat(failCompare("inf.json", """
                {"envs": [{"id": "TestCountdown-v0", "episodes": 4,
                           "agentConfigs": {"test-epsilon": {"gamma": -Infinity}}}],
                 "agents": [{"id": "test-epsilon"}], "seeds": 2}
                """)).contains("1. line 2, column ").contains("expected a finite number (NaN and infinities are not "
                        + "accepted), found '-Infinity'");
        assertThat(failCompare("seeds.yaml", VALID.replace("seeds: 2", "seeds: .inf")))
                .contains("expected a finite number (NaN and infinities are not accepted), found '.inf'");
    }

    @Test
    void negativeAndOutOfRangeProbabilitiesNameTheirField() throws IOException {
        assertThat(failCompare("epsilon.yaml", VALID.replace("{epsilon: 0.2}", "{epsilon: 1.5}")))
                .contains("1. agents[0].config.epsilon: expected a probability in [0, 1], found 1.5");
        assertThat(failCompare("per-env.yaml", VALID.replace("episodes: 4}",
                "episodes: 4, agentConfigs: {eager: {epsilon: -0.1}}}")))
                .contains("1. envs[0].agentConfigs.eager.epsilon: expected a probability in [0, 1], found -0.1");
        assertThat(failCompare("bandit.yaml", """
                envs: [{id: BernoulliBandit-v0, config: {numArms: 3, probabilities: [0.5, 1.5, -0.1]}, steps: 10}]
                agents: [{id: random}]
                seeds: 2
                """)).contains("1. envs[0].config.probabilities").contains("1.5");
        assertThat(failCompare("slip.yaml", """
                envs: [{id: GridWorld-v0, config: {successProb: -0.5}, steps: 10}]
                agents: [{id: random}]
                seeds: 2
                """)).contains("1. envs[0].config.successProb: expected a probability in [0, 1], found -0.5");
    }

    private static final String POMDP = """
            envs:
              - id: PomdpEnv-v0
                config:
                  A: [[[0.9, 0.2], [0.1, 0.8]]]
                  B: [[[[1.0, 0.0], [0.0, 1.0]], [[0.0, 1.0], [1.0, 0.0]]]]
                  D: [[0.5, 0.5]]
                steps: 10
            agents: [{id: random}]
            seeds: 2
            """;

    @Test
    void modelsInAnEnvConfigThatAreNotDistributionsOrDoNotFitTheirDependenciesAreRefused() throws IOException {
        assertThat(failCompare("columns.yaml", POMDP.replace("[0.1, 0.8]", "[0.1, 0.7]")))
                .contains("1. envs[0].config.A[0]: expected every column to sum to 1, found 0.8999999999999999 in "
                        + "column 1");
        assertThat(failCompare("negative.yaml", POMDP.replace("[[1.0, 0.0], [0.0, 1.0]], [[0.0, 1.0]",
                "[[1.2, 0.0], [-0.2, 1.0]], [[0.0, 1.0]"))).contains("1. envs[0].config.B[0]: expected non-negative "
                        + "finite probabilities, found -0.2 at outcome 0, column 2");
        assertThat(failCompare("nan.yaml", POMDP.replace("[0.1, 0.8]", "[0.1, .nan]")))
                .contains("1. line 4, column 34: expected a finite number (NaN and infinities are not accepted), "
                        + "found '.nan'");
        assertThat(failCompare("dependencies.yaml", POMDP.replace("D: [[0.5, 0.5]]\n",
                "D: [[0.5, 0.5]]\n      aDependencies: [[0, 1]]\n")))
                .contains("1. envs[0].config.aDependencies[0]: expected factor indices in [0, 1), found [0, 1]");
        assertThat(failCompare("shape.yaml", POMDP.replace("A: [[[0.9, 0.2], [0.1, 0.8]]]",
                "A: [[[0.9, 0.2, 0.5], [0.1, 0.8, 0.5]]]")))
                .contains("1. envs[0].config.A[0]: expected axis 1 of size 2 (the states of factor 0, which "
                        + "aDependencies[0] names), found shape [2, 3]");
        assertThat(failCompare("prior.yaml", """
                envs:
                  - {id: GridWorld-v0, config: {shape: [2, 2]}, steps: 10,
                     agentConfigs: {aif: {model: {preferences: [[0, 1]]}}}}
                agents: [{id: aif}]
                seeds: 1
                """)).contains("1. envs[0].agentConfigs.aif.model.preferences[0]: expected 4 values, found 2");
    }

    @Test
    void policyLengthZeroOrNegativeIsRefused() throws IOException {
        for (int length : new int[] {0, -2}) {
            assertThat(failCompare("len.yaml", """
                    envs: [{id: GridWorld-v0, config: {shape: [2, 2]}, steps: 10}]
                    agents: [{id: aif, config: {policyLen: %d}}]
                    seeds: 1
                    """.formatted(length)))
                    .contains("1. agents[0].config.policyLen: expected a planning depth in [1, 64], found " + length);
            assertThat(failCompare("per-env.yaml", """
                    envs: [{id: GridWorld-v0, config: {shape: [2, 2]}, steps: 10, agentConfigs: {aif: {policyLen: %d}}}]
                    agents: [{id: aif}]
                    seeds: 1
                    """.formatted(length)))
                    .contains("1. envs[0].agentConfigs.aif.policyLen: expected a planning depth in [1, 64], found "
                            + length);
        }
    }

    @Test
    void zeroSeedsEnvsAgentsEpisodesStepsAndThreadsAreRefused() throws IOException {
        assertThat(failCompare("seeds.yaml", VALID.replace("seeds: 2", "seeds: 0")))
                .contains("1. seeds: expected a number of seeds from 1 to 100000").contains("found the number 0");
        assertThat(failCompare("no-seeds.yaml", VALID.replace("seeds: 2", "seeds: []")))
                .contains("1. seeds: expected ").contains("found a list of 0 items");
        assertThat(failCompare("same-seeds.yaml", VALID.replace("seeds: 2", "seeds: [3, 3]")))
                .contains("1. seeds[1]: expected a seed not listed before, found the seed 3 again");
        assertThat(failCompare("envs.yaml", VALID.replace("""
                envs:
                  - {id: TestCountdown-v0, name: countdown, config: {length: 3}, episodes: 4}
                """, "envs: []\n"))).contains("1. envs: expected a non-empty list of envs").contains("found a list "
                        + "of 0 items");
        assertThat(failCompare("episodes.yaml", VALID.replace("episodes: 4", "episodes: 0")))
                .contains("1. envs[0].episodes: expected an integer from 1 to 2147483647, found the number 0");
        assertThat(failCompare("steps.yaml", VALID.replace("episodes: 4", "steps: 0")))
                .contains("1. envs[0].steps: expected an integer from 1 to 2147483647, found the number 0");
        assertThat(failCompare("both.yaml", VALID.replace("episodes: 4", "episodes: 4, steps: 4")))
                .contains("1. envs[0].episodes: expected no episodes when steps is given");
        assertThat(failCompare("last.yaml", VALID.replace("episodes: 4", "episodes: 4, lastEpisodes: 5")))
                .contains("1. envs[0].lastEpisodes: expected at most episodes (4), found the number 5");
        assertThat(failCompare("copies.yaml", VALID + "numEnvs: 0\nblockSteps: -1\n"))
                .contains("2 problems").contains("1. numEnvs: expected an integer from 1 to 100000, found the number 0")
                .contains("2. blockSteps: expected an integer from 1 to 1000000, found the number -1");
        assertThat(failCompare("threads.yaml", VALID.replace("threads: 1", "threads: 0")))
                .contains("1. threads: expected an integer from 1 to 1024, found the number 0");
        assertThat(failCompare("names.yaml", VALID.replace("name: eager, ", "")
                .replace("{id: random}", "{id: test-epsilon}")))
                .contains("1. agents[1].name: expected a name distinct from agents[0]'s (give one of them a name), "
                        + "found 'test-epsilon' again");
    }

    @Test
    void aPolicyTreeTooLargeForMemoryIsRefusedUpFrontWithItsSize() throws IOException {
        long start = System.nanoTime();
        assertThat(failCompare("policies.yaml", """
                envs: [{id: GridWorld-v0, name: grid, config: {shape: [7, 7]}, steps: 10}]
                agents: [{id: random}, {id: aif, config: {policyLen: 12}}]
                seeds: 1
                """)).contains("1. agents[1].config.policyLen: expected a policy space of at most 67,108,864 entries")
                .contains("5^12 = 2.441e+08 policies").contains("which would need 10.9 GiB for the policies alone")
                .contains("(in envs[0], grid)");
        assertThat(failCompare("per-env.yaml", """
                envs: [{id: GridWorld-v0, config: {shape: [7, 7]}, steps: 10, agentConfigs: {aif: {policyLen: 12}}}]
                agents: [{id: aif}]
                seeds: 1
                """)).contains("1. envs[0].agentConfigs.aif.policyLen: expected a policy space of at most 67,108,864 "
                        + "entries");
        assertThat(failCompare("planner.yaml", """
                envs: [{id: GridWorld-v0, config: {shape: [25, 25]}, steps: 10}]
                agents: [{id: aif, config: {policyLen: 8}}]
                seeds: 1
                """)).contains("1. agents[0].config.policyLen: expected a policy tree whose planner fits in half of "
                        + "this JVM's").contains("found 390,625 policies of 8 steps over [625] states, whose planner "
                        + "would need");
        assertThat(System.nanoTime() - start).as("refused before any work").isLessThan(30_000_000_000L);
    }

    @Test
    void anAgentThatCannotActInAnEnvIsLeftOutOfItNotRefused() throws IOException {
        Cli.Result r = compare(config("skip.yaml", """
                envs: [{id: GridWorld-v0, name: grid, config: {shape: [2, 2]}, steps: 5}]
                agents: [{id: random}, {id: test-epsilon, name: eager}]
                seeds: 1
                threads: 1
                """), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("skipped eager: not applicable: env: expected a Discrete action space");
    }

    @Test
    void aMissingOrUnreadableConfigFileIsRefused() throws IOException {
        assertThat(fail(compare(dir.resolve("nope.yaml"), "--out", out.toString())))
                .contains("1. (file): expected a readable config file, found no such file");
        assertThat(fail(compare(Files.createDirectories(dir.resolve("folder.yaml")), "--out", out.toString())))
                .contains("1. (file): expected a readable config file, found a folder");
        assertThat(fail(compare(config("compare.txt", VALID), "--out", out.toString())))
                .contains("1. (file): expected a .json, .yaml or .yml file, found '");
    }

    @Test
    void badCommandLines() throws IOException {
        Path ok = config("ok.yaml", VALID);
        assertThat(fail(Cli.run("--plugins", plugins.toString(), "compare")))
                .contains("Missing required parameter: 'CONFIG'");
        assertThat(fail(compare(ok, "--out", out.toString(), "--frobnicate")))
                .contains("Unknown option: '--frobnicate'");
        assertThat(fail(compare(ok, "--out", out.toString(), "--threads", "0")))
                .contains("--threads: expected an integer from 1 to 1024, found 0");
        assertThat(fail(compare(ok, "--out", out.toString(), "--threads", "many")))
                .contains("Invalid value for option '--threads': 'many' is not an int");
        assertThat(fail(compare(ok, "--out", out.toString(), "--checkpoint-every", "0")))
                .contains("--checkpoint-every: expected a positive number of runs, found 0");
        assertThat(fail(compare(ok, "--out", out.toString(), "--checkpoint-every", "-3")))
                .contains("--checkpoint-every: expected a positive number of runs, found -3");
        assertThat(fail(compare(ok, "--out", out.toString(), "--resume", dir.resolve("elsewhere").toString())))
                .contains("--out: expected no other output folder than --resume's (" + dir.resolve("elsewhere")
                        + "), found " + out);
    }

    // ------------------------------------------------------------------ the output folder

    @Test
    void outputFolderUnderAFileIsRefusedUpFront() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Path ok = config("ok.yaml", VALID);
        Cli.Result under = compare(ok, "--out", file.resolve("sub").toString());
        assertBadInput(under);
        assertThat(under.err()).contains("1. out: expected a writable output folder, found ").contains("is a file");
        Cli.Result same = compare(ok, "--out", file.toString());
        assertBadInput(same);
        assertThat(same.err()).contains("1. out: expected a writable output folder, found a file, ");
        Cli.Result fromTheFile = compare(config("out.yaml", VALID + "out: " + file.resolve("sub") + "\n"));
        assertBadInput(fromTheFile);
        assertThat(fromTheFile.err()).contains("1. out: expected a writable output folder, found ");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void readOnlyOutputFolderIsRefusedUpFront() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write to read-only folders");
        Path readOnly = Files.createDirectories(dir.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Cli.Result r = compare(config("ok.yaml", VALID), "--out", readOnly.resolve("compare").toString());
            assertBadInput(r);
            assertThat(r.err()).contains("1. out: expected a writable output folder, found ").contains("read-only");
            assertThat(readOnly.resolve("compare")).doesNotExist();
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void configProblemsAndOutputFolderProblemsComeTogether() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Cli.Result r = compare(config("bad.yaml", VALID.replace("{length: 3}", "{length: 5000}")), "--out",
                file.toString());
        assertBadInput(r);
        assertThat(r.err()).contains("2 problems").contains("1. envs[0].config.length: expected at most 1000, found "
                + "5000").contains("2. out: expected a writable output folder, found a file, ");
    }

    // ------------------------------------------------------------------ a disk that fills up

    /** 2 agents x 4 seeds of 200 FrozenLake episodes: about 64 KiB of episodes.csv and 80 KiB of curves. */
    private static final String LAKE = """
            envs: [{id: FrozenLake-v1, name: lake, episodes: 200}]
            agents: [{id: random}, {id: q-learning}]
            seeds: 4
            threads: %d
            """;

    @Test
    void resultsThatDoNotFitAreNotWrittenAtAll() throws Exception {
        SmallDisk.run(dir, "96k", disk -> {
            Path folder = Files.createDirectories(disk.resolve("compare"));
            Files.writeString(folder.resolve("summary.json"), "{\"from\": \"an earlier compare\"}\n");
            Map<String, String> before = FolderContents.of(folder);
            Cli.Result r = compare(config("lake.yaml", LAKE.formatted(2)), "--out", folder.toString());
            assertBadInput(r);
            assertThat(r.err()).startsWith("aifgym: out: cannot write the results to " + folder)
                    .contains("No space left on device");
            assertThat(FolderContents.of(folder)).as("the folder as it was, no temporary file").isEqualTo(before);
            Path fresh = disk.resolve("fresh");
            Cli.Result again = compare(config("lake.yaml", LAKE.formatted(1)), "--out", fresh.toString());
            assertBadInput(again);
            assertThat(again.err()).startsWith("aifgym: out: cannot write the results to " + fresh)
                    .contains("No space left on device");
            assertThat(fresh).as("the folder it made is removed again").doesNotExist();
        });
    }

    @Test
    void aCheckpointThatDoesNotFitLeavesThePreviousOneWhole() throws Exception {
        SmallDisk.run(dir, "96k", disk -> {
            Path folder = disk.resolve("checkpointed");
            Cli.Result r = compare(config("lake.yaml", LAKE.formatted(2)), "--out", folder.toString(),
                    "--checkpoint-every", "1");
            assertBadInput(r);
            assertThat(r.err()).startsWith("aifgym: checkpoint: cannot write " + CheckpointFile.in(folder))
                    .contains("No space left on device").contains("the previous checkpoint, if any, is kept");
            assertThat(FolderContents.of(folder).keySet()).containsExactly(CheckpointFile.FILE);
            JsonNode kept = CheckpointFile.checkedTree(CheckpointFile.in(folder).toString(),
                    Files.readAllBytes(CheckpointFile.in(folder)));
            assertThat(kept.get("kind").asText()).isEqualTo(CompareCheckpoints.KIND);
            assertThat(kept.get("finished").size()).isPositive();
        });
    }

    // ------------------------------------------------------------------ --resume

    /** Resumes {@code folder} with a config and checks the refusal changed nothing there; returns standard error. */
    private String failResume(Path configFile, Path folder) throws IOException {
        Map<String, String> before = Files.isDirectory(folder) ? FolderContents.of(folder) : null;
        Cli.Result r = compare(configFile, "--resume", folder.toString());
        assertBadInput(r);
        if (before == null) {
            assertThat(folder).doesNotExist();
        } else {
            assertThat(FolderContents.of(folder)).as("the folder as it was").isEqualTo(before);
        }
        return r.err();
    }

    @Test
    void resumingWithoutACheckpointIsRefused() throws IOException {
        Path ok = config("ok.yaml", VALID);
        assertThat(failResume(ok, dir.resolve("nowhere"))).isEqualTo("aifgym: --resume: expected a folder with a "
                + "checkpoint.json (written by 'aifgym compare --checkpoint-every N'), found no folder "
                + dir.resolve("nowhere") + System.lineSeparator());
        Path finished = dir.resolve("finished");
        assertThat(compare(ok, "--out", finished.toString()).code()).isZero();
        assertThat(failResume(ok, finished)).contains("--resume: expected a folder with a checkpoint.json").contains(
                "found none in " + finished);
    }

    @Test
    void aCheckpointOfAnotherConfigIsRefusedWithTheDifferences() throws IOException {
        Path ok = config("ok.yaml", VALID);
        Path folder = dir.resolve("stopped");
        Checkpoints.ofCompare(ok, folder);
        assertThat(failResume(config("other.yaml", VALID.replace("seeds: 2", "seeds: [0, 5]")
                .replace("{epsilon: 0.2}", "{epsilon: 0.3}")), folder))
                .contains(CheckpointFile.in(folder) + ": expected a checkpoint of this config, found one of another "
                        + "config: ").contains("seeds: [0,1] in the checkpoint, [0,5] now")
                .contains("agents[0].agent.config.epsilon: 0.2 in the checkpoint, 0.3 now");
        assertThat(compare(config("threads.yaml", VALID.replace("threads: 1", "threads: 2")), "--resume",
                folder.toString()).code()).as("threads may change").isZero();
    }

    @Test
    void aDamagedCheckpointIsRefused() throws IOException {
        Path ok = config("ok.yaml", VALID);
        Path folder = dir.resolve("stopped");
        Checkpoints.ofCompare(ok, folder);
        Path file = CheckpointFile.in(folder);
        String whole = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, whole.substring(0, whole.length() / 2));
        assertThat(failResume(ok, folder)).contains(file + ": expected a checkpoint (JSON), found a damaged file: ");
        Files.writeString(file, whole.replace("\"finished\":", "\"finishd\":"));
        assertThat(failResume(ok, folder)).contains(file + ": expected a complete checkpoint, found a damaged one: ");
        Files.writeString(file, whole.replace("\"formatVersion\":1", "\"formatVersion\":7"));
        assertThat(failResume(ok, folder)).contains(file + ": expected checkpoint format version 1, found version 7");
        Files.writeString(file, whole.replace("\"agent\":\"random\"", "\"agent\":\"eager\""));
        assertThat(failResume(ok, folder)).contains(file + ": expected a checkpoint that fits the comparison, found "
                + "run ");
    }

    @Test
    void aCheckpointOfAnotherCommandIsRefused() throws IOException {
        Path ok = config("ok.yaml", VALID);
        Path ofARun = dir.resolve("run");
        Checkpoints.ofRun(config("run.yaml", """
                env: {id: TestCountdown-v0}
                agent: {id: random}
                seed: 1
                steps: 40
                blockSteps: 10
                """), ofARun, 0, 1);
        assertThat(failResume(ok, ofARun)).contains(CheckpointFile.in(ofARun) + ": expected a checkpoint of 'aifgym "
                + "compare' (kind \"compare\"), found the checkpoint of an 'aifgym run'");
        Path ofAStudy = dir.resolve("study");
        Checkpoints.ofCompare(ok, ofAStudy);
        Path file = CheckpointFile.in(ofAStudy);
        Files.writeString(file, Files.readString(file).replace("\"kind\":\"compare\"",
                "\"kind\":\"learning-gridworld\""));
        assertThat(failResume(ok, ofAStudy)).contains("expected a checkpoint of 'aifgym compare' (kind \"compare\"), "
                + "found kind \"learning-gridworld\"");
    }

    @Test
    void aFreshCompareDoesNotOverwriteAnUnfinishedComparisonsCheckpoint() throws IOException {
        Path ok = config("ok.yaml", VALID);
        Path folder = dir.resolve("stopped");
        Checkpoints.ofCompare(ok, folder);
        Map<String, String> before = FolderContents.of(folder);
        Cli.Result r = compare(ok, "--out", folder.toString(), "--checkpoint-every", "1");
        assertBadInput(r);
        assertThat(r.err()).contains("--out: expected a folder without the checkpoint of an unfinished comparison, "
                + "found " + CheckpointFile.in(folder) + " (resume it with --resume " + folder + ", or delete it)");
        assertThat(FolderContents.of(folder)).isEqualTo(before);
    }
}
