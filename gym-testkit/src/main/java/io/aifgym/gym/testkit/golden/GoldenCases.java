package io.aifgym.gym.testkit.golden;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aifgym.gym.golden.GoldenCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads golden case files laid out as {@code ROOT/<function>/<name>.json} (the format of
 * {@code shared/golden/README.md}). A file that cannot be read becomes a {@link Loaded} with
 * its reason instead of an exception, so a runner can count it as a failure.
 */
public final class GoldenCases {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_LONG_FOR_INTS);

    private GoldenCases() {
    }

    /**
     * A case file as loaded: the case, or the reason it could not be read.
     *
     * @param file the file
     * @param goldenCase the case, or null
     * @param problem why it could not be read, or null
     */
    public record Loaded(Path file, GoldenCase goldenCase, String problem) {

        /** @return whether the file was read */
        public boolean ok() {
            return goldenCase != null;
        }

        /** @return the function name: the case's, or the folder's when unreadable */
        public String function() {
            return goldenCase != null ? goldenCase.function() : file.getParent().getFileName().toString();
        }

        /** @return the case name: the case's, or the file name when unreadable */
        public String name() {
            return goldenCase != null ? goldenCase.name() : file.getFileName().toString().replaceFirst("\\.json$", "");
        }
    }

    /**
     * Every {@code *.json} file one or two levels under a root ({@code ROOT/<function>/*.json},
     * or {@code ROOT/*.json} when the root is a function folder), sorted by path.
     *
     * @param root the root folder
     * @return the loaded cases
     * @throws IOException if the folder cannot be listed
     * @throws IllegalArgumentException if the root is not a folder
     */
    public static List<Loaded> load(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("golden folder: expected a directory, found " + root
                    + (Files.exists(root) ? " (not a directory)" : " (does not exist)"));
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root, 2)) {
            files = walk.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        }
        List<Loaded> out = new ArrayList<>(files.size());
        for (Path f : files) {
            out.add(read(f));
        }
        return out;
    }

    /**
     * Reads one case file.
     *
     * @param file the file
     * @return the case, or the reason it could not be read
     */
    public static Loaded read(Path file) {
        try {
            JsonNode node = MAPPER.readTree(file.toFile());
            if (node == null || !node.isObject()) {
                return new Loaded(file, null, "expected a JSON object, found " + (node == null ? "nothing" : node.getNodeType()));
            }
            List<String> missing = new ArrayList<>();
            for (String field : List.of("name", "function", "inputs", "expected")) {
                if (!node.has(field)) {
                    missing.add(field);
                }
            }
            if (!missing.isEmpty()) {
                return new Loaded(file, null, "missing field(s) " + missing);
            }
            if (!node.get("expected").isObject() || !node.get("inputs").isObject()) {
                return new Loaded(file, null, "expected 'inputs' and 'expected' to be objects");
            }
            double atol = node.has("atol") && node.get("atol").isNumber() ? node.get("atol").asDouble() : 0.0;
            GoldenCase c = new GoldenCase(node.get("name").asText(), node.get("function").asText(),
                    node.path("source").asText(""), toMap(node.path("params")), toMap(node.get("inputs")),
                    toMap(node.get("expected")), atol);
            return new Loaded(file, c, null);
        } catch (IOException | RuntimeException e) {
            return new Loaded(file, null, "malformed case file: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static Map<String, Object> toMap(JsonNode node) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                map.put(e.getKey(), toValue(e.getValue()));
            }
        }
        return map;
    }

    private static Object toValue(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            for (JsonNode child : node) {
                list.add(toValue(child));
            }
            return list;
        }
        if (node.isObject()) {
            return toMap(node);
        }
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        return node.asText();
    }
}
