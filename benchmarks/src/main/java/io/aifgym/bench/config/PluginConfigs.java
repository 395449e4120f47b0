package io.aifgym.bench.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aifgym.gym.internal.Nearest;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The plugin-config binding of {@link ConfigLoader} for other config files (such as
 * {@code aifgym compare}'s): a {@code config} object merged over a default config record and
 * bound with Jackson, every problem collected with its path, and the words the loader uses for
 * what a file holds.
 */
public final class PluginConfigs {

    private PluginConfigs() {
    }

    /**
     * Binds a plugin config: the fields of {@code given} over the JSON of {@code defaults},
     * each wrong type, unknown field and constructor rejection reported as a problem under
     * {@code path} (such as {@code agents[2].config.gamma}).
     *
     * @param path where {@code given} is in the file, such as {@code agents[2].config}
     * @param given the file's object, or null (or a JSON null) for the defaults
     * @param type the config record type
     * @param defaults the config the given fields change
     * @param mapper the file's strict mapper ({@link ConfigMappers})
     * @param problems where the problems go, in the order found
     * @param <C> the config type
     * @return the bound config, or empty if there was a problem
     */
    public static <C extends Record> Optional<C> bind(String path, JsonNode given, Class<C> type, C defaults,
            ObjectMapper mapper, List<ConfigProblem> problems) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaults, "defaults");
        Objects.requireNonNull(problems, "problems");
        ConfigLoader.Problems found = new ConfigLoader.Problems(path);
        C config = ConfigLoader.bind(path, given, type, defaults, found, mapper);
        if (!found.isEmpty()) {
            problems.addAll(found.exception().problems());
            return Optional.empty();
        }
        return Optional.ofNullable(config);
    }

    /**
     * The problem of a file's text that does not parse, in the words of the loader: at its line
     * and column, {@code expected a finite number (NaN and infinities are not accepted), found
     * '.nan'} for a NaN or an infinity, else {@code expected valid YAML, found ...} (or JSON).
     *
     * @param e the parser's exception
     * @param format the file's format
     * @return the problem
     */
    public static ConfigProblem unparsable(JsonProcessingException e, ConfigMappers.Format format) {
        return ConfigLoader.unparsable(Objects.requireNonNull(e, "e"), Objects.requireNonNull(format, "format"));
    }

    /**
     * What a node of a file holds, in the words of the loader's messages: {@code the string "x"},
     * {@code the number 2.5}, {@code a list of 3 items}, {@code nothing (the field is missing)}.
     *
     * @param node the node, or null for a missing field
     * @return the words
     */
    public static String describe(JsonNode node) {
        return Describe.node(node);
    }

    /**
     * A "did you mean" hint for a misspelt word: {@code "; did you mean 'x'?"}, or empty when no
     * candidate is close.
     *
     * @param word the word in the file
     * @param candidates the words it may have meant
     * @return the hint, or the empty string
     */
    public static String didYouMean(String word, Collection<String> candidates) {
        return Nearest.hint(word, candidates);
    }
}
