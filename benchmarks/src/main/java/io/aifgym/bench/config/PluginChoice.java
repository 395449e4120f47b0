package io.aifgym.bench.config;

import java.util.Objects;

/**
 * An env or agent chosen by id, with its bound config record (the provider's defaults where
 * the file left fields out).
 *
 * @param id the env id ({@code Name-vN}) or agent id
 * @param config the config, an instance of the provider's config type
 */
public record PluginChoice(String id, Record config) {

    /** Requires both parts. */
    public PluginChoice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(config, "config");
    }
}
