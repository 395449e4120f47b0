package io.aifgym.gym.env;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A versioned env or agent id, {@code Name-vN} (Gymnasium, Jumanji).
 *
 * @param name the name, letters, digits, '_' and '.'
 * @param version the version, non-negative
 */
public record EnvId(String name, int version) {

    private static final Pattern ID = Pattern.compile("([A-Za-z][A-Za-z0-9_.]*)-v(\\d+)");

    /** Validates the parts. */
    public EnvId {
        if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_.]*")) {
            throw new IllegalArgumentException("env id name: expected a letter then letters, digits, '_' or '.', found "
                    + name);
        }
        if (version < 0) {
            throw new IllegalArgumentException("env id version: expected a non-negative version, found " + version);
        }
    }

    /**
     * Parses {@code Name-vN}.
     *
     * @param id the id text
     * @return the parsed id
     * @throws IllegalArgumentException if the text is not of that form
     */
    public static EnvId parse(String id) {
        Matcher m = ID.matcher(id == null ? "" : id);
        if (!m.matches()) {
            throw new IllegalArgumentException("env id: expected the form Name-vN (e.g. GridWorld-v0), found '" + id + "'");
        }
        return new EnvId(m.group(1), Integer.parseInt(m.group(2)));
    }

    @Override
    public String toString() {
        return name + "-v" + version;
    }
}
