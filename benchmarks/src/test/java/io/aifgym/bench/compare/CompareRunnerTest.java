package io.aifgym.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aifgym.bench.config.ConfigException;
import io.aifgym.bench.config.ConfigMappers;
import io.aifgym.bench.config.ConfigProblem;
import io.aifgym.bench.experiment.Progress;
import io.aifgym.gym.registry.AgentRegistry;
import io.aifgym.gym.registry.EnvRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompareRunnerTest {

    private static final EnvRegistry ENVS = EnvRegistry.load(CompareRunnerTest.class.getClassLoader());
    private static final AgentRegistry AGENTS = AgentRegistry.load(CompareRunnerTest.class.getClassLoader());
    private static final Bootstrap BOOTSTRAP = new Bootstrap(1000);

    private static CompareConfig config(String yaml) {
        return new CompareConfigLoader(ENVS, AGENTS).parse(yaml, ConfigMappers.Format.YAML, "test.yaml");
    }

    private static CompareResult run(CompareConfig config) {
        CompareRunner runner = new CompareRunner(ENVS, AGENTS);
        return runner.run(runner.prepare(config, "test.yaml"), Progress.none());
    }

    /** Two entries of one agent with one config, and another agent, on a countdown and a grid. */
    private static final String TWINS = """
            envs:
              - {id: TestCountdown-v0, name: countdown, config: {length: 6}, episodes: 30}
              - id: FrozenLake-v1
                name: lake
                config: {isSlippery: true}
                steps: 300
            agents:
              - {id: test-epsilon, name: first, config: {epsilon: 0.5}}
              - {id: test-epsilon, name: twin, config: {epsilon: 0.5}}
              - {id: test-epsilon, name: other, config: {epsilon: 0.9, preference: FIRST}}
            seeds: 6
            numEnvs: 2
            """;

    @Test
    void twoIdenticalAgentsGiveAPairedDifferenceOfExactlyZero() {
        CompareResult result = run(config(TWINS));
        for (CompareResult.EnvRuns e : result.envs()) {
            List<RunOutcome> first = e.agents().get(0).runs();
            List<RunOutcome> twin = e.agents().get(1).runs();
            for (int s = 0; s < first.size(); s++) {
                assertThat(twin.get(s).episodes()).isEqualTo(first.get(s).episodes());
                assertThat(twin.get(s).curve()).isEqualTo(first.get(s).curve());
            }
        }
        CompareSummary summary = CompareSummary.of(result, BOOTSTRAP);
        for (CompareSummary.EnvTable t : summary.envs()) {
            CompareSummary.AgentRow twin = t.rows().get(1);
            assertThat(twin.returnDifference()).isEqualTo(new Estimate(0, 0, 0, 6));
            if (t.successDefined()) {
                assertThat(twin.successDifference()).isEqualTo(new Estimate(0, 0, 0, 6));
            }
            assertThat(twin.meanReturn()).isEqualTo(t.rows().get(0).meanReturn());
            CompareSummary.AgentRow other = t.rows().get(2);
            assertThat(other.returnDifference().mean()).isNotZero();
        }
    }

    @Test
    void everyAgentOfASeedMeetsTheSameEnvKeys() {
        // a countdown's episode lengths do not depend on the actions: they come from the reset draws
        // alone, which use the env keys (slot i, step t) only. So every agent of a seed sees the same
        // lengths, and another seed sees others.
        CompareResult result = run(config(TWINS));
        CompareResult.EnvRuns countdown = result.envs().get(0);
        List<RunOutcome> first = countdown.agents().get(0).runs();
        List<RunOutcome> other = countdown.agents().get(2).runs();
        for (int s = 0; s < first.size(); s++) {
            assertThat(lengths(other.get(s))).isEqualTo(lengths(first.get(s)));
            assertThat(returns(other.get(s))).isNotEqualTo(returns(first.get(s)));
        }
        assertThat(lengths(first.get(1))).isNotEqualTo(lengths(first.get(0)));
    }

    @Test
    void parallelRunsEqualSequentialRunsOnEveryRepeat() {
        CompareConfig c = config(TWINS + "threads: 1\n");
        CompareResult sequential = run(c);
        for (int threads : new int[] {1, 2, 3, 4}) {
            CompareResult parallel = run(c.withThreads(threads));
            assertThat(parallel.envs()).as("%d thread(s)", threads).isEqualTo(sequential.envs());
            assertThat(CompareFiles.episodesCsv(parallel)).as("%d thread(s)", threads)
                    .isEqualTo(CompareFiles.episodesCsv(sequential));
        }
    }

    @Test
    void anEpisodesRunRecordsExactlyItsEpisodesAndAStepsRunItsSteps() {
        CompareResult result = run(config(TWINS));
        for (RunOutcome r : result.envs().get(0).agents().get(0).runs()) {
            assertThat(r.episodes()).hasSize(30);
            assertThat(r.reachedStepLimit()).isFalse();
            for (int k = 0; k < r.episodes().size(); k++) {
                assertThat(r.episodes().get(k).episode()).isEqualTo(k);
                assertThat(r.episodes().get(k).length()).isBetween(1, 6);
                assertThat(r.episodes().get(k).terminated()).isTrue();
            }
        }
        for (RunOutcome r : result.envs().get(1).agents().get(0).runs()) {
            assertThat(r.stepsPerEnv()).isEqualTo(300);
            assertThat(r.envSteps()).isEqualTo(600);
            assertThat(r.curve()).hasSize(LearningCurve.MAX_POINTS);
        }
    }

    @Test
    void successFollowsTheEnvsRule() {
        CompareResult result = run(config(TWINS));
        for (RunOutcome r : result.envs().get(1).agents().get(2).runs()) {
            for (EpisodeResult e : r.episodes()) {
                // FrozenLake: reaching the goal pays 1 and terminates; a hole terminates with 0
                assertThat(e.success()).isEqualTo(e.terminated() && e.totalReturn() > 0);
                assertThat(e.hasRegret()).isFalse();
            }
        }
    }

    @Test
    void anAgentThatCannotActInAnEnvIsSkippedWithANote() {
        CompareConfig c = config("""
                envs:
                  - {id: GridWorld-v0, name: grid, steps: 50}
                  - {id: TestCountdown-v0, name: countdown, steps: 20}
                agents:
                  - {id: test-epsilon}
                  - {id: random}
                seeds: 2
                """);
        CompareRunner runner = new CompareRunner(ENVS, AGENTS);
        ComparePlan plan = runner.prepare(c, "test.yaml");
        assertThat(plan.runs()).isEqualTo(2 * 3);
        CompareResult result = runner.run(plan, Progress.none());
        CompareResult.EnvRuns grid = result.envs().get(0);
        assertThat(grid.agents()).extracting(a -> a.entry().name()).containsExactly("random");
        assertThat(grid.skipped()).singleElement().satisfies(s -> {
            assertThat(s.agent()).isEqualTo("test-epsilon");
            assertThat(s.reason()).startsWith("not applicable: env: expected a Discrete action space");
        });
        CompareSummary.EnvTable table = CompareSummary.of(result, BOOTSTRAP).envs().get(0);
        assertThat(table.reference()).isEqualTo("random");
        assertThat(table.rows()).singleElement().satisfies(r -> assertThat(r.reference()).isTrue());
    }

    @Test
    void anAgentConfiguredForAnEnvItCannotActInIsAProblem() {
        CompareConfig c = config("""
                envs:
                  - {id: GridWorld-v0, name: grid, steps: 50, agentConfigs: {test-epsilon: {epsilon: 0.2}}}
                agents: [{id: test-epsilon}, {id: random}]
                seeds: 1
                """);
        assertThatThrownBy(() -> new CompareRunner(ENVS, AGENTS).prepare(c, "test.yaml"))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems()).extracting(ConfigProblem::path)
                        .containsExactly("envs[0].agentConfigs.test-epsilon"));
    }

    @Test
    void anEnvConfigTheProviderRejectsIsAProblem() {
        CompareConfig c = config("""
                envs: [{id: TestCountdown-v0, config: {length: 5000}, steps: 5}]
                agents: [{id: random}]
                seeds: 1
                """);
        assertThatThrownBy(() -> new CompareRunner(ENVS, AGENTS).prepare(c, "test.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("envs[0].config.length: expected at most 1000, found 5000");
    }

    @Test
    void aBanditReportsRegretPerEpisode() {
        CompareResult result = run(config("""
                envs: [{id: BernoulliBandit-v0, config: {numArms: 3, maxEpisodeSteps: 50}, steps: 200, success: NONE}]
                agents: [{id: random}, {id: ucb1}]
                seeds: 3
                """));
        CompareResult.EnvRuns bandit = result.envs().get(0);
        assertThat(bandit.reportsRegret()).isTrue();
        for (RunOutcome r : bandit.agents().get(0).runs()) {
            assertThat(r.episodes()).hasSize(4);
            for (EpisodeResult e : r.episodes()) {
                assertThat(e.hasRegret()).isTrue();
                assertThat(e.regret()).isBetween(0.0, 50.0);
                assertThat(e.success()).isFalse();
            }
        }
        CompareSummary.EnvTable table = CompareSummary.of(result, BOOTSTRAP).envs().get(0);
        assertThat(table.third()).isEqualTo(CompareSummary.ThirdMetric.REGRET);
        assertThat(table.rows().get(0).successRate()).isEqualTo(Estimate.NONE);
        assertThat(table.rows().get(0).third().defined()).isTrue();
    }

    @Test
    void progressCountsRunsUpToTheTotal() {
        List<long[]> updates = new ArrayList<>();
        CompareRunner runner = new CompareRunner(ENVS, AGENTS);
        CompareConfig c = config(TWINS).withThreads(2);
        runner.run(runner.prepare(c, "test.yaml"), (done, total) -> {
            synchronized (updates) {
                updates.add(new long[] {done, total});
            }
        });
        assertThat(updates).hasSize(2 * 3 * 6 + 1);
        assertThat(updates.get(0)).containsExactly(0, 36);
        assertThat(updates.get(updates.size() - 1)).containsExactly(36, 36);
    }

    @Test
    void lastEpisodesLimitsTheStatistics() {
        CompareResult result = run(config("""
                envs: [{id: TestCountdown-v0, episodes: 20, lastEpisodes: 5}]
                agents: [{id: test-epsilon}]
                seeds: 2
                """));
        CompareSummary.EnvTable t = CompareSummary.of(result, BOOTSTRAP).envs().get(0);
        assertThat(t.rows().get(0).episodes()).isEqualTo(2 * 5);
        assertThat(t.scope()).isEqualTo("the last 5 episodes of each run");
        RunOutcome r = result.envs().get(0).agents().get(0).runs().get(0);
        double last5 = r.episodes().subList(15, 20).stream().mapToDouble(EpisodeResult::totalReturn).average()
                .orElseThrow();
        assertThat(CompareSummary.PerRun.meanReturn(r, result.envs().get(0).entry())).isEqualTo(last5);
    }

    private static List<Integer> lengths(RunOutcome r) {
        return r.episodes().stream().map(EpisodeResult::length).toList();
    }

    private static List<Double> returns(RunOutcome r) {
        return r.episodes().stream().map(EpisodeResult::totalReturn).toList();
    }
}
