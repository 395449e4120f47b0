package io.aifgym.bench.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aifgym.bench.config.ConfigException;
import io.aifgym.bench.config.ConfigFile;
import io.aifgym.bench.config.ConfigMappers;
import io.aifgym.bench.config.ConfigProblem;
import io.aifgym.bench.config.PluginChoice;
import io.aifgym.bench.config.PluginConfigs;
import io.aifgym.gym.registry.AgentProvider;
import io.aifgym.gym.registry.AgentRegistry;
import io.aifgym.gym.registry.EnvProvider;
import io.aifgym.gym.registry.EnvRegistry;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@link CompareConfig} from a JSON or YAML file (chosen by extension), binding every
 * env and agent config in two phases as {@link io.aifgym.bench.config.ConfigLoader} does: the
 * provider is looked up by id, then the file's {@code config} object is merged over the
 * provider's default config and bound to its record. An env's {@code agentConfigs} entry is
 * merged over that agent's bound config. Every problem of the file is collected into one
 * {@link ConfigException}, each with its path ({@code envs[1].config.shape},
 * {@code agents[0].config.gamma}, {@code envs[2].agentConfigs.aif.policyLen}).
 */
public final class CompareConfigLoader {

    /** The fields of a compare file. */
    static final List<String> FIELDS = List.of("envs", "agents", "seeds", "numEnvs", "threads", "blockSteps", "out");
    /** The fields of one env. */
    static final List<String> ENV_FIELDS = List.of("id", "name", "config", "steps", "episodes", "maxSteps",
            "lastEpisodes", "success", "agentConfigs");
    /** The fields of one agent. */
    static final List<String> AGENT_FIELDS = List.of("id", "name", "config");
    private static final String POSITIVE = "a positive integer (at most " + Integer.MAX_VALUE + ")";
    private static final String ROOT = "an object with the fields envs, agents and seeds";

    private final EnvRegistry envs;
    private final AgentRegistry agents;

    /**
     * A loader that resolves ids in the given registries.
     *
     * @param envs the env providers
     * @param agents the agent providers
     */
    @Inject
    public CompareConfigLoader(EnvRegistry envs, AgentRegistry agents) {
        this.envs = Objects.requireNonNull(envs, "envs");
        this.agents = Objects.requireNonNull(agents, "agents");
    }

    /**
     * Reads and binds a compare file.
     *
     * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
     * @return the config, with every provider default filled in
     * @throws ConfigException listing every problem of the file
     */
    public CompareConfig load(Path file) {
        ConfigFile f = ConfigFile.read(file);
        return parse(f.text(), f.format(), f.source());
    }

    /**
     * Binds compare text.
     *
     * @param text the file's text
     * @param format its format
     * @param source the name used in messages
     * @return the config
     * @throws ConfigException listing every problem of the text
     */
    public CompareConfig parse(String text, ConfigMappers.Format format, String source) {
        ObjectMapper mapper = format.mapper();
        List<ConfigProblem> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            problems.add(PluginConfigs.unparsable(e, format));
            throw new ConfigException(source, problems);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new ConfigException(source, List.of(new ConfigProblem("(root)", ROOT, "an empty file")));
        }
        if (!root.isObject()) {
            throw new ConfigException(source, List.of(new ConfigProblem("(root)", ROOT,
                    PluginConfigs.describe(root))));
        }
        unknownFields(root, "", FIELDS, problems);
        List<CompareConfig.AgentEntry> agentList = agentEntries(root.get("agents"), mapper, problems);
        List<CompareConfig.EnvEntry> envList = envEntries(root.get("envs"), agentList, mapper, problems);
        List<Long> seeds = seeds(root.get("seeds"), problems);
        Long numEnvs = integer(root, "numEnvs", "", 1, CompareConfig.MAX_ENVS, problems);
        Long threads = integer(root, "threads", "", 1, CompareConfig.MAX_THREADS, problems);
        Long blockSteps = integer(root, "blockSteps", "", 1, CompareConfig.MAX_BLOCK_STEPS, problems);
        String out = null;
        JsonNode o = root.get("out");
        if (o != null && !o.isNull()) {
            if (o.isTextual() && !o.asText().isBlank()) {
                out = o.asText();
            } else {
                problems.add(new ConfigProblem("out", "a folder path (a non-empty string)", PluginConfigs.describe(o)));
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(source, problems);
        }
        int defaultThreads = Math.min(CompareConfig.MAX_THREADS, Runtime.getRuntime().availableProcessors());
        try {
            return new CompareConfig(envList, agentList, seeds,
                    numEnvs == null ? CompareConfig.DEFAULT_NUM_ENVS : numEnvs.intValue(),
                    threads == null ? defaultThreads : threads.intValue(),
                    blockSteps == null ? CompareConfig.DEFAULT_BLOCK_STEPS : blockSteps.intValue(), out);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(source, List.of(ConfigProblem.rejected("(root)", e.getMessage(), FIELDS)));
        }
    }

