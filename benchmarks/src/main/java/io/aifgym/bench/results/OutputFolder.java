package io.aifgym.bench.results;

import io.aifgym.bench.config.ConfigProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Checks, before a run starts, that its results can be written. */
public final class OutputFolder {

    private OutputFolder() {
    }

    /**
     * The default output folder of a config file: {@code runs/NAME} (the file name without its
     * extension) under the working directory.
     *
     * @param configFile the config file
     * @return the folder
     */
    public static Path defaultFor(Path configFile) {
        Path name = configFile.getFileName();
        String n = name == null ? "run" : name.toString();
        int dot = n.lastIndexOf('.');
        return Path.of("runs", dot > 0 ? n.substring(0, dot) : n);
    }

    /**
     * Why results cannot be written to a folder, if they cannot: the folder is a file, or is
     * not writable, or it does not exist and its nearest existing parent is a file or is not
     * writable. Nothing is created.
     *
     * @param folder the output folder
     * @return the problem (path {@code out}), or empty if the folder is usable
     */
    public static Optional<ConfigProblem> check(Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        String expected = "a writable output folder";
        if (Files.exists(abs)) {
            if (!Files.isDirectory(abs)) {
                return Optional.of(new ConfigProblem("out", expected, "a file, " + abs));
            }
            if (!Files.isWritable(abs)) {
                return Optional.of(new ConfigProblem("out", expected, "a read-only folder, " + abs));
            }
            return Optional.empty();
        }
        Path parent = abs.getParent();
        while (parent != null && !Files.exists(parent)) {
            parent = parent.getParent();
        }
        if (parent == null) {
            return Optional.of(new ConfigProblem("out", expected, abs + ", which has no existing parent folder"));
        }
        if (!Files.isDirectory(parent)) {
            return Optional.of(new ConfigProblem("out", expected, abs + ", which cannot be created because " + parent
                    + " is a file"));
        }
        if (!Files.isWritable(parent)) {
            return Optional.of(new ConfigProblem("out", expected, abs + ", which cannot be created because " + parent
                    + " is read-only"));
        }
        return Optional.empty();
    }
}
