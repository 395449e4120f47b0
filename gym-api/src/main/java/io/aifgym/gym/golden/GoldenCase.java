package io.aifgym.gym.golden;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One reference case in the format of {@code shared/golden/README.md}: a function name,
 * params, inputs and expected outputs. Values are JSON-shaped: {@code null}, {@link Boolean},
 * {@link String}, {@link Number} ({@code Long} for integers, {@code Double} otherwise) and
 * {@link java.util.List} for arrays, nested in C order. {@link GoldenValues} converts them.
 *
 * @param name the case name
 * @param function the operation it tests
 * @param source where the values come from
 * @param params scalar options
 * @param inputs named input arrays
 * @param expected named expected outputs
 * @param atol the absolute tolerance for every expected element
 */
public record GoldenCase(String name, String function, String source, Map<String, Object> params,
        Map<String, Object> inputs, Map<String, Object> expected, double atol) {

    /** Copies the maps (keeping their order and any null values). */
    public GoldenCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(function, "function");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        expected = Collections.unmodifiableMap(new LinkedHashMap<>(expected));
    }

    /**
     * An input that must be present.
     *
     * @param key its name
     * @return the value (may be JSON null)
     * @throws IllegalArgumentException if the key is absent
     */
    public Object input(String key) {
        if (!inputs.containsKey(key)) {
            throw new IllegalArgumentException(function + "/" + name + ": missing input '" + key + "'");
        }
        return inputs.get(key);
    }

    /**
     * A param, or a default if absent or null.
     *
     * @param key its name
     * @param fallback the default
     * @return the value
     */
    public Object param(String key, Object fallback) {
        Object v = params.get(key);
        return v == null ? fallback : v;
    }
}
