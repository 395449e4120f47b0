package io.aifgym.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

    @TempDir
    Path dir;

    private static final String CONFIG = """
            envs:
              - {id: TestCountdown-v0, name: countdown, config: {length: 4}, episodes: 12}
              - {id: BernoulliBandit-v0, name: bandit, config: {numArms: 3, maxEpisodeSteps: 40}, steps: 80,
                 success: NONE}
              - {id: GridWorld-v0, name: grid, config: {shape: [2, 2], goals: [[1, 1]]}, episodes: 5}
            agents:
              - {id: test-epsilon, name: eager, config: {epsilon: 0.2}}
              - {id: test-epsilon, name: lazy, config: {epsilon: 0.2, preference: FIRST}}
              - {id: random}
            seeds: 3
            threads: 2
            """;

    private Path config(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private Cli.Result compare(Path config, Path out) {
        Path plugins = dir.resolve("no-plugins");
        try {
            Files.createDirectories(plugins);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Cli.run(Map.of(), "--plugins", plugins.toString(), "compare", config.toString(), "--out",
                out.toString());
    }

    @Test
    void writesTheCsvTheReportsTheCurvesAndTheProvenance() throws IOException {
        Path out = dir.resolve("results/compare");
        Cli.Result r = compare(config("compare.yaml", CONFIG), out);
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("compare: 3 envs x 3 agents x 3 seeds, 21 runs").contains("## countdown")
                .contains("skipped eager: not applicable").contains("results: ");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("curves-bandit.png",
                    "curves-countdown.png", "curves-grid.png", "episodes.csv", "provenance.json", "report.html",
                    "report.md", "summary.json");
        }
        List<String> rows = Files.readAllLines(out.resolve("episodes.csv"));
        assertThat(rows.get(0)).isEqualTo("env,agent,seed,episode,slot,return,length,terminated,success,regret");
        assertThat(rows.stream().filter(s -> s.startsWith("countdown,")).count()).isEqualTo(3 * 3 * 12);
        assertThat(rows.stream().filter(s -> s.startsWith("bandit,random,")).toList()).hasSize(3 * 2)
                .allSatisfy(s -> {
                    String[] cells = s.split(",", -1);
                    assertThat(cells[8]).as("no success rule").isEmpty();
                    assertThat(Double.parseDouble(cells[9])).as("regret").isBetween(0.0, 40.0);
                });
        for (String png : List.of("curves-bandit.png", "curves-countdown.png", "curves-grid.png")) {
            BufferedImage image = ImageIO.read(out.resolve(png).toFile());
            assertThat(image).as(png).isNotNull();
            assertThat(image.getWidth()).isGreaterThan(400);
        }
        ObjectMapper m = new ObjectMapper();
        JsonNode prov = m.readTree(out.resolve("provenance.json").toFile());
        assertThat(prov.get("config").get("agents").get(1).get("agent").get("config").get("preference").asText())
                .isEqualTo("FIRST");
        assertThat(prov.get("config").get("envs").get(1).get("env").get("config").get("numArms").asInt()).isEqualTo(3);
        assertThat(prov.get("config").get("seeds")).hasSize(3);
        assertThat(prov.get("platform").get("java.version").asText()).isEqualTo(System.getProperty("java.version"));
        assertThat(prov.get("aifgymVersion").asText()).isNotBlank();
        assertThat(prov.get("runs").asInt()).isEqualTo(21);
        assertThat(prov.get("keys").asText()).contains("Key.of(seed)");
        assertThat(prov.get("plugins").findValuesAsText("id")).contains("TestCountdown-v0", "test-epsilon", "random");
        JsonNode summary = m.readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("bootstrapResamples").asInt()).isEqualTo(10_000);
        assertThat(summary.get("envs").get(1).get("third").asText()).isEqualTo("REGRET");
    }

    @Test
    void theMarkdownReportHasATablePerEnvWithOneRowPerAgent() throws IOException {
        Path out = dir.resolve("md");
        assertThat(compare(config("compare.yaml", CONFIG), out).code()).isZero();
        String md = Files.readString(out.resolve("report.md"));
        List<String> sections = List.of(md.split("\n## "));
        assertThat(sections.get(1)).startsWith("countdown");
        assertThat(tableRows(sections.get(1))).extracting(row -> row.split(" \\| ")[0].substring(2))
                .containsExactly("eager", "lazy", "random");
        assertThat(sections.get(2)).startsWith("bandit");
        assertThat(tableRows(sections.get(2))).hasSize(3);
        assertThat(sections.get(2)).contains("regret per episode").doesNotContain("success rate");
        assertThat(sections.get(3)).startsWith("grid");
        assertThat(tableRows(sections.get(3))).singleElement().asString().startsWith("| random |");
        assertThat(sections.get(3)).contains("- eager: not applicable: env: expected a Discrete action space")
                .contains("- lazy: not applicable").contains("![grid learning curves](curves-grid.png)");
        assertThat(md).contains("## Method").contains("10000 resamples");
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<h2>countdown (TestCountdown-v0)</h2>")
                .contains("<img src=\"curves-countdown.png\"").contains("<tr class=\"reference\"><td>eager</td>");
        assertThat(html.split("<table>", -1)).hasSize(1 + 3);
    }

    @Test
    void badInputListsEveryProblemAndWritesNothing() throws IOException {
        Path out = dir.resolve("never");
        Cli.Result r = compare(config("bad.yaml", """
                envs:
                  - {id: TestCountdown-v0, config: {length: 0}, episodes: 5}
                  - {id: GridWrld-v0, steps: 5}
                agents: [{id: test-epsilon, config: {epsilon: -1}}]
                seeds: 2
                threds: 2
                """), out);
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("bad.yaml: 4 problems").contains("threds").contains("agents[0].config.epsilon")
                .contains("envs[0].config.length").contains("envs[1].id").contains("did you mean 'GridWorld-v0'?");
        assertThat(out).doesNotExist();
    }

    @Test
    void anOutputFolderThatCannotBeWrittenIsRefusedUpFront() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        Cli.Result r = compare(config("compare.yaml", CONFIG), file.resolve("out"));
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("out: expected a writable output folder").contains("is a file");
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }

    @Test
    void refusesAThreadCountOutOfRange() throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("no-plugins"));
        Cli.Result r = Cli.run(Map.of(), "--plugins", plugins.toString(), "compare",
                config("compare.yaml", CONFIG).toString(), "--threads", "0");
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("--threads: expected an integer from 1 to 1024, found 0");
    }

    private static List<String> tableRows(String section) {
        return section.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| agent |") && !l.startsWith("| ---")).toList();
    }
}
