package io.aifgym.bench.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.bench.config.ConfigException;
import io.aifgym.bench.config.ConfigLoader;
import io.aifgym.bench.config.ConfigMappers;
import io.aifgym.bench.config.ExperimentConfig;
import io.aifgym.bench.experiment.ExperimentRunner;
import io.aifgym.bench.fixtures.Repo;
import io.aifgym.gym.registry.AgentRegistry;
import io.aifgym.gym.registry.EnvRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the experiment-config front end of {@code aifgym run} (a plain JUnit loop over a
 * bounded number of cases that takes a few seconds; case {@code i} damages document
 * {@code i mod n} with the seed {@code Key.of(SEED).child(i).bits()}, so a failure names its
 * case and replays): every example config, and a few with nested agent
 * configs, damaged at random ({@link Mutation}) and given to {@link ConfigLoader#parse} and
 * then {@link ExperimentRunner#prepare}, either loads or fails with a {@link ConfigException}
 * whose message lists numbered problems; nothing else is ever thrown. A coverage check keeps
 * every outcome (loaded, refused, does not parse) occurring.
 */
class ConfigLoaderFuzzTest {

    private static final long SEED = 20261125L;
    private static final int CASES = 2000;
    private static final ClassLoader LOADER = ConfigLoaderFuzzTest.class.getClassLoader();
    private static final EnvRegistry ENVS = EnvRegistry.load(LOADER);
    private static final AgentRegistry AGENTS = AgentRegistry.load(LOADER);
    private static final ConfigLoader CONFIGS = new ConfigLoader(ENVS, AGENTS);
    private static final ExperimentRunner RUNNER = new ExperimentRunner(ENVS, AGENTS);

    private static final List<String> EXTRA = List.of("""
            env: {id: GridWorld-v0, config: {shape: [4, 4], goals: [[3, 3]], maxEpisodeSteps: 20}}
            agent:
              id: aif
              config:
                policyLen: 2
                learnB: true
                inductive: {enabled: false, depth: 5, threshold: 0.1, epsilon: 0.001}
                model: {pB: {scale: 1.0, offset: 0.5, useMean: true}, initialBeliefs: FLAT}
            seed: 3
            numEnvs: 2
            episodes: 10
            maxSteps: 200
            threads: 2
            blockSteps: 10
            """, """
            {"env": {"id": "FrozenLake-v1", "config": {"mapName": "4x4", "isSlippery": true}},
             "agent": {"id": "q-learning", "config": {"discount": 0.9,
               "exploration": {"epsilon": {"decay": "LINEAR", "start": 1.0, "end": 0.1, "duration": 100, "clock": "STEPS"}}}},
             "seed": 1, "steps": 100, "out": "runs/x"}
            """);

    private static final List<ConfigFuzz.Document> DOCUMENTS = documents();

    private static List<ConfigFuzz.Document> documents() {
        List<ConfigFuzz.Document> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Repo.examples())) {
            for (Path p : files.sorted().toList()) {
                ConfigMappers.Format.of(p).ifPresent(f -> {
                    if (!p.getFileName().toString().startsWith("compare")) {
                        out.add(document(p.getFileName().toString(), read(p), f));
                    }
                });
            }
        } catch (IOException e) {
            throw new IllegalStateException("reading the examples: " + e.getMessage(), e);
        }
        out.add(document("aif.yaml", EXTRA.get(0), ConfigMappers.Format.YAML));
        out.add(document("q.json", EXTRA.get(1), ConfigMappers.Format.JSON));
        return out;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConfigFuzz.Document document(String name, String text, ConfigMappers.Format format) {
        ExperimentConfig valid = CONFIGS.parse(text, format, name);
        assertThat(valid).as("the seed document %s is valid", name).isNotNull();
        try {
            return new ConfigFuzz.Document(name, format.mapper().readTree(text), format);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aDamagedConfigLoadsOrFailsWithAConfigException() {
        ConfigFuzz.run(DOCUMENTS, CASES, SEED,
                (text, d) -> RUNNER.prepare(CONFIGS.parse(text, d.format(), d.name()), d.name()));
    }
}
