package io.aifgym.bench.study;

import io.aifgym.bench.results.ResultWriter;
import io.aifgym.envs.pomdp.grid.GridWorld;
import io.aifgym.gym.model.GenerativeProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes everything a study run leaves in its output folder, all or none: the numbers
 * ({@link StudyFiles}), the figures ({@link StudyPlots}) and the report ({@link StudyReport}).
 */
public final class StudyOutput {

    private StudyOutput() {
    }

    /**
     * Writes the files, figures and report, creating the folder if needed, all or none
     * ({@link ResultWriter#writeAll}): everything is drawn first, then written to temporary
     * files, and only when all are on the disk are they renamed over their targets, so a full
     * disk leaves the folder as it was (and no folder where there was none).
     *
     * @param folder the output folder
     * @param result the study
     * @param command the command line that ran it, for the report
     * @return every file written, the report last
     * @throws IOException if a file cannot be written
     */
    public static List<Path> write(Path folder, StudyResult result, String command) throws IOException {
        Map<Path, byte[]> files = new LinkedHashMap<>(StudyFiles.contents(folder, result));
        GenerativeProcess truth = new GridWorld(LearningGridworldStudy.GRID).generativeProcess();
        StudyPlots.Truth t = new StudyPlots.Truth(truth.A().get(0), truth.B().get(0));
        Map<Scenario, List<StudyPlots.Figure>> figures = new LinkedHashMap<>();
        for (ScenarioResult s : result.scenarios()) {
            List<StudyPlots.Figure> f = new ArrayList<>();
            for (StudyPlots.Drawn d : StudyPlots.draw(folder, s, t)) {
                files.put(d.figure().file(), d.png());
                f.add(d.figure());
            }
            figures.put(s.scenario(), f);
        }
        files.put(folder.resolve(StudyReport.INDEX), StudyReport.html(folder, result, figures, command)
                .getBytes(StandardCharsets.UTF_8));
        ResultWriter.writeAll(folder, List.copyOf(files.keySet()), List.copyOf(files.values()));
        return List.copyOf(files.keySet());
    }
}
