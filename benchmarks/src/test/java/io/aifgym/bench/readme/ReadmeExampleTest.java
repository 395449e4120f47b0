package io.aifgym.bench.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.agents.baselines.tabular.TabularConfig;
import io.aifgym.agents.baselines.tabular.TdAgent;
import io.aifgym.agents.baselines.tabular.TdMethod;
import io.aifgym.agents.baselines.tabular.TdState;
import io.aifgym.envs.tabular.FrozenLake;
import io.aifgym.envs.tabular.TabularState;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.rollout.Rollout;
import io.aifgym.gym.rollout.Trajectory;
import io.aifgym.gym.vector.VectorEnv;
import io.aifgym.gym.wrap.TimeLimit;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's Java example, compiled and run; the test also checks the README shows this exact code. */
class ReadmeExampleTest {

    @Test
    void readmeExampleRunsAndLearns() throws Exception {
        // README-BEGIN
        var env = new TimeLimit<>(new FrozenLake(FrozenLake.Config.of("4x4", false)), 100);
        var agent = TdAgent.of(TdMethod.Q_LEARNING, TabularConfig.DEFAULT, env);
        var envs = VectorEnv.of(env, 8);                      // 8 copies stepped in lock-step

        Rollout.Result<TdState, TimeLimit.State<TabularState>, Integer, Integer> r =
                Rollout.run(agent, envs, 20_000, Key.of(42));  // one key, same result every time
        Trajectory<Integer, Integer> t = r.trajectory();
        double late = t.episodes().stream().filter(e -> e.endStep() > 15_000)
                .mapToDouble(Trajectory.Episode::totalReturn).average().orElse(0);
        System.out.printf("%d episodes, success rate late in training %.2f%n", t.episodes().size(), late);
        // README-END
        assertThat(late).as("Q-learning solves the deterministic 4x4 lake").isGreaterThan(0.8);
        String readme = Files.readString(readmePath());
        String source = Files.readString(Path.of("src/test/java/io/aifgym/bench/readme/ReadmeExampleTest.java"));
        String example = source.substring(source.indexOf("// README-BEGIN") + "// README-BEGIN".length(),
                source.indexOf("// README-END"));
        assertThat(readme).as("README.md shows the example of this test").contains(example.stripIndent().strip());
    }

    private static Path readmePath() {
        return Path.of("..", "README.md");
    }
}
