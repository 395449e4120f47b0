package io.aifgym.bench.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.aifgym.bench.cli.Cli;
import io.aifgym.bench.checkpoint.CheckpointFile;
import io.aifgym.bench.cli.ExitCodes;
import io.aifgym.bench.fixtures.FolderContents;
import io.aifgym.bench.fixtures.Checkpoints;
import io.aifgym.bench.fixtures.SmallDisk;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input to {@code aifgym learning-gridworld} (its inputs are its options, its
 * output folder and the checkpoint {@code --resume} reads): exit code 2, one message on standard
 * error naming the option, what was expected and what was found, nothing on standard output, and
 * nothing written (no output folder, or the folder as it was). A disk that fills up (a small
 * tmpfs, skipped where it cannot be mounted) leaves the results all or none and the previous
 * checkpoint whole.
 */
class LearningGridworldBadInputTest {

    /** Scenario 1, one block, one agent per group: the smallest study. */
    private static final List<String> SMALL = List.of("--scenario", "1", "--blocks", "1", "--agents", "1",
            "--threads", "2");

    @TempDir
    Path dir;

    private Cli.Result run(String... args) {
        return Cli.run(Stream.concat(Stream.of("--plugins", dir.resolve("no-plugins").toString(), "learning-gridworld"),
                Stream.of(args)).toArray(String[]::new));
    }

    private Cli.Result small(String... extra) {
        return run(Stream.concat(SMALL.stream(), Stream.of(extra)).toArray(String[]::new));
    }

    private static void assertBadInput(Cli.Result r, String... fragments) {
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("aifgym: ");
        assertThat(r.err().split("aifgym: ", -1)).as("one message").hasSize(2);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        for (String f : fragments) {
            assertThat(r.err()).contains(f);
        }
    }

    // ------------------------------------------------------------------ options

    @Test
    void badOptionsGiveOneMessageAndExitCodeTwo() {
        Path out = dir.resolve("never");
        String to = out.toString();
        assertBadInput(run("--scenario", "0", "--out", to), "--scenario: expected a number from 1 to 6, found 0");
        assertBadInput(run("--scenario", "7", "--out", to), "--scenario: expected a number from 1 to 6, found 7");
        assertBadInput(run("--scenario", "2,2", "--out", to), "--scenario: expected each scenario once, found 2 twice");
        assertBadInput(run("--scenario", "one", "--out", to),
                "Invalid value for option '--scenario' (N): 'one' is not an int");
        assertBadInput(run("--blocks", "0", "--out", to), "--blocks: expected a positive number of blocks, found 0");
        assertBadInput(run("--blocks", "-3", "--out", to), "--blocks: expected a positive number of blocks, found -3");
        assertBadInput(run("--blocks", "abc", "--out", to), "Invalid value for option '--blocks': 'abc' is not an int");
        assertBadInput(run("--agents", "0", "--out", to), "--agents: expected at least 1 agent per group, found 0");
        assertBadInput(run("--agents", "-1", "--out", to), "--agents: expected at least 1 agent per group, found -1");
        assertBadInput(run("--agents", "NaN", "--out", to), "Invalid value for option '--agents': 'NaN' is not an int");
        assertBadInput(run("--threads", "0", "--out", to), "--threads: expected at least 1 thread, found 0");
        assertBadInput(run("--seed", "abc", "--out", to), "Invalid value for option '--seed': 'abc' is not a long");
        assertBadInput(run("--seed", "1.5", "--out", to), "Invalid value for option '--seed': '1.5' is not a long");
        assertBadInput(run("--frobnicate", "--out", to), "Unknown option: '--frobnicate'",
                "(see 'aifgym learning-gridworld --help')");
        assertBadInput(run("--out", to, "extra"), "Unmatched argument at index 5: 'extra'");
        assertBadInput(run("--bench", "--agents", "0"), "--agents: expected at least 1 agent per group, found 0");
        assertBadInput(run("--checkpoint-every", "0", "--out", to),
                "--checkpoint-every: expected a positive number of blocks, found 0");
        assertBadInput(run("--checkpoint-every", "-2", "--out", to),
                "--checkpoint-every: expected a positive number of blocks, found -2");
        assertBadInput(run("--out", to, "--resume", dir.resolve("elsewhere").toString()),
                "--out: expected no other output folder than --resume's (" + dir.resolve("elsewhere") + "), found "
                        + out);
        assertThat(out).doesNotExist();
        assertThat(dir.resolve("runs")).doesNotExist();
    }

