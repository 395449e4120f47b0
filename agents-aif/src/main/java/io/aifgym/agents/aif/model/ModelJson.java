package io.aifgym.agents.aif.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aifgym.gym.model.GenerativeProcess.Labels;
import io.aifgym.gym.tensor.DoubleTensor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes generative models as JSON (the format documented in the package and in
 * {@code docs/model-format.md}): one object whose tensors are nested lists in row-major order,
 * as pymdp users write them with NumPy's {@code tolist()}.
 *
 * <pre>{@code
 * {
 *   "format": "aifgym-generative-model", "version": 1,
 *   "batchSize": 1,
 *   "A": [[[0.9, 0.2], [0.1, 0.8]]],
 *   "B": [[[[1, 0], [0, 1]], [[0, 1], [1, 0]]]],
 *   "aDependencies": [[0]], "bDependencies": [[0]],
 *   "C": [[1.0, -1.0]], "D": [[0.5, 0.5]],
 *   "pB": [ ... or null per factor ... ]
 * }
 * }</pre>
 *
 * <p>Every key but {@code A} and {@code B} is optional; pymdp's snake-case spellings
 * ({@code A_dependencies}, {@code B_dependencies}, {@code B_action_dependencies},
 * {@code num_controls}, {@code batch_size}) are accepted on reading. Tensors may carry a
 * leading batch axis by {@link ModelBatch}'s rules. Unknown keys are errors.
 */
public final class ModelJson {

    /** The value of the {@code "format"} key. */
    public static final String FORMAT = "aifgym-generative-model";

    /** The format version written. */
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private static final Map<String, String> ALIASES = Map.of(
            "A_dependencies", "aDependencies",
            "B_dependencies", "bDependencies",
            "B_action_dependencies", "bActionDependencies",
            "num_controls", "numControls",
            "batch_size", "batchSize");

    private static final Set<String> KEYS = Set.of("format", "version", "batchSize", "A", "B", "C", "D", "E", "pA",
            "pB", "pD", "H", "aDependencies", "bDependencies", "bActionDependencies", "numControls", "labels");

    private ModelJson() {
    }

    // ------------------------------------------------------------------ reading

