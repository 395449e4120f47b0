package io.aifgym.bench.study;

import io.aifgym.envs.pomdp.grid.GridWorld;
import io.aifgym.gym.model.GenerativeProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes everything a study run leaves in its output folder: the numbers ({@link StudyFiles}),
 * the figures ({@link StudyPlots}) and the report ({@link StudyReport}).
 */
public final class StudyOutput {

    private StudyOutput() {
    }

    /**
     * Writes the files, figures and report, creating the folder if needed.
     *
     * @param folder the output folder
     * @param result the study
     * @param command the command line that ran it, for the report
     * @return every file written, the report last
     * @throws IOException if a file cannot be written
     */
    public static List<Path> write(Path folder, StudyResult result, String command) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>(StudyFiles.write(folder, result));
        GenerativeProcess truth = new GridWorld(LearningGridworldStudy.GRID).generativeProcess();
        StudyPlots.Truth t = new StudyPlots.Truth(truth.A().get(0), truth.B().get(0));
        Map<Scenario, List<StudyPlots.Figure>> figures = new LinkedHashMap<>();
        for (ScenarioResult s : result.scenarios()) {
            List<StudyPlots.Figure> f = StudyPlots.write(folder, s, t);
            figures.put(s.scenario(), f);
            for (StudyPlots.Figure figure : f) {
                written.add(figure.file());
            }
        }
        written.add(StudyReport.write(folder, result, figures, command));
        return written;
    }
}
