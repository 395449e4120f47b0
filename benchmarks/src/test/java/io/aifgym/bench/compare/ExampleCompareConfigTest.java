package io.aifgym.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.bench.fixtures.Repo;
import io.aifgym.gym.registry.AgentRegistry;
import io.aifgym.gym.registry.EnvRegistry;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code examples/compare-default.yaml} loads, and each agent either runs in an env or is noted as not applicable. */
class ExampleCompareConfigTest {

    @Test
    void theDefaultComparisonLoadsAndPrepares() {
        EnvRegistry envs = EnvRegistry.load(getClass().getClassLoader());
        AgentRegistry agents = AgentRegistry.load(getClass().getClassLoader());
        CompareConfig config = new CompareConfigLoader(envs, agents).load(Repo.examples().resolve(
                "compare-default.yaml"));
        assertThat(config.agents()).extracting(a -> a.agent().id())
                .containsExactly("aif", "q-learning", "sarsa", "dqn", "random", "value-iteration");
        assertThat(config.envs()).extracting(e -> e.env().id())
                .containsExactly("GridWorld-v0", "TMaze-v0", "FrozenLake-v1", "BernoulliBandit-v0");
        ComparePlan plan = new CompareRunner(envs, agents).prepare(config, "compare-default.yaml");
        Map<String, List<String>> skipped = plan.envs().stream().collect(Collectors.toMap(
                e -> e.entry().env().id(),
                e -> e.agents().stream().filter(a -> !a.applicable()).map(a -> a.entry().name()).toList()));
        assertThat(skipped).containsEntry("GridWorld-v0", List.of())
                .containsEntry("TMaze-v0", List.of("value-iteration"))
                .containsEntry("FrozenLake-v1", List.of("aif"))
                .containsEntry("BernoulliBandit-v0", List.of("aif", "value-iteration"));
        assertThat(plan.runs()).isEqualTo((6 + 5 + 5 + 4) * config.seeds().size());
    }
}