    // ------------------------------------------------------------------ agents

    private List<CompareConfig.AgentEntry> agentEntries(JsonNode node, ObjectMapper mapper,
            List<ConfigProblem> problems) {
        List<CompareConfig.AgentEntry> out = new ArrayList<>();
        String expected = "a non-empty list of agents, each {id: AGENT-ID, name: NAME, config: {...}}";
        if (node == null || node.isNull() || !node.isArray() || node.isEmpty()) {
            problems.add(new ConfigProblem("agents", expected, PluginConfigs.describe(node)));
            return out;
        }
        Map<String, String> namedAt = new HashMap<>();
        for (int i = 0; i < node.size(); i++) {
            String path = "agents[" + i + "]";
            JsonNode entry = node.get(i);
            if (!entry.isObject()) {
                problems.add(new ConfigProblem(path, "an object with an id, an optional name and an optional config",
                        PluginConfigs.describe(entry)));
                continue;
            }
            unknownFields(entry, path + ".", AGENT_FIELDS, problems);
            String id = id(entry, path, agents.ids(), "agent", problems);
            String name = name(entry, path, id, namedAt, problems);
            if (id == null) {
                continue;
            }
            Optional<? extends Record> config = bindAgent(agents.provider(id), path + ".config", entry.get("config"),
                    null, mapper, problems);
            if (config.isPresent() && name != null) {
                out.add(new CompareConfig.AgentEntry(name, new PluginChoice(id, config.get())));
            }
        }
        return out;
    }

    private static <C extends Record> Optional<C> bindAgent(AgentProvider<C> provider, String path, JsonNode given,
            Record base, ObjectMapper mapper, List<ConfigProblem> problems) {
        C defaults = base == null ? provider.defaultConfig() : provider.configType().cast(base);
        return PluginConfigs.bind(path, given, provider.configType(), defaults, mapper, problems);
    }

    // ------------------------------------------------------------------ envs

    private List<CompareConfig.EnvEntry> envEntries(JsonNode node, List<CompareConfig.AgentEntry> agentList,
            ObjectMapper mapper, List<ConfigProblem> problems) {
        List<CompareConfig.EnvEntry> out = new ArrayList<>();
        String expected = "a non-empty list of envs, each {id: ENV-ID, config: {...}, steps: N or episodes: N}";
        if (node == null || node.isNull() || !node.isArray() || node.isEmpty()) {
            problems.add(new ConfigProblem("envs", expected, PluginConfigs.describe(node)));
            return out;
        }
        Map<String, String> namedAt = new HashMap<>();
        for (int i = 0; i < node.size(); i++) {
            String path = "envs[" + i + "]";
            JsonNode entry = node.get(i);
            if (!entry.isObject()) {
                problems.add(new ConfigProblem(path, "an object with an id, a config and steps or episodes",
                        PluginConfigs.describe(entry)));
                continue;
            }
            int before = problems.size();
            unknownFields(entry, path + ".", ENV_FIELDS, problems);
            String id = id(entry, path, envs.ids(), "env", problems);
            String name = name(entry, path, id, namedAt, problems);
            Record config = id == null ? null : bindEnv(envs.provider(id), path + ".config", entry.get("config"),
                    mapper, problems).orElse(null);
            Long steps = integer(entry, "steps", path + ".", 1, Integer.MAX_VALUE, problems);
            Long episodes = integer(entry, "episodes", path + ".", 1, Integer.MAX_VALUE, problems);
            Long maxSteps = integer(entry, "maxSteps", path + ".", 1, Integer.MAX_VALUE, problems);
            Long lastEpisodes = integer(entry, "lastEpisodes", path + ".", 1, Integer.MAX_VALUE, problems);
            boolean hasSteps = present(entry, "steps");
            boolean hasEpisodes = present(entry, "episodes");
            if (!hasSteps && !hasEpisodes) {
                problems.add(new ConfigProblem(path + ".steps", POSITIVE + " (or episodes instead)",
                        PluginConfigs.describe(null)));
            } else if (hasSteps && hasEpisodes) {
                problems.add(new ConfigProblem(path + ".episodes", "no episodes when steps is given (give steps or "
                        + "episodes, not both)", PluginConfigs.describe(entry.get("episodes"))));
            }
            if (hasSteps && present(entry, "maxSteps")) {
                problems.add(new ConfigProblem(path + ".maxSteps", "no maxSteps when steps is given (it caps a run "
                        + "of episodes)", PluginConfigs.describe(entry.get("maxSteps"))));
            }
            if (lastEpisodes != null && episodes != null && lastEpisodes > episodes) {
                problems.add(new ConfigProblem(path + ".lastEpisodes", "at most episodes (" + episodes + ")",
                        PluginConfigs.describe(entry.get("lastEpisodes"))));
            }
            SuccessRule success = success(entry.get("success"), path + ".success", problems);
            Map<String, Record> agentConfigs = agentConfigs(entry.get("agentConfigs"), path + ".agentConfigs",
                    agentList, mapper, problems);
            if (problems.size() == before && id != null && config != null && name != null) {
                out.add(new CompareConfig.EnvEntry(name, new PluginChoice(id, config), toInt(steps), toInt(episodes),
                        toInt(maxSteps), toInt(lastEpisodes), success, agentConfigs));
            }
        }
        return out;
    }