    /**
     * Reads a model file.
     *
     * @param file the file
     * @return the models (a batch of one unless the file says otherwise)
     * @throws UncheckedIOException if the file cannot be read
     * @throws IllegalArgumentException if the JSON is malformed (naming the key)
     * @throws InvalidModelException if the model fails validation
     */
    public static ModelBatch read(Path file) {
        try {
            return fromJson(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("model file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a model from JSON text.
     *
     * @param json the text
     * @return the models
     * @throws IllegalArgumentException if the JSON is malformed
     * @throws InvalidModelException if the model fails validation
     */
    public static ModelBatch fromJson(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("model JSON: not valid JSON: " + e.getOriginalMessage(), e);
        }
        return fromTree(root);
    }

    /**
     * Reads a single model (a file without a batch, or whose batch is uniform).
     *
     * @param json the text
     * @return the model
     * @throws IllegalArgumentException if the file holds different models per agent
     */
    public static GenerativeModel modelFromJson(String json) {
        ModelBatch batch = fromJson(json);
        if (!batch.isUniform()) {
            throw new IllegalArgumentException("model JSON: expected one model, found a batch of "
                    + batch.batchSize() + " different models");
        }
        return batch.agent(0);
    }

    /**
     * Reads a single model from a JSON tree in this format (as {@link #toTree(GenerativeModel)}
     * writes it), for files that embed a model, such as checkpoints.
     *
     * @param root the tree
     * @return the model
     * @throws IllegalArgumentException if the tree is malformed or holds different models per agent
     * @throws InvalidModelException if the model fails validation
     */
    public static GenerativeModel modelFromTree(JsonNode root) {
        ModelBatch batch = fromTree(root);
        if (!batch.isUniform()) {
            throw new IllegalArgumentException("model JSON: expected one model, found a batch of "
                    + batch.batchSize() + " different models");
        }
        return batch.agent(0);
    }

    private static ModelBatch fromTree(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("model JSON: expected an object at the top level, found "
                    + (root == null ? "nothing" : root.getNodeType()));
        }
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            String key = ALIASES.getOrDefault(e.getKey(), e.getKey());
            if (!KEYS.contains(key)) {
                problems.add("model JSON: unknown key '" + e.getKey() + "', expected one of " + new java.util.TreeSet<>(KEYS));
            }
            fields.put(key, e.getValue());
        }
        JsonNode format = fields.get("format");
        if (format != null && !format.isNull() && !FORMAT.equals(format.asText())) {
            problems.add("model JSON: format: expected \"" + FORMAT + "\", found " + format);
        }
        JsonNode version = fields.get("version");
        if (version != null && !version.isNull() && version.asInt(-1) != VERSION) {
            problems.add("model JSON: version: expected " + VERSION + ", found " + version);
        }
        if (!fields.containsKey("A") || !fields.containsKey("B")) {
            problems.add("model JSON: expected the keys 'A' and 'B', found " + fields.keySet());
        }
        for (String required : List.of("A", "B")) {
            if (fields.containsKey(required) && fields.get(required).isNull()) {
                problems.add("model JSON: " + required + ": expected a list with one tensor per "
                        + (required.equals("A") ? "modality" : "factor") + ", found null");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        int batchSize = fields.containsKey("batchSize") && !fields.get("batchSize").isNull()
                ? intValue(fields.get("batchSize"), "batchSize") : 1;
        ModelBatch.Builder b = ModelBatch.builder(batchSize, tensorList(fields.get("A"), "A", false),
                tensorList(fields.get("B"), "B", false));
        b.aDependencies(intMatrix(fields.get("aDependencies"), "aDependencies"));
        b.bDependencies(intMatrix(fields.get("bDependencies"), "bDependencies"));
        int[][] actionDeps = intMatrix(fields.get("bActionDependencies"), "bActionDependencies");
        int[] controls = intVector(fields.get("numControls"), "numControls");
        if (actionDeps != null || controls != null) {
            b.bActionDependencies(actionDeps, controls);
        }
        b.C(tensorList(fields.get("C"), "C", false));
        b.D(tensorList(fields.get("D"), "D", false));
        b.E(fields.get("E") == null || fields.get("E").isNull() ? null : tensor(fields.get("E"), "E"));
        b.pA(tensorList(fields.get("pA"), "pA", true));
        b.pB(tensorList(fields.get("pB"), "pB", true));
        b.pD(tensorList(fields.get("pD"), "pD", true));
        b.H(tensorList(fields.get("H"), "H", false));
        if (fields.get("labels") != null && !fields.get("labels").isNull()) {
            b.labels(labels(fields.get("labels")));
        }
        return b.build();
    }

    private static int intValue(JsonNode n, String name) {
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            throw new IllegalArgumentException("model JSON: " + name + ": expected an integer"
                    + (n.isIntegralNumber() ? " of at most " + Integer.MAX_VALUE + " in size" : "") + ", found " + n);
        }
        return n.asInt();
    }

    private static int[] intVector(JsonNode n, String name) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isArray()) {
            throw new IllegalArgumentException("model JSON: " + name + ": expected a list of integers, found " + n);
        }
        int[] out = new int[n.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = intValue(n.get(i), name + "[" + i + "]");
        }
        return out;
    }

