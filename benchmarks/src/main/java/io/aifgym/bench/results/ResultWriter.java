package io.aifgym.bench.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aifgym.bench.config.ConfigMappers;
import io.aifgym.bench.experiment.EpisodeRecord;
import io.aifgym.bench.experiment.RunResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes a run's results into its output folder: {@code episodes.csv} (one row per completed
 * episode: slot, episode, return, length, terminated), {@code summary.json} and
 * {@code provenance.json}. Each file is written to a temporary file in the folder and renamed
 * over its target, so a reader never sees a half-written file.
 */
public final class ResultWriter {

    /** The episodes file. */
    public static final String EPISODES = "episodes.csv";
    /** The summary file. */
    public static final String SUMMARY = "summary.json";
    /** The provenance file. */
    public static final String PROVENANCE = "provenance.json";

    private final ObjectMapper mapper = ConfigMappers.json();

    /** A writer of aifgym's result files. */
    public ResultWriter() {
        // no state beyond the JSON mapper
    }

    /**
     * Writes the three result files, creating the folder if needed.
     *
     * @param folder the output folder
     * @param result the run's result
     * @param summary its summary
     * @param provenance its provenance
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public List<Path> write(Path folder, RunResult result, Summary summary, Provenance provenance) throws IOException {
        Files.createDirectories(folder);
        Path episodes = folder.resolve(EPISODES);
        Path summaryFile = folder.resolve(SUMMARY);
        Path provenanceFile = folder.resolve(PROVENANCE);
        writeAtomically(episodes, csv(result.episodes()).getBytes(StandardCharsets.UTF_8));
        writeAtomically(summaryFile, json(summary));
        writeAtomically(provenanceFile, json(provenance));
        return List.of(episodes, summaryFile, provenanceFile);
    }

    /**
     * The CSV text of episodes, with a header row.
     *
     * @param episodes the episodes
     * @return the CSV text
     */
    public static String csv(List<EpisodeRecord> episodes) {
        StringBuilder sb = new StringBuilder("slot,episode,return,length,terminated\n");
        for (EpisodeRecord e : episodes) {
            sb.append(e.slot()).append(',').append(e.episode()).append(',').append(e.totalReturn()).append(',')
                    .append(e.length()).append(',').append(e.terminated()).append('\n');
        }
        return sb.toString();
    }

    private byte[] json(Object value) throws IOException {
        byte[] body = mapper.writeValueAsBytes(value);
        byte[] out = new byte[body.length + 1];
        System.arraycopy(body, 0, out, 0, body.length);
        out[body.length] = '\n';
        return out;
    }

    /**
     * Writes a file by writing a temporary file beside it and renaming it over the target.
     *
     * @param target the file
     * @param bytes its content
     * @throws IOException if it cannot be written
     */
    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
