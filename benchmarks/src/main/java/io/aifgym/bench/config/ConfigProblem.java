package io.aifgym.bench.config;

import java.util.Collection;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One problem of a config file: where it is, what was expected there and what was found.
 *
 * @param path the path in the file, such as {@code agent.config.gamma}, or
 *     {@code line 3, column 7} for a file that does not parse
 * @param expected what the path should hold
 * @param found what it holds
 */
public record ConfigProblem(String path, String expected, String found) {

    /** {@code field: expected X, found Y}, the message form of validation in aifgym. */
    private static final Pattern FIELD_MESSAGE = Pattern.compile(
            "^([A-Za-z_$][A-Za-z0-9_$]*)((?:\\[\\d+]|\\.[A-Za-z_$][A-Za-z0-9_$]*)*)\\s*:\\s*expected\\s+(.+?),\\s+found\\s+(.+)$",
            Pattern.DOTALL);

    /** Requires every part. */
    public ConfigProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(found, "found");
    }

    /**
     * The problem behind a value that a constructor or factory rejected with an
     * {@link IllegalArgumentException} in aifgym's {@code field: expected X, found Y} form.
     * When {@code field} is one of {@code fields}, the problem's path is {@code path.field};
     * otherwise it is {@code path}, and a message of another form becomes what was found.
     *
     * @param path where the rejected value is, such as {@code agent.config}
     * @param message the rejection's message
     * @param fields the field names under {@code path}
     * @return the problem
     */
    public static ConfigProblem rejected(String path, String message, Collection<String> fields) {
        String text = message == null ? "no message" : message.strip();
        Matcher m = FIELD_MESSAGE.matcher(text);
        if (m.matches() && fields.contains(m.group(1))) {
            return new ConfigProblem(path + "." + m.group(1) + m.group(2), m.group(3).strip(), m.group(4).strip());
        }
        if (m.matches()) {
            return new ConfigProblem(path, m.group(1) + m.group(2) + " " + m.group(3).strip(), m.group(4).strip());
        }
        int nl = text.indexOf('\n');
        return new ConfigProblem(path, "a value that is accepted", nl < 0 ? text : text.substring(0, nl).strip());
    }

    /**
     * The problem as one line.
     *
     * @return {@code path: expected X, found Y}
     */
    public String describe() {
        return path + ": expected " + expected + ", found " + found;
    }
}
