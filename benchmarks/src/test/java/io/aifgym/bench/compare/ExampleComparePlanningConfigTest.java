package io.aifgym.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.agents.aif.agent.AifConfig;
import io.aifgym.agents.aif.planning.PolicySearch;
import io.aifgym.bench.fixtures.Repo;
import io.aifgym.gym.registry.AgentRegistry;
import io.aifgym.gym.registry.EnvRegistry;
import org.junit.jupiter.api.Test;

/**
 * {@code examples/compare-planning.yaml} (issue 7) loads through the strict loader, binds
 * {@code policySearch: si} and the per-env preferences merged over each agent's config, and every
 * agent runs in every env.
 */
class ExampleComparePlanningConfigTest {

    @Test
    void thePlanningComparisonLoadsAndPrepares() {
        EnvRegistry envs = EnvRegistry.load(getClass().getClassLoader());
        AgentRegistry agents = AgentRegistry.load(getClass().getClassLoader());
        CompareConfig config = new CompareConfigLoader(envs, agents).load(Repo.examples().resolve(
                "compare-planning.yaml"));
        assertThat(config.agents()).extracting(CompareConfig.AgentEntry::name)
                .containsExactly("aif-si", "aif-enumerate-3");
        assertThat(config.envs()).extracting(e -> e.env().id())
                .containsExactly("CueChaining-v0", "GeneralizedTMaze-v0", "GeneralizedTMaze-v0");
        for (CompareConfig.EnvEntry env : config.envs()) {
            AifConfig si = (AifConfig) config.agentConfig(env, config.agents().get(0));
            AifConfig enumerate = (AifConfig) config.agentConfig(env, config.agents().get(1));
            assertThat(si.search()).as(env.name()).isEqualTo(PolicySearch.Sophisticated.DEFAULT);
            assertThat(enumerate.search()).as(env.name()).isEqualTo(new PolicySearch.Enumerate(3));
            assertThat(si.model().preferences()).as(env.name()).isEqualTo(enumerate.model().preferences());
            assertThat(si.model().preferences().get(si.model().preferences().size() - 1)).as(env.name())
                    .containsExactly(0.0, 3.0, -6.0);
        }
        ComparePlan plan = new CompareRunner(envs, agents).prepare(config, "compare-planning.yaml");
        assertThat(plan.envs()).allSatisfy(e -> assertThat(e.agents()).allMatch(ComparePlan.PlannedAgent::applicable));
        assertThat(plan.runs()).isEqualTo(3 * 2 * config.seeds().size());
    }
}