    @Test
    void aStudyWhoseResultsWouldNotFitInMemoryIsRefusedUpFrontWithItsSize() {
        Path out = dir.resolve("never");
        long start = System.nanoTime();
        assertBadInput(run("--agents", "2000000000", "--out", out.toString()),
                "learning-gridworld: --agents, --blocks: expected a study whose results fit in this JVM's ",
                "found 2,000,000,000 agents x 5 groups in 6 scenario(s) of their own blocks, whose learned pA and pB "
                        + "and divergence curves alone would need 3.7 PiB; lower --agents or --blocks, run fewer "
                        + "scenarios, or give Java more heap (-Xmx)");
        assertBadInput(run("--scenario", "1", "--blocks", "2000000000", "--out", out.toString()),
                "found 20 agents x 5 groups in 1 scenario(s) of 2,000,000,000 blocks, whose learned pA and pB and "
                        + "divergence curves alone would need ");
        assertBadInput(run("--bench", "--agents", "2000000000"), "--agents, --blocks: expected a study whose results "
                + "fit in this JVM's ");
        assertThat(System.nanoTime() - start).as("refused before any work").isLessThan(10_000_000_000L);
        assertThat(out).doesNotExist();
    }

    // ------------------------------------------------------------------ the output folder

    @Test
    void anOutputFolderThatIsAFileOrUnderOneIsRefusedUpFront() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertBadInput(small("--out", file.toString()), "--out: expected a writable output folder, found a file, "
                + file);
        assertBadInput(small("--out", file.resolve("study").toString()), "--out: expected a writable output folder, "
                + "found " + file.resolve("study") + ", which cannot be created because " + file + " is a file");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void aReadOnlyOutputFolderIsRefusedUpFront() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write to read-only folders");
        Path readOnly = Files.createDirectories(dir.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertBadInput(small("--out", readOnly.resolve("study").toString()),
                    "--out: expected a writable output folder, found ", "read-only");
            assertThat(readOnly.resolve("study")).doesNotExist();
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFreshStudyDoesNotOverwriteAnUnfinishedStudysCheckpoint() throws IOException {
        Path folder = dir.resolve("stopped");
        studyCheckpointIn(folder, settings(3, 0));
        Map<String, String> before = FolderContents.of(folder);
        assertBadInput(run("--scenario", "1", "--blocks", "3", "--agents", "1", "--out", folder.toString(),
                "--checkpoint-every", "1"), "--out: expected a folder without the checkpoint of an unfinished study, "
                + "found " + CheckpointFile.in(folder) + " (resume it with --resume " + folder + ", or delete it)");
        assertThat(FolderContents.of(folder)).isEqualTo(before);
    }

    // ------------------------------------------------------------------ a disk that fills up

    @Test
    void resultsThatDoNotFitAreNotWrittenAtAll() throws Exception {
        // scenario 1 writes about 4 KiB of numbers and 190 KiB of figures
        SmallDisk.run(dir, "96k", disk -> {
            Path folder = Files.createDirectories(disk.resolve("study"));
            Files.writeString(folder.resolve(StudyFiles.KL_JSON), "{\"from\": \"an earlier study\"}\n");
            Map<String, String> before = FolderContents.of(folder);
            Cli.Result r = small("--out", folder.toString());
            assertBadInput(r, "No space left on device");
            assertThat(r.err()).startsWith("aifgym: --out: cannot write the results to " + folder + " (");
            assertThat(FolderContents.of(folder)).as("the folder as it was, no temporary file").isEqualTo(before);
            Path fresh = disk.resolve("fresh");
            assertBadInput(small("--out", fresh.toString()), "--out: cannot write the results to " + fresh,
                    "No space left on device");
            assertThat(fresh).as("the folder it made is removed again").doesNotExist();
        });
    }

    @Test
    void aCheckpointThatDoesNotFitLeavesThePreviousOneWhole() throws Exception {
        // a checkpoint of scenario 1 with one agent per group is about 2 MiB: the first fits, the second does not
        SmallDisk.run(dir, "3m", disk -> {
            Path folder = disk.resolve("checkpointed");
            Cli.Result r = run("--scenario", "1", "--blocks", "3", "--agents", "1", "--threads", "2", "--out",
                    folder.toString(), "--checkpoint-every", "1");
            assertBadInput(r, "No space left on device", "the previous checkpoint, if any, is kept");
            assertThat(r.err()).startsWith("aifgym: checkpoint: cannot write " + CheckpointFile.in(folder) + " (");
            assertThat(FolderContents.of(folder).keySet()).containsExactly(CheckpointFile.FILE);
            StudyCheckpoint kept = StudyCheckpoints.read(folder, settings(3, 0));
            assertThat(kept.scenarios()).singleElement().extracting(StudyCheckpoint.ScenarioState::blocksDone)
                    .isEqualTo(1);
        });
    }

    @Test
    void resultsThatDoNotFitKeepTheCheckpointToResumeFrom() throws Exception {
        // the checkpoint after block 1 (about 2 MiB) fits, the results beside it (about 200 KiB) do not
        SmallDisk.run(dir, "2150k", disk -> {
            Path folder = disk.resolve("checkpointed");
            List<String> study = List.of("--scenario", "1", "--blocks", "2", "--agents", "1", "--threads", "2");
            Cli.Result r = run(Stream.concat(study.stream(), Stream.of("--out", folder.toString(), "--checkpoint-every",
                    "1")).toArray(String[]::new));
            assertBadInput(r, "--out: cannot write the results to " + folder, "No space left on device",
                    "; the checkpoint is kept: resume with the same options and --resume " + folder);
            assertThat(FolderContents.of(folder).keySet()).containsExactly(CheckpointFile.FILE);
            SmallDisk.resize(disk, "4m");
            Cli.Result resumed = run(Stream.concat(study.stream(), Stream.of("--resume", folder.toString()))
                    .toArray(String[]::new));
            assertThat(resumed.err()).isEmpty();
            assertThat(resumed.code()).isZero();
            assertThat(CheckpointFile.in(folder)).doesNotExist();
            assertThat(folder.resolve(StudyReport.INDEX)).exists();
        });
    }

    // ------------------------------------------------------------------ --resume

    private static StudySettings settings(int blocks, long seed) {
        return new StudySettings(List.of(1), blocks, 1, StudySettings.NOTEBOOK_STEPS, seed, 2,
                StudySettings.NOTEBOOK_ALPHAS);
    }

    /** Writes the checkpoint a study leaves when it is stopped after its first block. */
    private static void studyCheckpointIn(Path folder, StudySettings settings) {
        LearningGridworldStudy.runCheckpointed(settings, (done, total) -> {
        }, new StudyCheckpoints(folder, settings, 1, 1), null);
    }

    /** Resumes {@code folder} with options and checks the refusal changed nothing there; returns standard error. */
    private String failResume(Path folder, String... options) throws IOException {
        Map<String, String> before = Files.isDirectory(folder) ? FolderContents.of(folder) : null;
        Cli.Result r = run(Stream.concat(Stream.of(options), Stream.of("--resume", folder.toString()))
                .toArray(String[]::new));
        assertBadInput(r);
        if (before == null) {
            assertThat(folder).doesNotExist();
        } else {
            assertThat(FolderContents.of(folder)).as("the folder as it was").isEqualTo(before);
        }
        return r.err();
    }

    @Test
    void resumingWithoutACheckpointIsRefused() throws IOException {
        assertThat(failResume(dir.resolve("nowhere"), "--scenario", "1")).isEqualTo("aifgym: --resume: expected a "
                + "folder with a checkpoint.json (written by 'aifgym learning-gridworld --checkpoint-every N'), found "
                + "no folder " + dir.resolve("nowhere") + System.lineSeparator());
        Path finished = dir.resolve("finished");
        assertThat(small("--out", finished.toString()).code()).isZero();
        assertThat(failResume(finished, SMALL.toArray(String[]::new)))
                .contains("--resume: expected a folder with a checkpoint.json").contains("found none in " + finished);
    }

    @Test
    void aCheckpointOfOtherSettingsIsRefusedWithTheDifferences() throws IOException {
        Path folder = dir.resolve("stopped");
        studyCheckpointIn(folder, settings(3, 5));
        Path file = CheckpointFile.in(folder);
        assertThat(failResume(folder, "--scenario", "1", "--blocks", "3", "--agents", "1", "--seed", "6"))
                .contains(file + ": expected a checkpoint of these settings, found one of other settings: seed: 5 in "
                        + "the checkpoint, 6 now");
        assertThat(failResume(folder, "--scenario", "1,4", "--blocks", "4", "--agents", "2", "--seed", "5"))
                .contains("expected a checkpoint of these settings, found one of other settings: ")
                .contains("agents: 1 in the checkpoint, 2 now").contains("blocks: 3 in the checkpoint, 4 now")
                .contains("scenarios: [1] in the checkpoint, [1,4] now");
        assertThat(failResume(folder, "--scenario", "1", "--agents", "1", "--seed", "5"))
                .contains("blocks: 3 in the checkpoint, 0 now");
    }

    @Test
    void aDamagedCheckpointIsRefused() throws IOException {
        Path folder = dir.resolve("stopped");
        studyCheckpointIn(folder, settings(3, 0));
        String[] options = {"--scenario", "1", "--blocks", "3", "--agents", "1"};
        Path file = CheckpointFile.in(folder);
        String whole = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, whole.substring(0, whole.length() / 2));
        assertThat(failResume(folder, options)).contains(file + ": expected a checkpoint (JSON), found a damaged "
                + "file: ");
        Files.writeString(file, whole.replace("\"scenarios\":[{", "\"scenarios\":[{\"extra\":1,"));
        assertThat(failResume(folder, options)).contains(file + ": expected a complete checkpoint, found a damaged "
                + "one: ");
        Files.writeString(file, whole.replace("\"formatVersion\":" + CheckpointFile.VERSION, "\"formatVersion\":99"));
        assertThat(failResume(folder, options)).contains(file + ": expected checkpoint format version "
                + CheckpointFile.VERSION + ", found version 99");
        Files.writeString(file, whole.replace("\"blocksDone\":1", "\"blocksDone\":7"));
        assertThat(failResume(folder, options)).contains(file + ": expected a checkpoint that fits the study, found "
                + "blocksDone: expected 0 to 3, found 7");
        Files.writeString(file, whole.replace("\"kl\":{\"B\":[[", "\"kl\":{\"B\":[null,["));
        assertThat(failResume(folder, options)).contains(file + ": expected a checkpoint that fits the study, found "
                + "B rows: expected 1 rows, found 2");
        Files.writeString(file, whole.replaceFirst("\"agentStates\":\\[\\{", "\"agentStates\":[null,{"));
        assertThat(failResume(folder, options)).contains(file + ": expected a checkpoint that fits the study, found "
                + "scenarios[0].groups[0].agentStates: expected a saved agent state (an object), found null");
    }

