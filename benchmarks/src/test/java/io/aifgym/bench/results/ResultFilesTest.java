package io.aifgym.bench.results;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.bench.config.ExperimentConfig;
import io.aifgym.bench.config.PluginChoice;
import io.aifgym.bench.experiment.EpisodeRecord;
import io.aifgym.bench.experiment.RunResult;
import io.aifgym.bench.fixtures.Countdown;
import io.aifgym.bench.fixtures.EpsilonAgent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultFilesTest {

    private static final ExperimentConfig CONFIG = new ExperimentConfig(
            new PluginChoice("TestCountdown-v0", Countdown.Config.DEFAULT),
            new PluginChoice("test-epsilon", EpsilonAgent.Config.DEFAULT), 1, 2, 10, null, null, 1, 10, null);

    @Test
    void summaryStatistics() {
        RunResult r = new RunResult(List.of(new EpisodeRecord(0, 0, 1.0, 2, true, 1),
                new EpisodeRecord(1, 0, 3.0, 4, false, 3)), 10, 20, 5.0, Map.of("x", 0.5), false);
        Summary s = Summary.of(CONFIG, r);
        assertThat(s.episodes()).isEqualTo(2);
        assertThat(s.terminatedEpisodes()).isEqualTo(1);
        assertThat(s.truncatedEpisodes()).isEqualTo(1);
        assertThat(s.meanReturn()).isEqualTo(2.0);
        assertThat(s.stdReturn()).isEqualTo(1.0);
        assertThat(s.minReturn()).isEqualTo(1.0);
        assertThat(s.maxReturn()).isEqualTo(3.0);
        assertThat(s.meanLength()).isEqualTo(3.0);
        assertThat(s.meanRewardPerStep()).isEqualTo(0.25);
        assertThat(s.diagnostics()).containsEntry("x", 0.5);
        Summary none = Summary.of(CONFIG, new RunResult(List.of(), 10, 20, 0.0, Map.of(), false));
        assertThat(none.meanReturn()).isNull();
        assertThat(none.meanLength()).isNull();
    }

    @Test
    void episodesCsvHasAHeaderAndOneRowPerEpisode() {
        assertThat(ResultWriter.csv(List.of(new EpisodeRecord(3, 1, -0.5, 7, false, 9))))
                .isEqualTo("slot,episode,return,length,terminated\n3,1,-0.5,7,false\n");
    }

    @Test
    void atomicWritesLeaveNoTemporaryFilesAndReplaceOldContent(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("summary.json");
        ResultWriter.writeAtomically(f, "old".getBytes());
        ResultWriter.writeAtomically(f, "new".getBytes());
        assertThat(f).hasContent("new");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(f);
        }
        if (f.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                    .as("a result file is readable like an ordinary file, not owner-only like a temp file")
                    .isEqualTo("rw-r--r--");
        }
    }

    @Test
    void outputFolderChecks(@TempDir Path dir) throws IOException {
        assertThat(OutputFolder.check(dir)).isEmpty();
        assertThat(OutputFolder.check(dir.resolve("new/deeper"))).isEmpty();
        Path file = Files.writeString(dir.resolve("f"), "");
        assertThat(OutputFolder.check(file)).get().satisfies(p -> {
            assertThat(p.path()).isEqualTo("out");
            assertThat(p.found()).isEqualTo("a file, " + file);
        });
        assertThat(OutputFolder.check(file.resolve("x/y"))).get().extracting(p -> p.found())
                .isEqualTo(file.resolve("x/y") + ", which cannot be created because " + file + " is a file");
        assertThat(OutputFolder.defaultFor(Path.of("examples/grid.yaml"))).isEqualTo(Path.of("runs", "grid"));
        assertThat(OutputFolder.defaultFor(Path.of("noext"))).isEqualTo(Path.of("runs", "noext"));
    }
}
