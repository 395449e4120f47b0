package io.aifgym.bench.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.aifgym.bench.fixtures.Countdown;
import io.aifgym.bench.fixtures.EpsilonAgent;
import io.aifgym.gym.registry.AgentRegistry;
import io.aifgym.gym.registry.EnvRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    private final ConfigLoader loader = new ConfigLoader(new EnvRegistry(List.of(new Countdown.Provider())),
            new AgentRegistry(List.of(new EpsilonAgent.Provider())));

    private ExperimentConfig json(String text) {
        return loader.parse(text, ConfigMappers.Format.JSON, "test.json");
    }

    private ExperimentConfig yaml(String text) {
        return loader.parse(text, ConfigMappers.Format.YAML, "test.yaml");
    }

    private List<ConfigProblem> problemsOfJson(String text) {
        return catchThrowableOfType(ConfigException.class, () -> json(text)).problems();
    }

    private List<ConfigProblem> problemsOfYaml(String text) {
        return catchThrowableOfType(ConfigException.class, () -> yaml(text)).problems();
    }

    private static final String VALID_YAML = """
            env: {id: TestCountdown-v0, config: {length: 7}}
            agent:
              id: test-epsilon
              config:
                epsilon: 0.25
                schedule: {end: 0.5}
            seed: 42
            numEnvs: 3
            steps: 20
            """;

    @Test
    void yamlAndJsonBindTheSameConfigWithDefaultsFilledIn() {
        ExperimentConfig fromYaml = yaml(VALID_YAML);
        ExperimentConfig fromJson = json("""
                {"env": {"id": "TestCountdown-v0", "config": {"length": 7}},
                 "agent": {"id": "test-epsilon", "config": {"epsilon": 0.25, "schedule": {"end": 0.5}}},
                 "seed": 42, "numEnvs": 3, "steps": 20}
                """);
        assertThat(fromYaml).isEqualTo(fromJson);
        assertThat(fromYaml.env().config()).isEqualTo(new Countdown.Config(7, 1.0));
        assertThat(fromYaml.agent().config()).isEqualTo(new EpsilonAgent.Config(0.25, 0.9, 4,
                EpsilonAgent.Preference.LAST, new EpsilonAgent.Schedule(1.0, 0.5), List.of(1.0, 2.0)));
        assertThat(fromYaml.seed()).isEqualTo(42);
        assertThat(fromYaml.numEnvs()).isEqualTo(3);
        assertThat(fromYaml.steps()).isEqualTo(20);
        assertThat(fromYaml.episodes()).isNull();
        assertThat(fromYaml.threads()).isEqualTo(ExperimentConfig.DEFAULT_THREADS);
        assertThat(fromYaml.blockSteps()).isEqualTo(ExperimentConfig.DEFAULT_BLOCK_STEPS);
        assertThat(fromYaml.out()).isNull();
    }

    @Test
    void leftOutConfigsAreTheProviderDefaults() {
        ExperimentConfig c = json("""
                {"env": {"id": "TestCountdown-v0"}, "agent": {"id": "test-epsilon"}, "seed": -3, "episodes": 5}
                """);
        assertThat(c.env().config()).isEqualTo(Countdown.Config.DEFAULT);
        assertThat(c.agent().config()).isEqualTo(EpsilonAgent.Config.DEFAULT);
        assertThat(c.episodes()).isEqualTo(5);
        assertThat(c.maxSteps()).isEqualTo(ExperimentConfig.DEFAULT_MAX_STEPS);
        assertThat(c.stepLimit()).isEqualTo(ExperimentConfig.DEFAULT_MAX_STEPS);
    }

    @Test
    void unknownIdsNameTheNearestRegisteredId() {
        List<ConfigProblem> p = problemsOfJson("""
                {"env": {"id": "TestCountdwn-v0"}, "agent": {"id": "test-epsilom"}, "seed": 1, "steps": 5}
                """);
        assertThat(p).containsExactly(
                new ConfigProblem("env.id", "a registered env id (TestCountdown-v0)",
                        "'TestCountdwn-v0'; did you mean 'TestCountdown-v0'?"),
                new ConfigProblem("agent.id", "a registered agent id (test-epsilon)",
                        "'test-epsilom'; did you mean 'test-epsilon'?"));
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        List<ConfigProblem> p = problemsOfJson("{\n  \"seed\": 1,\n  \"steps\": ,\n}");
        assertThat(p).hasSize(1);
        assertThat(p.get(0).path()).isEqualTo("line 3, column 12");
        assertThat(p.get(0).expected()).isEqualTo("valid JSON");
        assertThat(p.get(0).found()).contains("Unexpected character (',' (code 44))");
    }

    @Test
    void malformedYamlGivesLineAndColumn() {
        List<ConfigProblem> p = problemsOfYaml("seed: 1\nenv: {id: x\nsteps: 3\n");
        assertThat(p).hasSize(1);
        assertThat(p.get(0).path()).matches("line \\d+, column \\d+");
        assertThat(p.get(0).expected()).isEqualTo("valid YAML");
        assertThat(p.get(0).found()).isNotBlank();
    }

    @Test
    void duplicateKeysAreMalformed() {
        List<ConfigProblem> p = problemsOfJson("{\"seed\": 1, \"seed\": 2}");
        assertThat(p).singleElement().satisfies(q -> {
            assertThat(q.path()).startsWith("line 1, column");
            assertThat(q.found()).contains("Duplicate field 'seed'");
        });
    }

    @Test
    void duplicateYamlKeysAreMalformed() {
        List<ConfigProblem> p = problemsOfYaml("seed: 1\nsteps: 2\nseed: 3\n");
        assertThat(p).singleElement().satisfies(q -> {
            assertThat(q.path()).matches("line \\d+, column \\d+");
            assertThat(q.found()).contains("Duplicate field 'seed'");
        });
    }

    @Test
    void wrongTypesNameThePathTheTypeAndTheValue() {
        List<ConfigProblem> p = problemsOfYaml("""
                env: {id: TestCountdown-v0, config: {length: "long", reward: [1]}}
                agent: {id: test-epsilon, config: {epsilon: high, memory: 2.5, preference: MIDDLE, schedule: {start: no}}}
                seed: "42"
                numEnvs: 0
                steps: 10
                """);
        assertThat(p).containsExactly(
                new ConfigProblem("env.config.length", "an integer",
                        "the string \"long\""),
                new ConfigProblem("env.config.reward", "a number", "a list of 1 item"),
                new ConfigProblem("agent.config.epsilon", "a number", "the string \"high\""),
                new ConfigProblem("agent.config.memory", "an integer",
                        "the number 2.5"),
                new ConfigProblem("agent.config.preference", "one of FIRST, LAST", "the string \"MIDDLE\""),
                new ConfigProblem("agent.config.schedule.start", "a number", "the boolean false"),
                new ConfigProblem("seed", "an integer (the root seed)", "the string \"42\""),
                new ConfigProblem("numEnvs", "an integer from 1 to 1000000", "the number 0"));
    }

    @Test
    void missingFieldsAreNamed() {
        List<ConfigProblem> p = problemsOfJson("{\"env\": {\"config\": {}}}");
        assertThat(p).containsExactly(
                new ConfigProblem("env.id", "a registered env id (TestCountdown-v0)",
                        "nothing (the field is missing)"),
                new ConfigProblem("agent", "an object with an id and an optional config",
                        "nothing (the field is missing)"),
                new ConfigProblem("seed", "an integer (the root seed)", "nothing (the field is missing)"),
                new ConfigProblem("steps", "a positive integer (at most 2147483647) (or episodes instead)",
                        "nothing (the field is missing)"));
    }

    @Test
    void unknownFieldsAreErrorsWithTheNearestKnownField() {
        List<ConfigProblem> p = problemsOfJson("""
                {"env": {"id": "TestCountdown-v0", "confg": {}},
                 "agent": {"id": "test-epsilon", "config": {"epsilom": 0.2, "schedule": {"stat": 0.5}}},
                 "seed": 1, "stpes": 5, "steps": 5}
                """);
        assertThat(p).extracting(ConfigProblem::path).containsExactly("stpes", "env.confg", "agent.config.epsilom",
                "agent.config.schedule.stat");
        assertThat(p.get(0).found()).isEqualTo("an unknown field 'stpes'; did you mean 'steps'?");
        assertThat(p.get(1).found()).isEqualTo("an unknown field 'confg'; did you mean 'config'?");
        assertThat(p.get(2).expected()).isEqualTo(
                "one of the fields of Config (epsilon, gamma, memory, preference, schedule, weights)");
        assertThat(p.get(2).found()).isEqualTo("an unknown field 'epsilom'; did you mean 'epsilon'?");
        assertThat(p.get(3).expected()).isEqualTo("one of the fields end, start");
        assertThat(p.get(3).found()).isEqualTo("an unknown field 'stat'; did you mean 'start'?");
    }

    @Test
    void valuesTheRecordRejectsAreEachReported() {
        List<ConfigProblem> p = problemsOfYaml("""
                env: {id: TestCountdown-v0, config: {length: -2}}
                agent: {id: test-epsilon, config: {epsilon: 1.5, gamma: 2, schedule: {start: 0.1, end: 0.9}}}
                seed: 1
                steps: 5
                """);
        assertThat(p).containsExactly(
                new ConfigProblem("env.config.length", "a positive integer", "-2"),
                new ConfigProblem("agent.config.schedule.end", "at most start (0.1)", "0.9"),
                new ConfigProblem("agent.config.epsilon", "a probability in [0, 1]", "1.5"),
                new ConfigProblem("agent.config.gamma", "a discount in [0, 1]", "2.0"));
    }

    @Test
    void stepsAndEpisodesExcludeEachOther() {
        List<ConfigProblem> p = problemsOfJson("""
                {"env": {"id": "TestCountdown-v0"}, "agent": {"id": "test-epsilon"}, "seed": 1, "steps": 5,
                 "episodes": 3, "maxSteps": 9}
                """);
        assertThat(p).extracting(ConfigProblem::path).containsExactly("episodes", "maxSteps");
    }

    @Test
    void theMessageNumbersEveryProblem() {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> json("""
                {"env": {"id": "Nope-v0"}, "agent": {"id": "test-epsilon", "config": {"gamma": "x"}}, "steps": 1}
                """));
        assertThat(e.getMessage()).isEqualTo(String.join(System.lineSeparator(),
                "test.json: 3 problems",
                "  1. env.id: expected a registered env id (TestCountdown-v0), found 'Nope-v0'",
                "  2. agent.config.gamma: expected a number, found the string \"x\"",
                "  3. seed: expected an integer (the root seed), found nothing (the field is missing)"));
    }

    @Test
    void fileErrorsAreProblemsToo(@TempDir Path dir) throws Exception {
        Path txt = Files.writeString(dir.resolve("run.txt"), "{}");
        assertThat(catchThrowableOfType(ConfigException.class, () -> loader.load(txt)).problems())
                .singleElement().extracting(ConfigProblem::expected).isEqualTo("a .json, .yaml or .yml file");
        Path missing = dir.resolve("missing.yaml");
        assertThat(catchThrowableOfType(ConfigException.class, () -> loader.load(missing)).problems())
                .singleElement().extracting(ConfigProblem::found).isEqualTo("no such file");
        Path empty = Files.writeString(dir.resolve("empty.yml"), "");
        assertThat(catchThrowableOfType(ConfigException.class, () -> loader.load(empty)).problems())
                .singleElement().extracting(ConfigProblem::found).isEqualTo("an empty file");
        Path list = Files.writeString(dir.resolve("list.json"), "[1, 2]");
        assertThat(catchThrowableOfType(ConfigException.class, () -> loader.load(list)).problems())
                .singleElement().extracting(ConfigProblem::found).isEqualTo("a list of 2 items");
        Path ok = Files.writeString(dir.resolve("ok.yaml"), VALID_YAML);
        assertThat(loader.load(ok)).isEqualTo(yaml(VALID_YAML));
    }
}