    @Test
    void aCheckpointOfAnotherCommandIsRefused() throws IOException {
        Path ofACompare = dir.resolve("compare");
        Path compareFile = Files.writeString(dir.resolve("compare.yaml"), """
                envs: [{id: TestCountdown-v0, episodes: 3}]
                agents: [{id: random}]
                seeds: 2
                threads: 1
                """);
        Checkpoints.ofCompare(compareFile, ofACompare);
        assertThat(failResume(ofACompare, SMALL.toArray(String[]::new))).contains(CheckpointFile.in(ofACompare)
                + ": expected a checkpoint of 'aifgym learning-gridworld' (kind \"learning-gridworld\"), found kind "
                + "\"compare\"");

        Path ofARun = dir.resolve("run");
        Path runFile = Files.writeString(dir.resolve("run.yaml"), """
                env: {id: TestCountdown-v0}
                agent: {id: random}
                seed: 1
                steps: 40
                blockSteps: 10
                """);
        Checkpoints.ofRun(runFile, ofARun, 0, 1);
        assertThat(failResume(ofARun, SMALL.toArray(String[]::new))).contains(CheckpointFile.in(ofARun)
                + ": expected a checkpoint of 'aifgym learning-gridworld' (kind \"learning-gridworld\"), found the "
                + "checkpoint of an 'aifgym run'");
    }
}
