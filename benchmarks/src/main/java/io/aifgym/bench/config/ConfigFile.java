package io.aifgym.bench.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A config file's text and format, read the same way for {@code aifgym run} and
 * {@code aifgym compare}: a file that is not {@code .json}, {@code .yaml} or {@code .yml}, or
 * cannot be read, is one {@link ConfigException} naming it.
 *
 * @param text the file's text
 * @param format its format, from its extension
 * @param source the file as messages name it
 */
public record ConfigFile(String text, ConfigMappers.Format format, String source) {

    /**
     * Reads a config file.
     *
     * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
     * @return its text and format
     * @throws ConfigException if it has another extension or cannot be read
     */
    public static ConfigFile read(Path file) {
        String source = file.toString();
        ConfigMappers.Format format = ConfigMappers.Format.of(file).orElseThrow(() -> new ConfigException(source,
                List.of(new ConfigProblem("(file)", "a .json, .yaml or .yml file", Describe.quoted(source)))));
        try {
            return new ConfigFile(Files.readString(file, StandardCharsets.UTF_8), format, source);
        } catch (IOException e) {
            String why = Files.isDirectory(file) ? "a folder" : Files.exists(file) ? "a file that cannot be read ("
                    + e.getMessage() + ")" : "no such file";
            throw new ConfigException(source, List.of(new ConfigProblem("(file)", "a readable config file", why)));
        }
    }
}