    private static <C extends Record> Optional<C> bindEnv(EnvProvider<C> provider, String path, JsonNode given,
            ObjectMapper mapper, List<ConfigProblem> problems) {
        return PluginConfigs.bind(path, given, provider.configType(), provider.defaultConfig(), mapper, problems);
    }

    private static SuccessRule success(JsonNode node, String path, List<ConfigProblem> problems) {
        if (node == null || node.isNull()) {
            return SuccessRule.TERMINAL_REWARD;
        }
        List<String> names = Arrays.stream(SuccessRule.values()).map(Enum::name).toList();
        String expected = "one of " + String.join(", ", names);
        if (!node.isTextual()) {
            problems.add(new ConfigProblem(path, expected, PluginConfigs.describe(node)));
            return SuccessRule.TERMINAL_REWARD;
        }
        String given = node.asText().strip().toUpperCase(Locale.ROOT).replace('-', '_');
        if (!names.contains(given)) {
            problems.add(new ConfigProblem(path, expected, PluginConfigs.describe(node)
                    + PluginConfigs.didYouMean(given, names)));
            return SuccessRule.TERMINAL_REWARD;
        }
        return SuccessRule.valueOf(given);
    }

    private Map<String, Record> agentConfigs(JsonNode node, String path, List<CompareConfig.AgentEntry> agentList,
            ObjectMapper mapper, List<ConfigProblem> problems) {
        Map<String, Record> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        List<String> names = agentList.stream().map(CompareConfig.AgentEntry::name).toList();
        if (!node.isObject()) {
            problems.add(new ConfigProblem(path, "an object of agent names (" + String.join(", ", names)
                    + ") to config fields", PluginConfigs.describe(node)));
            return out;
        }
        for (Map.Entry<String, JsonNode> f : node.properties()) {
            String name = f.getKey();
            String at = path + "." + name;
            CompareConfig.AgentEntry agent = agentList.stream().filter(a -> a.name().equals(name)).findFirst()
                    .orElse(null);
            if (agent == null) {
                problems.add(new ConfigProblem(at, "the name of an agent in agents (" + String.join(", ", names) + ")",
                        "'" + name + "'" + PluginConfigs.didYouMean(name, names)));
                continue;
            }
            if (!f.getValue().isObject()) {
                problems.add(new ConfigProblem(at, "an object of " + agent.agent().id() + " config fields",
                        PluginConfigs.describe(f.getValue())));
                continue;
            }
            bindAgent(agents.provider(agent.agent().id()), at, f.getValue(), agent.agent().config(), mapper, problems)
                    .ifPresent(c -> out.put(name, c));
        }
        return out;
    }

