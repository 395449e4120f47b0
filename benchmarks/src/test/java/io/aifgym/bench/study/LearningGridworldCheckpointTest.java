package io.aifgym.bench.study;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.bench.checkpoint.CheckpointFile;
import io.aifgym.bench.cli.ExitCodes;
import io.aifgym.bench.cli.Main;
import io.aifgym.bench.experiment.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checkpoints of the learning-gridworld study at a reduced size: a study stopped after a
 * checkpoint and resumed writes the bytes of an uninterrupted one, and a checkpoint of another
 * format version or other settings is refused.
 */
class LearningGridworldCheckpointTest {

    private static final List<String> FILES = List.of(StudyFiles.KL_AGENTS, StudyFiles.KL_GROUPS, StudyFiles.KL_JSON);

    /** Scenarios 1 and 4 (B alone, then A and B), 3 blocks of 11 agent steps, 2 agents per group. */
    private static final StudySettings SMALL = new StudySettings(List.of(1, 4), 3, 2, 10, 7, 2,
            StudySettings.NOTEBOOK_ALPHAS);

    @TempDir
    Path dir;

    private static final Progress QUIET = (done, total) -> {
    };

    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        for (String f : FILES) {
            assertThat(new String(Files.readAllBytes(actual.resolve(f)), StandardCharsets.UTF_8)).as(f)
                    .isEqualTo(new String(Files.readAllBytes(expected.resolve(f)), StandardCharsets.UTF_8));
        }
    }

    @Test
    void stoppedAfterEachCheckpointThenResumedGivesTheUninterruptedBytes() throws IOException {
        Path whole = dir.resolve("whole");
        StudyFiles.write(whole, LearningGridworldStudy.run(SMALL, QUIET));
        // checkpoints at blocks 1, 2, 3 of scenario 1 and 1, 2 of scenario 4 (none after the last block)
        for (int stop = 1; stop <= 5; stop++) {
            Path folder = dir.resolve("stopped-" + stop);
            StudyCheckpoints stopping = new StudyCheckpoints(folder, SMALL, 1, stop);
            assertThat(LearningGridworldStudy.runCheckpointed(SMALL, QUIET, stopping, null)).isEmpty();
            StudyCheckpoint checkpoint = StudyCheckpoints.read(folder, SMALL.withThreads(1));
            assertThat(checkpoint.scenarios()).hasSize(stop <= 3 ? 1 : 2);
            assertThat(checkpoint.scenarios().get(checkpoint.scenarios().size() - 1).blocksDone())
                    .isEqualTo(stop <= 3 ? stop : stop - 3);
            StudySettings oneThread = SMALL.withThreads(1);
            StudyResult resumed = LearningGridworldStudy.runCheckpointed(oneThread, QUIET,
                    new StudyCheckpoints(folder, oneThread, 1), checkpoint).orElseThrow();
            StudyFiles.write(folder, resumed);
            assertSameFiles(whole, folder);
        }
    }

    @Test
    void theCommandResumesRemovesItsCheckpointAndMatchesAnUninterruptedRun() throws IOException {
        Path whole = dir.resolve("whole");
        assertThat(command("--scenario", "1", "--blocks", "3", "--agents", "4", "--seed", "5", "--out",
                whole.toString()).code()).isEqualTo(ExitCodes.OK);
        StudySettings settings = new StudySettings(List.of(1), 3, 4, StudySettings.NOTEBOOK_STEPS, 5, 2,
                StudySettings.NOTEBOOK_ALPHAS);
        Path folder = dir.resolve("resumed");
        assertThat(LearningGridworldStudy.runCheckpointed(settings, QUIET, new StudyCheckpoints(folder, settings, 2, 1),
                null)).isEmpty();
        assertThat(command("--scenario", "1", "--blocks", "3", "--agents", "4", "--seed", "5", "--out",
                folder.toString()).err()).contains("--out: expected a folder without the checkpoint of an unfinished "
                + "study");
        Result r = command("--scenario", "1", "--blocks", "3", "--agents", "4", "--seed", "5", "--threads", "1",
                "--resume", folder.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        assertSameFiles(whole, folder);
        assertThat(CheckpointFile.in(folder)).doesNotExist();
    }

    @Test
    void checkpointsOfOtherSettingsOrAnotherFormatVersionAreRefused() throws IOException {
        Path folder = dir.resolve("stopped");
        StudySettings settings = new StudySettings(List.of(1), 3, 2, 10, 5, 2, StudySettings.NOTEBOOK_ALPHAS);
        LearningGridworldStudy.runCheckpointed(settings, QUIET, new StudyCheckpoints(folder, settings, 1, 1), null);

        Result otherSeed = command("--scenario", "1", "--blocks", "3", "--agents", "2", "--seed", "6", "--resume",
                folder.toString());
        assertThat(otherSeed.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(otherSeed.err()).contains("expected a checkpoint of these settings, found one of other settings: "
                + "seed: 5 in the checkpoint, 6 now").doesNotContain("Exception").hasLineCount(1);

        Path file = CheckpointFile.in(folder);
        String text = Files.readString(file);
        Files.writeString(file, text.replace("\"formatVersion\":" + CheckpointFile.VERSION, "\"formatVersion\":99"));
        Result otherVersion = command("--scenario", "1", "--blocks", "3", "--agents", "2", "--seed", "5", "--resume",
                folder.toString());
        assertThat(otherVersion.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(otherVersion.err()).contains("expected checkpoint format version " + CheckpointFile.VERSION
                + ", found version 99").hasLineCount(1);

        Result none = command("--scenario", "1", "--resume", dir.resolve("nowhere").toString());
        assertThat(none.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(none.err()).contains("--resume: expected a folder with a checkpoint.json");

        Result zero = command("--scenario", "1", "--checkpoint-every", "0", "--out", dir.resolve("z").toString());
        assertThat(zero.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(zero.err()).contains("--checkpoint-every: expected a positive number of blocks, found 0");
    }

    private record Result(int code, String out, String err) {
    }

    private Result command(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = Stream.concat(Stream.of("--plugins", dir.resolve("no-plugins").toString(), "learning-gridworld"),
                Stream.of(args)).toArray(String[]::new);
        int code = Main.execute(all, Map.of(), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }
}
