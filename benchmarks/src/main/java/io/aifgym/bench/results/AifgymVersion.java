package io.aifgym.bench.results;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of aifgym, written into the build's resources by Maven. */
public final class AifgymVersion {

    private static final String RESOURCE = "/io/aifgym/bench/aifgym-version.properties";

    private AifgymVersion() {
    }

    /**
     * The project version, such as {@code 0.1.0-SNAPSHOT}.
     *
     * @return the version, or {@code unknown} when the resources were not built by Maven
     */
    public static String get() {
        try (InputStream in = AifgymVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
    }
}
