package io.aifgym.bench.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.bench.experiment.ExperimentRunner;
import io.aifgym.bench.fixtures.Repo;
import io.aifgym.gym.registry.AgentRegistry;
import io.aifgym.gym.registry.EnvRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example config in {@code examples/} loads, and its env and agent can be made, with the built-in plugins. */
class ExampleConfigsTest {

    static Stream<Path> exampleConfigs() throws IOException {
        try (Stream<Path> files = Files.list(Repo.examples())) {
            // compare-*.yaml are 'aifgym compare' files (ExampleCompareConfigTest loads them)
            return files.filter(p -> ConfigMappers.Format.of(p).isPresent())
                    .filter(p -> !p.getFileName().toString().startsWith("compare-")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("exampleConfigs")
    void loadsAndPrepares(Path file) {
        EnvRegistry envs = EnvRegistry.load(getClass().getClassLoader());
        AgentRegistry agents = AgentRegistry.load(getClass().getClassLoader());
        ExperimentConfig config = new ConfigLoader(envs, agents).load(file);
        assertThat(new ExperimentRunner(envs, agents).prepare(config, file.toString()).config()).isEqualTo(config);
    }
}
