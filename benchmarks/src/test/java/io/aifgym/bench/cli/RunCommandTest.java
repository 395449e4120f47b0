package io.aifgym.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    @TempDir
    Path dir;

    private Path config(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static final String CONFIG = """
            env: {id: TestCountdown-v0, config: {length: 4}}
            agent: {id: test-epsilon, config: {epsilon: 0.5}}
            seed: 11
            numEnvs: 3
            steps: 40
            blockSteps: 7
            """;

    private Cli.Result run(Path config, Path out, String... extra) {
        String[] args = Stream.concat(Stream.of("--plugins", dir.resolve("no-plugins").toString(), "run",
                config.toString(), "--out", out.toString()), Stream.of(extra)).toArray(String[]::new);
        return Cli.run(java.util.Map.of(), args);
    }

    @Test
    void runWritesEpisodesSummaryAndProvenance() throws IOException {
        Files.createDirectories(dir.resolve("no-plugins"));
        Path out = dir.resolve("results/first");
        Cli.Result r = run(config("countdown.yaml", CONFIG), out);
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("TestCountdown-v0 x test-epsilon, seed 11").contains("results: ");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("episodes.csv", "provenance.json", "summary.json");
        }
        List<String> rows = Files.readAllLines(out.resolve("episodes.csv"));
        assertThat(rows.get(0)).isEqualTo("slot,episode,return,length,terminated");
        assertThat(rows.size()).isGreaterThan(1 + 3 * 40 / 4);
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",");
            assertThat(cells).hasSize(5);
            assertThat(Integer.parseInt(cells[3])).isBetween(1, 4);
            assertThat(cells[4]).isEqualTo("true");
            assertThat(Double.parseDouble(cells[2])).isBetween(0.0, 4.0);
        }
        ObjectMapper m = new ObjectMapper();
        JsonNode summary = m.readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("episodes").asInt()).isEqualTo(rows.size() - 1);
        assertThat(summary.get("envSteps").asLong()).isEqualTo(120);
        assertThat(summary.get("stepsPerEnv").asLong()).isEqualTo(40);
        assertThat(summary.get("meanLength").asDouble()).isBetween(1.0, 4.0);
        assertThat(summary.get("diagnostics").get("explore").asDouble()).isBetween(0.2, 0.8);
        JsonNode prov = m.readTree(out.resolve("provenance.json").toFile());
        assertThat(prov.get("config").get("agent").get("config").get("gamma").asDouble()).isEqualTo(0.9);
        assertThat(prov.get("config").get("env").get("config").get("length").asInt()).isEqualTo(4);
        assertThat(prov.get("config").get("out").asText()).isEqualTo(out.toString());
        assertThat(prov.get("platform").get("java.version").asText()).isEqualTo(System.getProperty("java.version"));
        assertThat(prov.get("platform").get("os.arch").asText()).isEqualTo(System.getProperty("os.arch"));
        assertThat(prov.get("aifgymVersion").asText()).isNotBlank();
        assertThat(prov.get("startTime").asText()).isNotBlank();
        assertThat(prov.get("endTime").asText()).isNotBlank();
        assertThat(prov.get("plugins").findValuesAsText("id")).contains("TestCountdown-v0", "test-epsilon");
    }

    @Test
    void theSameConfigGivesTheSameEpisodesWhateverTheThreads() throws IOException {
        Files.createDirectories(dir.resolve("no-plugins"));
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        assertThat(run(config("a.yaml", CONFIG), one).code()).isZero();
        assertThat(run(config("b.yaml", CONFIG + "threads: 2\n"), two).code()).isZero();
        assertThat(Files.readString(two.resolve("episodes.csv"))).isEqualTo(Files.readString(one.resolve("episodes.csv")));
        Path other = dir.resolve("other");
        assertThat(run(config("c.yaml", CONFIG.replace("seed: 11", "seed: 12")), other).code()).isZero();
        assertThat(Files.readString(other.resolve("episodes.csv"))).isNotEqualTo(
                Files.readString(one.resolve("episodes.csv")));
    }

    @Test
    void anEpisodesRunRecordsExactlyThatManyEpisodes() throws IOException {
        Files.createDirectories(dir.resolve("no-plugins"));
        Path out = dir.resolve("episodes");
        String text = CONFIG.replace("steps: 40", "episodes: 25");
        Cli.Result r = run(config("e.yaml", text), out);
        assertThat(r.code()).isZero();
        assertThat(Files.readAllLines(out.resolve("episodes.csv"))).hasSize(26);
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("episodes").asInt()).isEqualTo(25);
        assertThat(summary.get("reachedStepLimit").asBoolean()).isFalse();
    }

    @Test
    void theOutputFolderDefaultsToTheConfigsOut() throws IOException {
        Files.createDirectories(dir.resolve("no-plugins"));
        Path out = dir.resolve("from-config");
        Path config = config("o.yaml", CONFIG + "out: " + out + "\n");
        Cli.Result r = Cli.run("--plugins", dir.resolve("no-plugins").toString(), "run", config.toString());
        assertThat(r.code()).isZero();
        assertThat(out.resolve("summary.json")).exists();
    }
}
