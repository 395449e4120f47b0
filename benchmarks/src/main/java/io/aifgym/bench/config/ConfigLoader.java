package io.aifgym.bench.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aifgym.gym.internal.Nearest;
import io.aifgym.gym.registry.AgentProvider;
import io.aifgym.gym.registry.AgentRegistry;
import io.aifgym.gym.registry.EnvProvider;
import io.aifgym.gym.registry.EnvRegistry;
import jakarta.inject.Inject;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an {@link ExperimentConfig} from a JSON or YAML file (chosen by extension) in two
 * phases: the file is read as a tree; the env and agent providers are looked up by id; then
 * each {@code config} object is merged over the JSON of the provider's default config and
 * bound to the provider's config record with Jackson (so the record's compact constructor
 * validates it). Every problem is collected: a file with three mistakes gives one
 * {@link ConfigException} listing the three, each with its path, what was expected and what
 * was found. Only a file that does not parse stops at the first problem, with its line and
 * column.
 */
public final class ConfigLoader {

    /** The fields of an experiment file. */
    static final List<String> FIELDS = List.of("env", "agent", "seed", "numEnvs", "steps", "episodes", "maxSteps",
            "threads", "blockSteps", "out");
    private static final List<String> CHOICE_FIELDS = List.of("id", "config");
    private static final String POSITIVE = "a positive integer (at most " + Integer.MAX_VALUE + ")";

    /** Jackson's words for a NaN or an infinity in the text: YAML's {@code .nan}, JSON's {@code NaN}. */
    private static final Pattern NOT_FINITE = Pattern.compile(
            "(?:Malformed numeric value|Non-standard token) '([-+]?(?:\\.nan|\\.inf|NaN|Infinity|INF))'",
            Pattern.CASE_INSENSITIVE);

    private final EnvRegistry envs;
    private final AgentRegistry agents;

    /**
     * A loader that resolves ids in the given registries.
     *
     * @param envs the env providers
     * @param agents the agent providers
     */
    @Inject
    public ConfigLoader(EnvRegistry envs, AgentRegistry agents) {
        this.envs = Objects.requireNonNull(envs, "envs");
        this.agents = Objects.requireNonNull(agents, "agents");
    }

    /**
     * Reads and binds a config file.
     *
     * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
     * @return the config, with every provider default filled in
     * @throws ConfigException listing every problem of the file
     */
    public ExperimentConfig load(Path file) {
        ConfigFile f = ConfigFile.read(file);
        return parse(f.text(), f.format(), f.source());
    }

