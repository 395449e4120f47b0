package io.aifgym.bench.study;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aifgym.bench.cli.Cli;
import io.aifgym.bench.cli.ExitCodes;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code aifgym learning-gridworld} at a tiny size: what it writes. How it refuses bad options,
 * output folders and checkpoints is in {@link LearningGridworldBadInputTest}.
 */
class LearningGridworldCommandTest {

    @TempDir
    Path dir;

    private Cli.Result run(String... args) {
        return Cli.run(Stream.concat(Stream.of("--plugins", dir.resolve("no-plugins").toString(), "learning-gridworld"),
                Stream.of(args)).toArray(String[]::new));
    }

    @Test
    void writesTheCurvesThePlotsAndTheReport() throws IOException {
        Path out = dir.resolve("study");
        Cli.Result r = run("--scenario", "1,4", "--blocks", "2", "--agents", "2", "--threads", "2", "--seed", "3",
                "--out", out.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("learning-gridworld: 2 scenario(s), 2040 agent steps")
                .contains("scenario 1, KL of pB by alpha (blocks [1, 2]):").contains("scenario 4, KL of pA")
                .contains("results: " + out.resolve("index.html"));
        List<String> agents = Files.readAllLines(out.resolve(StudyFiles.KL_AGENTS));
        assertThat(agents.get(0)).isEqualTo("scenario,parameter,alpha,block,agent,kl,kl_notebook");
        // scenario 1: 5 groups x B x 2 blocks x 2 agents; scenario 4: 5 groups x (A, B) x 2 x 2
        assertThat(agents).hasSize(1 + 20 + 40);
        assertThat(agents.get(1)).startsWith("1,B,0.0,1,0,");
        List<String> groups = Files.readAllLines(out.resolve(StudyFiles.KL_GROUPS));
        assertThat(groups.get(0)).isEqualTo("scenario,parameter,alpha,block,mean,min,max,notebook_mean");
        assertThat(groups).hasSize(1 + 10 + 20);
        JsonNode json = new ObjectMapper().readTree(out.resolve(StudyFiles.KL_JSON).toFile());
        assertThat(json.at("/settings/seed").asLong()).isEqualTo(3);
        assertThat(json.at("/scenarios/1/groups/4/kl/A/agents").size()).isEqualTo(2);
        assertThat(json.at("/scenarios/0/groups/0/kl/B/mean").size()).isEqualTo(2);
        JsonNode run = new ObjectMapper().readTree(out.resolve(StudyFiles.RUN_JSON).toFile());
        assertThat(run.get("agentSteps").asLong()).isEqualTo(2040);
        String index = Files.readString(out.resolve(StudyReport.INDEX));
        for (String png : List.of("scenario-1-kl.png", "scenario-1-B.png", "scenario-4-kl.png", "scenario-4-A.png",
                "scenario-4-B.png")) {
            BufferedImage img = ImageIO.read(out.resolve(png).toFile());
            assertThat(img).as(png).isNotNull();
            assertThat(img.getWidth()).as(png).isGreaterThan(600);
            assertThat(index).contains("<img src=\"" + png + "\"");
        }
        assertThat(index).contains("Headline figures").contains("Why the notebook's numbers differ");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void benchTimesScenarioOneAndThenTheChosenScenarios() {
        Cli.Result r = run("--bench", "--scenario", "2", "--blocks", "1", "--agents", "1", "--threads", "1");
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("learning-gridworld bench: 1 agents per group, 5 groups, 1 thread(s)")
                .containsPattern("scenario 1 +255 agent steps +[0-9.]+ s")
                .containsPattern("scenarios \\[2\\] +255 agent steps");
        assertThat(dir.resolve("runs")).doesNotExist();
    }
}