    // ------------------------------------------------------------------ shared pieces

    /** The id of an env or agent entry, or null (with a problem) if it is missing or not registered. */
    private static String id(JsonNode entry, String path, List<String> known, String kind,
            List<ConfigProblem> problems) {
        String expectedId = "a registered " + kind + " id (" + (known.isEmpty() ? "none is registered"
                : String.join(", ", known)) + ")";
        JsonNode idNode = entry.get("id");
        if (idNode == null || !idNode.isTextual()) {
            problems.add(new ConfigProblem(path + ".id", expectedId, PluginConfigs.describe(idNode)));
            return null;
        }
        String id = idNode.asText();
        if (!known.contains(id)) {
            problems.add(new ConfigProblem(path + ".id", expectedId, "'" + id + "'"
                    + PluginConfigs.didYouMean(id, known)));
            return null;
        }
        return id;
    }

    /** The display name (default the id), or null (with a problem) if it is not a distinct non-empty string. */
    private static String name(JsonNode entry, String path, String id, Map<String, String> namedAt,
            List<ConfigProblem> problems) {
        JsonNode n = entry.get("name");
        String name;
        if (n == null || n.isNull()) {
            if (id == null) {
                return null;
            }
            name = id;
        } else if (n.isTextual() && !n.asText().isBlank()) {
            name = n.asText().strip();
        } else {
            problems.add(new ConfigProblem(path + ".name", "a non-empty name", PluginConfigs.describe(n)));
            return null;
        }
        String earlier = namedAt.putIfAbsent(name, path);
        if (earlier != null) {
            problems.add(new ConfigProblem(path + ".name", "a name distinct from " + earlier + "'s (give one of them "
                    + "a name)", "'" + name + "' again"));
            return null;
        }
        return name;
    }

    private static List<Long> seeds(JsonNode node, List<ConfigProblem> problems) {
        String expected = "a number of seeds from 1 to " + CompareConfig.MAX_SEEDS
                + " (the seeds 0, 1, ...) or a non-empty list of distinct integer seeds";
        List<Long> out = new ArrayList<>();
        if (node != null && node.isIntegralNumber() && node.canConvertToLong() && node.asLong() >= 1
                && node.asLong() <= CompareConfig.MAX_SEEDS) {
            for (long s = 0; s < node.asLong(); s++) {
                out.add(s);
            }
            return out;
        }
        if (node == null || !node.isArray() || node.isEmpty() || node.size() > CompareConfig.MAX_SEEDS) {
            problems.add(new ConfigProblem("seeds", expected, PluginConfigs.describe(node)));
            return out;
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode s = node.get(i);
            if (!s.isIntegralNumber() || !s.canConvertToLong()) {
                problems.add(new ConfigProblem("seeds[" + i + "]", "an integer seed", PluginConfigs.describe(s)));
            } else if (!seen.add(s.asLong())) {
                problems.add(new ConfigProblem("seeds[" + i + "]", "a seed not listed before", "the seed "
                        + s.asLong() + " again"));
            } else {
                out.add(s.asLong());
            }
        }
        return out;
    }

    /** An optional integer field within a range: null if absent, else the value (or null with a problem). */
    private static Long integer(JsonNode object, String field, String prefix, long min, long max,
            List<ConfigProblem> problems) {
        JsonNode n = object.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isIntegralNumber() || !n.canConvertToLong() || n.asLong() < min || n.asLong() > max) {
            problems.add(new ConfigProblem(prefix + field, "an integer from " + min + " to " + max,
                    PluginConfigs.describe(n)));
            return null;
        }
        return n.asLong();
    }

    private static Integer toInt(Long value) {
        return value == null ? null : value.intValue();
    }

    private static boolean present(JsonNode object, String field) {
        JsonNode n = object.get(field);
        return n != null && !n.isNull();
    }

    private static void unknownFields(JsonNode object, String prefix, List<String> known,
            List<ConfigProblem> problems) {
        Iterator<String> it = object.fieldNames();
        while (it.hasNext()) {
            String name = it.next();
            if (!known.contains(name)) {
                problems.add(new ConfigProblem(prefix + name, "one of the fields " + String.join(", ", known),
                        "an unknown field '" + name + "'" + PluginConfigs.didYouMean(name, known)));
            }
        }
    }
}