    /**
     * Binds config text.
     *
     * @param text the file's text
     * @param format its format
     * @param source the name used in messages
     * @return the config
     * @throws ConfigException listing every problem of the text
     */
    public ExperimentConfig parse(String text, ConfigMappers.Format format, String source) {
        ObjectMapper mapper = format.mapper();
        Problems problems = new Problems(source);
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            problems.add(unparsable(e, format));
            throw problems.exception();
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            problems.add("(root)", "an object with the fields env, agent, seed and steps or episodes", "an empty file");
            throw problems.exception();
        }
        if (!root.isObject()) {
            problems.add("(root)", "an object with the fields env, agent, seed and steps or episodes",
                    Describe.node(root));
            throw problems.exception();
        }
        unknownFields(root, "", FIELDS, problems);
        PluginChoice env = choice(root, "env", problems, mapper);
        PluginChoice agent = choice(root, "agent", problems, mapper);
        Long seed = integer(root, "seed", Long.MIN_VALUE, Long.MAX_VALUE, true, "an integer (the root seed)", problems);
        Long numEnvs = integer(root, "numEnvs", 1, ExperimentConfig.MAX_ENVS, false,
                "an integer from 1 to " + ExperimentConfig.MAX_ENVS, problems);
        Long threads = integer(root, "threads", 1, ExperimentConfig.MAX_THREADS, false,
                "an integer from 1 to " + ExperimentConfig.MAX_THREADS, problems);
        Long blockSteps = integer(root, "blockSteps", 1, ExperimentConfig.MAX_BLOCK_STEPS, false,
                "an integer from 1 to " + ExperimentConfig.MAX_BLOCK_STEPS, problems);
        Long steps = integer(root, "steps", 1, Integer.MAX_VALUE, false, POSITIVE, problems);
        Long episodes = integer(root, "episodes", 1, Integer.MAX_VALUE, false, POSITIVE, problems);
        Long maxSteps = integer(root, "maxSteps", 1, Integer.MAX_VALUE, false, POSITIVE, problems);
        boolean hasSteps = present(root, "steps");
        boolean hasEpisodes = present(root, "episodes");
        if (!hasSteps && !hasEpisodes) {
            problems.add("steps", POSITIVE + " (or episodes instead)", Describe.node(null));
        } else if (hasSteps && hasEpisodes) {
            problems.add("episodes", "no episodes when steps is given (give steps or episodes, not both)",
                    Describe.node(root.get("episodes")));
        }
        if (hasSteps && present(root, "maxSteps")) {
            problems.add("maxSteps", "no maxSteps when steps is given (it caps a run of episodes)",
                    Describe.node(root.get("maxSteps")));
        }
        String out = null;
        if (present(root, "out")) {
            JsonNode o = root.get("out");
            if (o.isTextual() && !o.asText().isBlank()) {
                out = o.asText();
            } else {
                problems.add("out", "a folder path (a non-empty string)", Describe.node(o));
            }
        }
        if (!problems.isEmpty()) {
            throw problems.exception();
        }
        return new ExperimentConfig(env, agent, seed, orDefault(numEnvs, ExperimentConfig.DEFAULT_NUM_ENVS),
                steps == null ? null : steps.intValue(), episodes == null ? null : episodes.intValue(),
                maxSteps == null ? null : maxSteps.intValue(), orDefault(threads, ExperimentConfig.DEFAULT_THREADS),
                orDefault(blockSteps, ExperimentConfig.DEFAULT_BLOCK_STEPS), out);
    }

    /**
     * The problem of a text that does not parse, at its line and column: a NaN or an infinity
     * (YAML's {@code .nan}, JSON's {@code NaN}) is named as such, anything else is not valid
     * JSON or YAML.
     */
    static ConfigProblem unparsable(JsonProcessingException e, ConfigMappers.Format format) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "(file)" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
        Matcher notFinite = NOT_FINITE.matcher(String.valueOf(e.getOriginalMessage()));
        if (notFinite.find()) {
            return new ConfigProblem(where, "a finite number (NaN and infinities are not accepted)",
                    "'" + notFinite.group(1) + "'");
        }
        return new ConfigProblem(where, "valid " + format, firstLine(e.getOriginalMessage()));
    }

    private static int orDefault(Long value, int fallback) {
        return value == null ? fallback : value.intValue();
    }

    private static boolean present(JsonNode root, String field) {
        JsonNode n = root.get(field);
        return n != null && !n.isNull();
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }

    /** Reads an optional (null = absent) or required integer field within a range. */
    private static Long integer(JsonNode root, String field, long min, long max, boolean required, String expected,
            Problems problems) {
        JsonNode n = root.get(field);
        if (n == null || (n.isNull() && !required)) {
            if (required) {
                problems.add(field, expected, Describe.node(null));
            }
            return null;
        }
        if (!n.isIntegralNumber() || !n.canConvertToLong() || n.asLong() < min || n.asLong() > max) {
            problems.add(field, expected, Describe.node(n));
            return null;
        }
        return n.asLong();
    }

    private static void unknownFields(JsonNode object, String prefix, List<String> known, Problems problems) {
        Iterator<String> it = object.fieldNames();
        while (it.hasNext()) {
            String name = it.next();
            if (!known.contains(name)) {
                problems.add(prefix + name, "one of the fields " + String.join(", ", known),
                        "an unknown field " + Describe.quoted(name) + Nearest.hint(name, known));
            }
        }
    }

    /** Phase one and two of {@code env} or {@code agent}: the id, then the config over the defaults. */
    private PluginChoice choice(JsonNode root, String field, Problems problems, ObjectMapper mapper) {
        JsonNode node = root.get(field);
        String expectedObject = "an object with an id and an optional config";
        if (node == null || node.isNull()) {
            problems.add(field, expectedObject, Describe.node(node));
            return null;
        }
        if (!node.isObject()) {
            problems.add(field, expectedObject, Describe.node(node));
            return null;
        }
        unknownFields(node, field + ".", CHOICE_FIELDS, problems);
        List<String> known = field.equals("env") ? envs.ids() : agents.ids();
        String expectedId = "a registered " + field + " id (" + (known.isEmpty() ? "none is registered"
                : String.join(", ", known)) + ")";
        JsonNode idNode = node.get("id");
        if (idNode == null || !idNode.isTextual()) {
            problems.add(field + ".id", expectedId, Describe.node(idNode));
            return null;
        }
        String id = idNode.asText();
        if (!known.contains(id)) {
            problems.add(field + ".id", expectedId, Describe.quoted(id) + Nearest.hint(id, known));
            return null;
        }
        Record config = field.equals("env")
                ? bindEnv(envs.provider(id), node.get("config"), problems, mapper)
                : bindAgent(agents.provider(id), node.get("config"), problems, mapper);
        return config == null ? null : new PluginChoice(id, config);
    }

    private static <C extends Record> C bindEnv(EnvProvider<C> provider, JsonNode given, Problems problems,
            ObjectMapper mapper) {
        return bind("env.config", given, provider.configType(), provider.defaultConfig(), problems, mapper);
    }

    private static <C extends Record> C bindAgent(AgentProvider<C> provider, JsonNode given, Problems problems,
            ObjectMapper mapper) {
        return bind("agent.config", given, provider.configType(), provider.defaultConfig(), problems, mapper);
    }

    /**
     * Binds a plugin config: the given object merged over the defaults' JSON. Each given field
     * is first bound on its own, so every wrong type and unknown field is reported; then the
     * whole record is bound, and each field its constructor rejects is reported and replaced
     * by its default to look for the next rejection.
     */
    static <C extends Record> C bind(String path, JsonNode given, Class<C> type, C defaults, Problems problems,
            ObjectMapper mapper) {
        if (given == null || given.isNull()) {
            return defaults;
        }
        Map<String, JavaType> properties = properties(type, mapper);
        if (!given.isObject()) {
            problems.add(path, "an object with the fields " + String.join(", ", properties.keySet()),
                    Describe.node(given));
            return null;
        }
        ObjectNode defaultTree;
        try {
            defaultTree = mapper.valueToTree(defaults);
        } catch (IllegalArgumentException e) {
            problems.add(path, "a default " + type.getSimpleName() + " that can be written as JSON",
                    firstLine(e.getMessage()));
            return null;
        }
        ObjectNode merged = merge(defaultTree.deepCopy(), (ObjectNode) given);
        int before = problems.size();
        Set<String> replaced = new HashSet<>();
        Iterator<String> names = given.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            String fieldPath = path + "." + name;
            JavaType fieldType = properties.get(name);
            if (fieldType == null) {
                List<String> known = List.copyOf(properties.keySet());
                problems.add(fieldPath, "one of the fields of " + type.getSimpleName() + " (" + String.join(", ", known)
                        + ")", "an unknown field " + Describe.quoted(name) + Nearest.hint(name, known));
                merged.remove(name);
                continue;
            }
            JsonNode value = merged.get(name);
            ConfigProblem p = null;
            if (value.isNull() && fieldType.isPrimitive()) {
                p = new ConfigProblem(fieldPath, Describe.type(fieldType), "null");
            } else {
                try {
                    mapper.treeToValue(value, fieldType);
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    p = problem(e, fieldPath, value, fieldType, mapper);
                }
            }
            if (p != null) {
                problems.add(p);
                replaced.add(name);
                restore(merged, defaultTree, name);
            }
        }
        while (true) {
            try {
                C config = mapper.treeToValue(merged, type);
                return problems.size() > before ? null : config;
            } catch (JsonProcessingException | IllegalArgumentException e) {
                ConfigProblem p = problem(e, path, merged, mapper.constructType(type), mapper);
                problems.add(p);
                String field = topField(p.path(), path);
                if (field == null || !replaced.add(field)) {
                    return null;
                }
                restore(merged, defaultTree, field);
            }
        }
    }

    /** Puts a field's default back (or removes the field if the defaults lack it). */
    private static void restore(ObjectNode merged, ObjectNode defaults, String field) {
        if (defaults.has(field)) {
            merged.set(field, defaults.get(field).deepCopy());
        } else {
            merged.remove(field);
        }
    }

    /** The first field name after {@code base.} in a problem path, or null. */
    private static String topField(String problemPath, String base) {
        if (!problemPath.startsWith(base + ".")) {
            return null;
        }
        String rest = problemPath.substring(base.length() + 1);
        int end = rest.length();
        for (int i = 0; i < rest.length(); i++) {
            if (rest.charAt(i) == '.' || rest.charAt(i) == '[') {
                end = i;
                break;
            }
        }
        return rest.substring(0, end);
    }

    /** The deserializable properties of a record, by JSON name, with their declared types. */
    private static Map<String, JavaType> properties(Class<?> type, ObjectMapper mapper) {
        Map<String, JavaType> out = new LinkedHashMap<>();
        BeanDescription d = mapper.getDeserializationConfig().introspect(mapper.constructType(type));
        for (BeanPropertyDefinition p : d.findProperties()) {
            if (p.couldDeserialize() || p.hasConstructorParameter()) {
                out.put(p.getName(), p.getPrimaryType());
            }
        }
        if (out.isEmpty() && type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                out.put(c.getName(), mapper.constructType(c.getGenericType()));
            }
        }
        return out;
    }

    /** Deep merge: objects merge field by field, anything else replaces. */
    private static ObjectNode merge(ObjectNode target, ObjectNode source) {
        for (Map.Entry<String, JsonNode> e : source.properties()) {
            JsonNode existing = target.get(e.getKey());
            if (existing instanceof ObjectNode eo && e.getValue() instanceof ObjectNode so) {
                merge(eo, so);
            } else {
                target.set(e.getKey(), e.getValue().deepCopy());
            }
        }
        return target;
    }

    /** Turns a Jackson or constructor failure at {@code base} (holding {@code node}) into a problem. */
    private static ConfigProblem problem(Exception e, String base, JsonNode node, JavaType declared,
            ObjectMapper mapper) {
        List<JsonMappingException.Reference> refs = e instanceof JsonMappingException jme ? jme.getPath() : List.of();
        String path = base + suffix(refs);
        JsonNode at = nodeAt(node, refs);
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = u.getKnownPropertyIds() == null ? List.of()
                    : u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            String parent = base + suffix(refs.subList(0, Math.max(0, refs.size() - 1)));
            return new ConfigProblem(parent + "." + u.getPropertyName(), "one of the fields " + String.join(", ", known),
                    "an unknown field " + Describe.quoted(u.getPropertyName()) + Nearest.hint(u.getPropertyName(), known));
        }
        if (e instanceof ValueInstantiationException || (e instanceof JsonMappingException
                && (e.getCause() instanceof IllegalArgumentException || e.getCause() instanceof NullPointerException))) {
            return rejection(e.getCause(), path, at);
        }
        if (e instanceof InvalidNullException inv) {
            return new ConfigProblem(path, inv.getTargetType() == null ? "a value"
                    : Describe.type(mapper.constructType(inv.getTargetType())), "null");
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            JavaType target = refs.isEmpty() ? declared : mapper.constructType(m.getTargetType());
            return new ConfigProblem(path, Describe.type(target), Describe.node(at));
        }
        if (e instanceof IllegalArgumentException iae) {
            return rejection(iae, path, at);
        }
        String message = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
        return new ConfigProblem(path, refs.isEmpty() ? Describe.type(declared) : "a valid value",
                Describe.node(at) + " (" + firstLine(message) + ")");
    }

    /** A value a record's constructor rejected, read from its {@code field: expected X, found Y} message. */
    private static ConfigProblem rejection(Throwable cause, String path, JsonNode at) {
        if (cause instanceof NullPointerException && cause.getMessage() != null
                && cause.getMessage().matches("[A-Za-z_$][A-Za-z0-9_$]*")) {
            return new ConfigProblem(path + "." + cause.getMessage(), "a value", "null");
        }
        List<String> fields = new ArrayList<>();
        if (at != null) {
            at.fieldNames().forEachRemaining(fields::add);
        }
        return ConfigProblem.rejected(path, cause == null || cause.getMessage() == null ? String.valueOf(cause)
                : cause.getMessage(), fields);
    }

    private static String suffix(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                sb.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static JsonNode nodeAt(JsonNode node, List<JsonMappingException.Reference> refs) {
        JsonNode cur = node;
        for (JsonMappingException.Reference r : refs) {
            if (cur == null) {
                return null;
            }
            cur = r.getFieldName() != null ? cur.get(r.getFieldName()) : r.getIndex() >= 0 ? cur.get(r.getIndex()) : cur;
        }
        return cur;
    }

    /** The problems found so far in one source. */
    static final class Problems {
        private final String source;
        private final List<ConfigProblem> list = new ArrayList<>();

        Problems(String source) {
            this.source = source;
        }

        void add(String path, String expected, String found) {
            list.add(new ConfigProblem(path, expected, found));
        }

        void add(ConfigProblem p) {
            list.add(p);
        }

        int size() {
            return list.size();
        }

        boolean isEmpty() {
            return list.isEmpty();
        }

        ConfigException exception() {
            return new ConfigException(source, list);
        }
    }
}
