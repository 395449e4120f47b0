package io.aifgym.bench.results;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * A registered provider, for provenance: what it is, which class provides it, and the jar (or
 * class folder) it was loaded from.
 *
 * @param kind {@code env} or {@code agent}
 * @param id its id
 * @param provider the provider's class name
 * @param source the file name of the jar or folder holding the class
 */
public record PluginInfo(String kind, String id, String provider, String source) {

    /**
     * The provenance of one provider.
     *
     * @param kind {@code env} or {@code agent}
     * @param id its id
     * @param provider the provider object
     * @return the info
     */
    public static PluginInfo of(String kind, String id, Object provider) {
        return new PluginInfo(kind, id, provider.getClass().getName(), sourceOf(provider.getClass()));
    }

    private static String sourceOf(Class<?> type) {
        CodeSource cs = type.getProtectionDomain().getCodeSource();
        if (cs == null || cs.getLocation() == null) {
            return "unknown";
        }
        try {
            Path p = Path.of(cs.getLocation().toURI()).getFileName();
            return p == null ? cs.getLocation().toString() : p.toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return cs.getLocation().toString();
        }
    }
}
