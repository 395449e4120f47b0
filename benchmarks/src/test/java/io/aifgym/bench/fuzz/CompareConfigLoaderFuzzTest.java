package io.aifgym.bench.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.bench.compare.CompareConfig;
import io.aifgym.bench.compare.CompareConfigLoader;
import io.aifgym.bench.compare.CompareRunner;
import io.aifgym.bench.config.ConfigException;
import io.aifgym.bench.config.ConfigMappers;
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
 * Fuzzes the comparison-config front end of {@code aifgym compare} as
 * {@link ConfigLoaderFuzzTest} does {@code aifgym run}'s: the example comparisons and a small
 * JSON one, damaged at random ({@link Mutation}) and given to {@link CompareConfigLoader#parse}
 * and then {@link CompareRunner#prepare}, either load or fail with a {@link ConfigException}
 * whose message lists numbered problems; nothing else is ever thrown. Case {@code i} damages
 * document {@code i mod n} with the seed {@code Key.of(SEED).child(i).bits()}.
 */
class CompareConfigLoaderFuzzTest {

    private static final long SEED = 20261125L;
    private static final int CASES = 1000;
    private static final ClassLoader LOADER = CompareConfigLoaderFuzzTest.class.getClassLoader();
    private static final EnvRegistry ENVS = EnvRegistry.load(LOADER);
    private static final AgentRegistry AGENTS = AgentRegistry.load(LOADER);
    private static final CompareConfigLoader CONFIGS = new CompareConfigLoader(ENVS, AGENTS);
    private static final CompareRunner RUNNER = new CompareRunner(ENVS, AGENTS);

    private static final String SMALL = """
            {"envs": [{"id": "FrozenLake-v1", "name": "lake", "config": {"mapName": "4x4"}, "episodes": 20,
                       "lastEpisodes": 10, "agentConfigs": {"q-learning": {"discount": 0.9}}},
                      {"id": "BernoulliBandit-v0", "steps": 50, "success": "NONE"}],
             "agents": [{"id": "q-learning", "config": {"discount": 0.95}}, {"id": "random", "name": "uniform"}],
             "seeds": [1, 2, 3], "threads": 2, "blockSteps": 10}
            """;

    private static final List<ConfigFuzz.Document> DOCUMENTS = documents();

    private static List<ConfigFuzz.Document> documents() {
        List<ConfigFuzz.Document> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Repo.examples())) {
            for (Path p : files.sorted().toList()) {
                var format = ConfigMappers.Format.of(p);
                if (p.getFileName().toString().startsWith("compare") && format.isPresent()) {
                    out.add(document(p.getFileName().toString(), Files.readString(p), format.get()));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("reading the examples: " + e.getMessage(), e);
        }
        out.add(document("small.json", SMALL, ConfigMappers.Format.JSON));
        assertThat(out).as("the example comparisons and the small one").hasSizeGreaterThanOrEqualTo(3);
        return out;
    }

    private static ConfigFuzz.Document document(String name, String text, ConfigMappers.Format format) {
        CompareConfig valid = CONFIGS.parse(text, format, name);
        RUNNER.prepare(valid, name);
        try {
            return new ConfigFuzz.Document(name, format.mapper().readTree(text), format);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aDamagedComparisonLoadsOrFailsWithAConfigException() {
        ConfigFuzz.run(DOCUMENTS, CASES, SEED,
                (text, d) -> RUNNER.prepare(CONFIGS.parse(text, d.format(), d.name()), d.name()));
    }
}
