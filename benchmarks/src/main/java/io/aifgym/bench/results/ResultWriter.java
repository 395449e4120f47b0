package io.aifgym.bench.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aifgym.bench.config.ConfigMappers;
import io.aifgym.bench.experiment.EpisodeRecord;
import io.aifgym.bench.experiment.RunResult;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a run's results into its output folder: {@code episodes.csv} (one row per completed
 * episode: slot, episode, return, length, terminated), {@code summary.json} and
 * {@code provenance.json}. Each file is written to a temporary file in the folder, forced to
 * the disk and renamed over its target ({@link #writeAtomically}), so neither a reader nor a
 * crash ever sees a half-written file, and a failed write leaves the previous file whole.
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
     * Writes the three result files, creating the folder if needed, all or none: each is first
     * written in full to a temporary file forced to the disk, and only when all three are there
     * are they renamed over their targets. If a write fails (a full disk), the temporary files
     * are removed and the folder holds exactly what it held before ({@link #writeAll}).
     *
     * @param folder the output folder
     * @param result the run's result
     * @param summary its summary
     * @param provenance its provenance
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public List<Path> write(Path folder, RunResult result, Summary summary, Provenance provenance) throws IOException {
        Path episodes = folder.resolve(EPISODES);
        Path summaryFile = folder.resolve(SUMMARY);
        Path provenanceFile = folder.resolve(PROVENANCE);
        writeAll(folder, List.of(episodes, summaryFile, provenanceFile), List.of(
                csv(result.episodes()).getBytes(StandardCharsets.UTF_8), json(summary), json(provenance)));
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
     * Writes a file so that a crash or a kill at any moment leaves either its previous content
     * or the new one, never a part: the bytes go to a temporary file in the same folder, are
     * forced to the disk, and the temporary file is renamed over the target (atomically where
     * the file system can), after which the folder entry is forced too. If anything fails (a
     * full disk), the temporary file is removed and the target is as it was.
     *
     * @param target the file
     * @param bytes its content
     * @throws IOException if it cannot be written
     */
    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        writeAtomically(List.of(target), List.of(bytes));
    }

    /**
     * Writes several files of one folder together, as {@link #writeAtomically(Path, byte[])}
     * writes one: every temporary file is written and forced before the first rename, so a
     * failure to write leaves every target as it was.
     *
     * @param targets the files, in one folder
     * @param contents their contents, in the same order
     * @throws IOException if one cannot be written
     */
    public static void writeAtomically(List<Path> targets, List<byte[]> contents) throws IOException {
        if (targets.size() != contents.size()) {
            throw new IllegalArgumentException("contents: expected one per target (" + targets.size() + "), found "
                    + contents.size());
        }
        List<Path> temporary = new ArrayList<>();
        try {
            for (int i = 0; i < targets.size(); i++) {
                Path target = targets.get(i);
                Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
                temporary.add(tmp);
                readableByAll(tmp);
                try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
                    ByteBuffer buffer = ByteBuffer.wrap(contents.get(i));
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                    channel.force(true);
                }
            }
            for (int i = 0; i < targets.size(); i++) {
                try {
                    Files.move(temporary.get(i), targets.get(i), StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary.get(i), targets.get(i), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            for (Path target : targets) {
                forceFolder(target.toAbsolutePath().getParent());
            }
        } finally {
            for (Path tmp : temporary) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * Writes the result files of an output folder all or none
     * ({@link #writeAtomically(List, List)}), creating the folder if needed. If a file cannot be
     * written (a full disk), the folder holds exactly what it held before, and the folders this
     * call created are removed again, so a failed write leaves no trace.
     *
     * @param folder the output folder
     * @param targets the files, in {@code folder}
     * @param contents their contents, in the same order
     * @throws IOException if the folder or a file cannot be written
     */
    public static void writeAll(Path folder, List<Path> targets, List<byte[]> contents) throws IOException {
        Path abs = folder.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            Files.createDirectories(folder);
            writeAtomically(targets, contents);
        } catch (IOException e) {
            for (Path made = abs; made != null && !made.equals(existing); made = made.getParent()) {
                try {
                    Files.deleteIfExists(made);
                } catch (IOException notEmpty) {
                    break;
                }
            }
            throw e;
        }
    }

    /**
     * Why a file could not be written, in words for a message: the operating system's reason
     * (such as {@code No space left on device}), with the file where it names one, and no Java
     * class name.
     *
     * @param e the failure
     * @return the words
     */
    public static String reason(IOException e) {
        if (e instanceof FileSystemException f) {
            String why = f.getReason() != null ? f.getReason()
                    : e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof NoSuchFileException ? "no such file or folder"
                    : e instanceof FileAlreadyExistsException ? "it exists already"
                    : e.getClass().getSimpleName();
            return f.getFile() == null ? why : f.getFile() + ": " + why;
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** Forces a folder's entries to the disk where the platform allows opening a folder. */
    private static void forceFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some platforms (Windows) cannot open a folder; the rename itself is then all there is.
        }
    }

    /**
     * Gives a result file the permissions of an ordinary new file (rw-r--r--) instead of the
     * owner-only ones of a temporary file, where the file system has POSIX permissions.
     */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
