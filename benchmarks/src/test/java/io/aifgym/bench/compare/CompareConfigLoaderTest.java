package io.aifgym.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aifgym.bench.config.ConfigException;
import io.aifgym.bench.config.ConfigMappers;
import io.aifgym.bench.config.ConfigProblem;
import io.aifgym.bench.fixtures.Countdown;
import io.aifgym.bench.fixtures.EpsilonAgent;
import io.aifgym.gym.registry.AgentRegistry;
import io.aifgym.gym.registry.EnvRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareConfigLoaderTest {

    private static final EnvRegistry ENVS = EnvRegistry.load(CompareConfigLoaderTest.class.getClassLoader());
    private static final AgentRegistry AGENTS = AgentRegistry.load(CompareConfigLoaderTest.class.getClassLoader());

    @TempDir
    Path dir;

    private static CompareConfig parse(String yaml) {
        return new CompareConfigLoader(ENVS, AGENTS).parse(yaml, ConfigMappers.Format.YAML, "test.yaml");
    }

    private static List<ConfigProblem> problems(String yaml) {
        try {
            parse(yaml);
        } catch (ConfigException e) {
            return e.problems();
        }
        throw new AssertionError("expected a ConfigException for\n" + yaml);
    }

    private static List<String> paths(String yaml) {
        return problems(yaml).stream().map(ConfigProblem::path).toList();
    }

    @Test
    void bindsDefaultsNamesSeedsAndPerEnvAgentConfigs() {
        CompareConfig c = parse("""
                envs:
                  - {id: TestCountdown-v0, config: {length: 3}, episodes: 20, lastEpisodes: 5,
                     agentConfigs: {greedy: {gamma: 0.5}}}
                  - {id: TestCountdown-v0, name: long, steps: 40, success: positive-return}
                agents:
                  - {id: test-epsilon, name: greedy, config: {epsilon: 0.25}}
                  - {id: test-epsilon}
                seeds: 3
                numEnvs: 2
                threads: 3
                """);
        assertThat(c.seeds()).containsExactly(0L, 1L, 2L);
        assertThat(c.numEnvs()).isEqualTo(2);
        assertThat(c.threads()).isEqualTo(3);
        assertThat(c.blockSteps()).isEqualTo(CompareConfig.DEFAULT_BLOCK_STEPS);
        assertThat(c.out()).isNull();
        CompareConfig.EnvEntry first = c.envs().get(0);
        assertThat(first.name()).isEqualTo("TestCountdown-v0");
        assertThat(first.env().config()).isEqualTo(new Countdown.Config(3, 1.0));
        assertThat(first.episodes()).isEqualTo(20);
        assertThat(first.maxSteps()).isEqualTo(CompareConfig.DEFAULT_MAX_STEPS);
        assertThat(first.lastEpisodes()).isEqualTo(5);
        assertThat(first.success()).isEqualTo(SuccessRule.TERMINAL_REWARD);
        assertThat(c.envs().get(1).name()).isEqualTo("long");
        assertThat(c.envs().get(1).steps()).isEqualTo(40);
        assertThat(c.envs().get(1).success()).isEqualTo(SuccessRule.POSITIVE_RETURN);
        CompareConfig.AgentEntry greedy = c.agents().get(0);
        CompareConfig.AgentEntry plain = c.agents().get(1);
        assertThat(greedy.name()).isEqualTo("greedy");
        assertThat(plain.name()).isEqualTo("test-epsilon");
        EpsilonAgent.Config greedyHere = (EpsilonAgent.Config) c.agentConfig(first, greedy);
        assertThat(greedyHere.epsilon()).as("the agent's own field is kept").isEqualTo(0.25);
        assertThat(greedyHere.gamma()).as("the env's field is merged over it").isEqualTo(0.5);
        assertThat(c.agentConfig(c.envs().get(1), greedy)).isEqualTo(greedy.agent().config());
        assertThat(c.agentConfig(first, plain)).isEqualTo(EpsilonAgent.Config.DEFAULT);
    }

    @Test
    void seedsMayBeAList() {
        CompareConfig c = parse("""
                envs: [{id: TestCountdown-v0, steps: 5}]
                agents: [{id: test-epsilon}]
                seeds: [7, -3, 11]
                """);
        assertThat(c.seeds()).containsExactly(7L, -3L, 11L);
    }

    @Test
    void readsJsonFilesToo() throws IOException {
        Path file = Files.writeString(dir.resolve("c.json"), """
                {"envs": [{"id": "TestCountdown-v0", "episodes": 4}], "agents": [{"id": "test-epsilon"}], "seeds": 1,
                 "out": "somewhere"}
                """);
        CompareConfig c = new CompareConfigLoader(ENVS, AGENTS).load(file);
        assertThat(c.out()).isEqualTo("somewhere");
        assertThat(c.envs().get(0).episodes()).isEqualTo(4);
    }

    @Test
    void listsEveryProblemWithItsPath() {
        List<ConfigProblem> p = problems("""
                envs:
                  - {id: TestCountdwn-v0, episodes: 5}
                  - {id: TestCountdown-v0, config: {length: -2}, steps: 5, episodes: 5}
                  - {id: TestCountdown-v0, name: third, success: sometimes, agentConfigs: {nobody: {gamma: 0.5}}}
                agents:
                  - {id: test-epsilon, config: {epsilon: high, memroy: 3}}
                seeds: 0
                numEnvs: 0
                colour: blue
                """);
        assertThat(p).extracting(ConfigProblem::path).containsExactlyInAnyOrder(
                "colour", "agents[0].config.epsilon", "agents[0].config.memroy", "envs[0].id",
                "envs[1].config.length", "envs[1].episodes", "envs[2].steps", "envs[2].success",
                "envs[2].agentConfigs.nobody", "seeds", "numEnvs");
        assertThat(find(p, "envs[0].id").found()).contains("did you mean 'TestCountdown-v0'?");
        assertThat(find(p, "agents[0].config.memroy").found()).contains("did you mean 'memory'?");
        assertThat(find(p, "agents[0].config.epsilon").expected()).isEqualTo("a number");
        assertThat(find(p, "envs[2].success").expected()).contains("TERMINAL_REWARD", "NONE");
        assertThat(find(p, "envs[2].agentConfigs.nobody").expected()).startsWith("the name of an agent");
    }

    @Test
    void theMessageNumbersEveryProblem() {
        assertThatThrownBy(() -> parse("""
                envs: [{id: TestCountdown-v0}]
                agents: [{id: no-such-agent}]
                seeds: 2
                """)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("test.yaml: 2 problems")
                .hasMessageContaining("1. agents[0].id: expected a registered agent id")
                .hasMessageContaining("2. envs[0].steps: expected a positive integer");
    }

    @Test
    void rejectsAWrongTypeInAPerEnvAgentConfig() {
        assertThat(paths("""
                envs: [{id: TestCountdown-v0, steps: 5, agentConfigs: {test-epsilon: {memory: many}}}]
                agents: [{id: test-epsilon}]
                seeds: 1
                """)).containsExactly("envs[0].agentConfigs.test-epsilon.memory");
    }

    @Test
    void rejectsAValueAnAgentConfigConstructorRejects() {
        assertThat(paths("""
                envs: [{id: TestCountdown-v0, steps: 5}]
                agents: [{id: test-epsilon, config: {epsilon: 1.5}}]
                seeds: 1
                """)).containsExactly("agents[0].config.epsilon");
    }

    @Test
    void rejectsDuplicateNames() {
        assertThat(paths("""
                envs: [{id: TestCountdown-v0, steps: 5}, {id: TestCountdown-v0, steps: 9}]
                agents: [{id: test-epsilon}, {id: test-epsilon, name: test-epsilon}]
                seeds: 1
                """)).containsExactly("agents[1].name", "envs[1].name");
    }

    @Test
    void rejectsDuplicateAndNonIntegerSeeds() {
        assertThat(paths("""
                envs: [{id: TestCountdown-v0, steps: 5}]
                agents: [{id: test-epsilon}]
                seeds: [1, 2, 1, 2.5]
                """)).containsExactly("seeds[2]", "seeds[3]");
        assertThat(paths("""
                envs: [{id: TestCountdown-v0, steps: 5}]
                agents: [{id: test-epsilon}]
                seeds: []
                """)).containsExactly("seeds");
    }

    @Test
    void rejectsMaxStepsWithStepsAndTooManyLastEpisodes() {
        assertThat(paths("""
                envs:
                  - {id: TestCountdown-v0, steps: 5, maxSteps: 9}
                  - {id: TestCountdown-v0, name: b, episodes: 5, lastEpisodes: 6}
                agents: [{id: test-epsilon}]
                seeds: 1
                """)).containsExactly("envs[0].maxSteps", "envs[1].lastEpisodes");
    }

    @Test
    void requiresEnvsAndAgents() {
        assertThat(paths("seeds: 1\n")).containsExactly("agents", "envs");
        assertThat(paths("envs: []\nagents: {id: random}\nseeds: 1\n")).containsExactly("agents", "envs");
    }

    @Test
    void reportsWhereAFileDoesNotParse() {
        List<ConfigProblem> p = problems("envs: [\nagents: {");
        assertThat(p).hasSize(1);
        assertThat(p.get(0).path()).startsWith("line ");
    }

    @Test
    void rejectsARootThatIsNotAnObject() {
        assertThat(paths("- 1\n- 2\n")).containsExactly("(root)");
        assertThat(paths("")).containsExactly("(root)");
    }

    @Test
    void rejectsAMissingFileAndAnUnknownExtension() throws IOException {
        CompareConfigLoader loader = new CompareConfigLoader(ENVS, AGENTS);
        assertThatThrownBy(() -> loader.load(dir.resolve("missing.yaml"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("no such file");
        Path txt = Files.writeString(dir.resolve("c.txt"), "seeds: 1");
        assertThatThrownBy(() -> loader.load(txt)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("a .json, .yaml or .yml file");
    }

    private static ConfigProblem find(List<ConfigProblem> problems, String path) {
        return problems.stream().filter(p -> p.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem at " + path + " in " + problems));
    }
}
