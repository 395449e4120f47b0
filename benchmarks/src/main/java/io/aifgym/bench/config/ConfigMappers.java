package io.aifgym.bench.config;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The strict Jackson mappers of aifgym's files. A typo is an error, not a default: unknown
 * properties, duplicate keys, {@code null} for a primitive, a fraction for an integer, a
 * string for a number and a number for an enum are all rejected.
 */
public final class ConfigMappers {

    private ConfigMappers() {
    }

    /** A file format, chosen by file extension. */
    public enum Format {
        /** {@code .json} */
        JSON,
        /** {@code .yaml} or {@code .yml} */
        YAML;

        /**
         * The format of a file, by its extension (case-insensitive).
         *
         * @param file the file
         * @return the format, or empty for another extension
         */
        public static Optional<Format> of(Path file) {
            Path name = file.getFileName();
            String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
            if (n.endsWith(".json")) {
                return Optional.of(JSON);
            }
            if (n.endsWith(".yaml") || n.endsWith(".yml")) {
                return Optional.of(YAML);
            }
            return Optional.empty();
        }

        /**
         * A strict mapper that reads this format.
         *
         * @return a new mapper
         */
        public ObjectMapper mapper() {
            return this == JSON ? json() : yaml();
        }
    }

    /**
     * A strict JSON mapper that writes indented output.
     *
     * @return a new mapper
     */
    public static ObjectMapper json() {
        return strict(JsonMapper.builder());
    }

    /**
     * A strict YAML mapper.
     *
     * @return a new mapper
     */
    public static ObjectMapper yaml() {
        return strict(YAMLMapper.builder());
    }

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> M strict(B builder) {
        return builder
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }
}
