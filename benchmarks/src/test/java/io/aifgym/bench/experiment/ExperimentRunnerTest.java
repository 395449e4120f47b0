package io.aifgym.bench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.aifgym.bench.config.ConfigException;
import io.aifgym.bench.config.ConfigProblem;
import io.aifgym.bench.config.ExperimentConfig;
import io.aifgym.bench.config.PluginChoice;
import io.aifgym.bench.fixtures.Countdown;
import io.aifgym.bench.fixtures.EpsilonAgent;
import io.aifgym.gym.registry.AgentRegistry;
import io.aifgym.gym.registry.EnvRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExperimentRunnerTest {

    private final ExperimentRunner runner = new ExperimentRunner(new EnvRegistry(List.of(new Countdown.Provider())),
            new AgentRegistry(List.of(new EpsilonAgent.Provider())));

    private static ExperimentConfig config(int length, double epsilon, int numEnvs, Integer steps, Integer episodes,
            int threads, int blockSteps) {
        return new ExperimentConfig(new PluginChoice("TestCountdown-v0", new Countdown.Config(length, 1.0)),
                new PluginChoice("test-epsilon", new EpsilonAgent.Config(epsilon, 0.9, 1,
                        EpsilonAgent.Preference.LAST, new EpsilonAgent.Schedule(1, 0), List.of())),
                5, numEnvs, steps, episodes, null, threads, blockSteps, null);
    }

    private RunResult run(ExperimentConfig c) {
        return runner.run(runner.prepare(c, "test"), Progress.none());
    }

    @Test
    void aDeterministicAgentGetsTheRewardOfEveryStep() {
        // epsilon 0: always action 1, reward 1 per step, so each return equals its length
        RunResult r = run(config(6, 0.0, 4, 30, null, 1, 8));
        assertThat(r.stepsPerEnv()).isEqualTo(30);
        assertThat(r.envSteps()).isEqualTo(120);
        assertThat(r.totalReward()).isEqualTo(120.0);
        assertThat(r.episodes()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.totalReturn()).isEqualTo(e.length());
            assertThat(e.length()).isBetween(1, 6);
            assertThat(e.terminated()).isTrue();
        });
        assertThat(r.diagnosticMeans()).containsEntry("explore", 0.0);
        for (int slot = 0; slot < 4; slot++) {
            int s = slot;
            List<EpisodeRecord> mine = r.episodes().stream().filter(e -> e.slot() == s).toList();
            for (int i = 0; i < mine.size(); i++) {
                assertThat(mine.get(i).episode()).isEqualTo(i);
            }
            assertThat(mine.stream().mapToInt(EpisodeRecord::length).sum()).isLessThanOrEqualTo(30);
        }
    }

    @Test
    void resultsDoNotDependOnThreadsButEpisodesSpanBlocks() {
        RunResult one = run(config(9, 0.3, 5, 40, null, 1, 7));
        RunResult two = run(config(9, 0.3, 5, 40, null, 2, 7));
        assertThat(two).isEqualTo(one);
        // an episode crossing a block boundary is still counted whole
        RunResult blocky = run(config(9, 0.0, 5, 40, null, 1, 1));
        RunResult whole = run(config(9, 0.0, 5, 40, null, 1, 40));
        assertThat(blocky.episodes()).isEqualTo(whole.episodes());
    }

    @Test
    void anEpisodesRunStopsAfterEnoughEpisodesOrAtMaxSteps() {
        RunResult r = run(config(3, 0.5, 2, null, 7, 1, 2));
        assertThat(r.episodes()).hasSize(7);
        assertThat(r.reachedStepLimit()).isFalse();
        List<Progressed> seen = new ArrayList<>();
        ExperimentConfig capped = new ExperimentConfig(config(50, 0.5, 1, null, 100, 1, 10).env(),
                config(50, 0.5, 1, null, 100, 1, 10).agent(), 5, 1, null, 100, 30, 1, 10, null);
        RunResult c = runner.run(runner.prepare(capped, "test"), (done, total) -> seen.add(new Progressed(done, total)));
        assertThat(c.reachedStepLimit()).isTrue();
        assertThat(c.stepsPerEnv()).isEqualTo(30);
        assertThat(seen.get(0)).isEqualTo(new Progressed(0, 100));
        assertThat(seen).hasSize(4);
    }

    private record Progressed(long done, long total) {
    }

    @Test
    void aConfigTheProviderRejectsIsAConfigProblem() {
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> runner.prepare(config(2000, 0.1, 1, 10, null, 1, 10), "file.yaml"));
        assertThat(e.problems()).containsExactly(new ConfigProblem("env.config.length", "at most 1000", "2000"));
        assertThat(e.source()).isEqualTo("file.yaml");
    }
}
