package io.aifgym.bench.study;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.bench.cli.Cli;
import io.aifgym.bench.checkpoint.CheckpointFile;
import io.aifgym.bench.cli.ExitCodes;
import io.aifgym.bench.experiment.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checkpoints of the learning-gridworld study at a reduced size: a study stopped after a
 * checkpoint and resumed writes the bytes of an uninterrupted one. The checkpoints that are
 * refused (none, another format version, other settings, another command's, damaged) are in
 * {@link LearningGridworldBadInputTest}.
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
        Cli.Result r = command("--scenario", "1", "--blocks", "3", "--agents", "4", "--seed", "5", "--threads", "1",
                "--resume", folder.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        assertSameFiles(whole, folder);
        assertThat(CheckpointFile.in(folder)).doesNotExist();
    }

    private Cli.Result command(String... args) {
        return Cli.run(Stream.concat(Stream.of("--plugins", dir.resolve("no-plugins").toString(), "learning-gridworld"),
                Stream.of(args)).toArray(String[]::new));
    }
}