    private static int[][] intMatrix(JsonNode n, String name) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isArray()) {
            throw new IllegalArgumentException("model JSON: " + name + ": expected a list of lists of integers, found "
                    + n);
        }
        int[][] out = new int[n.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = intVector(n.get(i), name + "[" + i + "]");
            if (out[i] == null) {
                throw new IllegalArgumentException("model JSON: " + name + "[" + i + "]: expected a list of integers, "
                        + "found null");
            }
        }
        return out;
    }

    private static List<DoubleTensor> tensorList(JsonNode n, String name, boolean nullEntries) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isArray()) {
            throw new IllegalArgumentException("model JSON: " + name + ": expected a list with one tensor per "
                    + (name.equals("A") || name.equals("C") || name.equals("pA") ? "modality" : "factor") + ", found "
                    + n.getNodeType());
        }
        List<DoubleTensor> out = new ArrayList<>(n.size());
        for (int i = 0; i < n.size(); i++) {
            JsonNode e = n.get(i);
            if (e.isNull()) {
                if (!nullEntries) {
                    throw new IllegalArgumentException("model JSON: " + name + "[" + i + "]: expected a tensor, found null");
                }
                out.add(null);
            } else {
                out.add(tensor(e, name + "[" + i + "]"));
            }
        }
        return out;
    }

    /**
     * A nested list of numbers as a tensor.
     *
     * @param n the node
     * @param name its name in messages
     * @return the tensor
     */
    static DoubleTensor tensor(JsonNode n, String name) {
        List<Integer> shape = new ArrayList<>();
        JsonNode cursor = n;
        while (cursor != null && cursor.isArray()) {
            shape.add(cursor.size());
            cursor = cursor.size() == 0 ? null : cursor.get(0);
        }
        int[] dims = shape.stream().mapToInt(Integer::intValue).toArray();
        int size = 1;
        for (int d : dims) {
            size *= d;
        }
        double[] data = new double[size];
        int[] pos = {0};
        fill(n, 0, dims, data, pos, name);
        return DoubleTensor.wrap(data, dims);
    }

    private static void fill(JsonNode n, int depth, int[] dims, double[] data, int[] pos, String name) {
        if (depth == dims.length) {
            if (!n.isNumber()) {
                throw new IllegalArgumentException("model JSON: " + name + ": expected a number at element "
                        + pos[0] + ", found " + n);
            }
            data[pos[0]++] = n.asDouble();
            return;
        }
        if (!n.isArray() || n.size() != dims[depth]) {
            throw new IllegalArgumentException("model JSON: " + name + ": expected a rectangular nested list (a list of "
                    + dims[depth] + " at depth " + depth + "), found " + (n.isArray() ? "a list of " + n.size() : n));
        }
        for (JsonNode e : n) {
            fill(e, depth + 1, dims, data, pos, name);
        }
    }

    private static Labels labels(JsonNode n) {
        try {
            return new Labels(strings(n.get("factors")), strings(n.get("modalities")), nested(n.get("states")),
                    nested(n.get("observations")), nested(n.get("actions")));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("model JSON: labels: expected lists of strings "
                    + "(factors, modalities, states, observations, actions), found " + n, e);
        }
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null && !n.isNull()) {
            for (JsonNode e : n) {
                out.add(e.asText());
            }
        }
        return out;
    }

    private static List<List<String>> nested(JsonNode n) {
        List<List<String>> out = new ArrayList<>();
        if (n != null && !n.isNull()) {
            for (JsonNode e : n) {
                out.add(strings(e));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ writing

    /**
     * Writes a model as JSON text.
     *
     * @param model the model
     * @return the JSON
     */
    public static String toJson(GenerativeModel model) {
        return toJson(ModelBatch.of(model, 1));
    }

    /**
     * Writes a batch as JSON text: unbatched tensors with {@code "batchSize"} when every agent
     * shares one model, else every tensor with a leading batch axis.
     *
     * @param batch the models
     * @return the JSON
     */
    public static String toJson(ModelBatch batch) {
        try {
            return MAPPER.writeValueAsString(toTree(batch));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("model JSON: cannot write: " + e.getMessage(), e);
        }
    }

    /**
     * Writes a batch to a file.
     *
     * @param batch the models
     * @param file the file (created or replaced)
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void write(ModelBatch batch, Path file) {
        try {
            Files.writeString(file, toJson(batch));
        } catch (IOException e) {
            throw new UncheckedIOException("model file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes a model to a file.
     *
     * @param model the model
     * @param file the file (created or replaced)
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void write(GenerativeModel model, Path file) {
        write(ModelBatch.of(model, 1), file);
    }

    /**
     * A model as a JSON tree in this format, for files that embed a model, such as checkpoints.
     * Numbers are written in their shortest round-trip form, so {@link #modelFromTree} gives an
     * equal model.
     *
     * @param model the model
     * @return a new tree
     */
    public static ObjectNode toTree(GenerativeModel model) {
        return toTree(ModelBatch.of(model, 1));
    }

    private static ObjectNode toTree(ModelBatch batch) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("batchSize", batch.batchSize());
        boolean uniform = batch.isUniform();
        List<GenerativeModel> agents = uniform ? List.of(batch.agent(0)) : batch.agents();
        GenerativeModel first = batch.agent(0);
        int modalities = first.numModalities();
        int factors = first.numFactors();
        root.set("A", perIndex(agents, modalities, uniform, (g, i) -> g.A(i)));
        root.set("B", perIndex(agents, factors, uniform, (g, i) -> callerForm(g, i, g.B(i))));
        root.set("aDependencies", intMatrix(first.aDependencies()));
        root.set("bDependencies", intMatrix(first.bDependencies()));
        if (first.hasMultiActions()) {
            root.set("bActionDependencies", intMatrix(first.bActionDependencies().orElseThrow()));
            root.set("numControls", intVector(first.controlSizes().orElseThrow()));
        }
        root.set("C", perIndex(agents, modalities, uniform, (g, i) -> g.C(i)));
        root.set("D", perIndex(agents, factors, uniform, (g, i) -> g.D(i)));
        if (first.E().isPresent()) {
            root.set("E", uniform ? tensorNode(first.E().get()) : stacked(agents, g -> g.E().orElseThrow()));
        }
        if (agents.stream().anyMatch(GenerativeModel::hasPA)) {
            root.set("pA", perIndex(agents, modalities, uniform, (g, i) -> g.pA(i).orElse(null)));
        }
        if (agents.stream().anyMatch(GenerativeModel::hasPB)) {
            root.set("pB", perIndex(agents, factors, uniform, (g, i) -> g.pB(i).map(t -> callerForm(g, i, t))
                    .orElse(null)));
        }
        if (agents.stream().anyMatch(GenerativeModel::hasPD)) {
            root.set("pD", perIndex(agents, factors, uniform, (g, i) -> g.pD(i).orElse(null)));
        }
        if (first.hasH()) {
            root.set("H", perIndex(agents, factors, uniform, (g, i) -> g.H(i).orElse(null)));
        }
        Labels labels = first.labels();
        if (!labels.equals(Labels.NONE)) {
            ObjectNode l = f.objectNode();
            l.set("factors", MAPPER.valueToTree(labels.factors()));
            l.set("modalities", MAPPER.valueToTree(labels.modalities()));
            l.set("states", MAPPER.valueToTree(labels.states()));
            l.set("observations", MAPPER.valueToTree(labels.observations()));
            l.set("actions", MAPPER.valueToTree(labels.actions()));
            root.set("labels", l);
        }
        return root;
    }

    /** B[f] or pB[f] with its flattened action axis split back into one axis per control factor (spec 2.3). */
    private static DoubleTensor callerForm(GenerativeModel g, int f, DoubleTensor t) {
        if (!g.hasMultiActions()) {
            return t;
        }
        int[] deps = g.bActionDependencies().orElseThrow()[f];
        int[] sizes = g.controlSizes().orElseThrow();
        int[] shape = t.shape();
        int[] caller = Arrays.copyOf(shape, shape.length - 1 + deps.length);
        for (int j = 0; j < deps.length; j++) {
            caller[shape.length - 1 + j] = sizes[deps[j]];
        }
        return t.reshape(caller);
    }

    private interface Part {
        DoubleTensor get(GenerativeModel g, int index);
    }

    private static ArrayNode perIndex(List<GenerativeModel> agents, int n, boolean uniform, Part part) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < n; i++) {
            final int index = i;
            if (uniform) {
                DoubleTensor t = part.get(agents.get(0), i);
                out.add(t == null ? JsonNodeFactory.instance.nullNode() : tensorNode(t));
            } else if (part.get(agents.get(0), i) == null) {
                out.addNull();
            } else {
                out.add(stacked(agents, g -> part.get(g, index)));
            }
        }
        return out;
    }

    private static ArrayNode stacked(List<GenerativeModel> agents, java.util.function.Function<GenerativeModel,
            DoubleTensor> part) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (GenerativeModel g : agents) {
            out.add(tensorNode(part.apply(g)));
        }
        return out;
    }

    private static JsonNode tensorNode(DoubleTensor t) {
        if (t.rank() == 0) {
            return JsonNodeFactory.instance.numberNode(t.unsafeData()[0]);
        }
        int[] pos = {0};
        return tensorNode(t.unsafeData(), t.shape(), 0, pos);
    }

    private static JsonNode tensorNode(double[] data, int[] shape, int depth, int[] pos) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode(shape[depth]);
        for (int i = 0; i < shape[depth]; i++) {
            if (depth == shape.length - 1) {
                out.add(data[pos[0]++]);
            } else {
                out.add(tensorNode(data, shape, depth + 1, pos));
            }
        }
        return out;
    }

    private static ArrayNode intVector(int[] v) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        Arrays.stream(v).forEach(out::add);
        return out;
    }

    private static ArrayNode intMatrix(int[][] m) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (int[] row : m) {
            out.add(intVector(row));
        }
        return out;
    }
}
