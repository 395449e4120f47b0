package io.aifgym.bench.checkpoint;

import com.fasterxml.jackson.databind.JsonNode;
import io.aifgym.bench.config.ConfigMappers;
import io.aifgym.bench.config.ExperimentConfig;
import io.aifgym.bench.experiment.Experiment;
import io.aifgym.bench.experiment.RunSnapshot;
import io.aifgym.bench.results.AifgymVersion;
import io.aifgym.bench.results.Provenance;
import io.aifgym.gym.checkpoint.StateCodec;
import io.aifgym.gym.rollout.Carry;
import io.aifgym.gym.vector.VectorState;
import io.aifgym.gym.wrap.AutoReset;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns the snapshots of one experiment into checkpoints and back. It knows the experiment's
 * agent and env, so a state it cannot write or read is reported under the plugin's id
 * ({@code agent q-learning: its state cannot be checkpointed: ...}), and every checkpoint it
 * makes for a file is first read back and written again: only bytes that survive this round
 * trip unchanged are ever written, so a plugin whose state does not come back whole is
 * refused instead of leaving a checkpoint that would resume differently.
 */
public final class SnapshotCodec {

    private static final String CODEC_HINT = "; a plugin whose state is not made of records, numbers, strings, "
            + "enums, arrays and lists implements " + StateCodec.class.getName() + " (or run without checkpoints)";

    private final RunSnapshot fresh;
    private final StateJson json;
    private final String configFile;
    private final JsonNode config;
    private final String agentId;
    private final String envId;

    /**
     * A codec for one experiment.
     *
     * @param experiment the prepared experiment
     * @param fresh the experiment's start (its classes are what a checkpoint must hold)
     * @param configFile the config file, recorded in checkpoints
     * @param loader the class loader that sees the plugins
     * @param pluginPackages the packages of the registered plugins, whose classes a checkpoint
     *     may hold (besides {@code io.aifgym})
     */
    public SnapshotCodec(Experiment experiment, RunSnapshot fresh, String configFile, ClassLoader loader,
            Collection<String> pluginPackages) {
        Objects.requireNonNull(experiment, "experiment");
        this.fresh = Objects.requireNonNull(fresh, "fresh");
        this.configFile = Objects.requireNonNull(configFile, "configFile");
        this.config = configTree(experiment.config());
        this.agentId = experiment.config().agent().id();
        this.envId = experiment.config().env().id();
        List<StateCodec<?, ?>> codecs = new ArrayList<>();
        if (experiment.agent() instanceof StateCodec<?, ?> c) {
            codecs.add(c);
        }
        if (experiment.env().unwrapped() instanceof StateCodec<?, ?> c && !codecs.contains(c)) {
            codecs.add(c);
        }
        Set<String> packages = new LinkedHashSet<>();
        packages.add("io.aifgym.");
        for (String p : pluginPackages) {
            packages.add(p.endsWith(".") ? p : p + ".");
        }
        for (Object o : List.of(experiment.agent(), experiment.env().unwrapped())) {
            packages.add(o.getClass().getPackageName() + ".");
        }
        this.json = new StateJson(loader, codecs, packages);
    }

    /**
     * The resolved config as the checkpoint (and {@code provenance.json}) holds it.
     *
     * @param config the config
     * @return its JSON tree
     */
    public static JsonNode configTree(ExperimentConfig config) {
        return ConfigMappers.json().valueToTree(config);
    }

    /**
     * The bytes of the checkpoint of a snapshot, checked by reading them back: the checkpoint
     * they hold resumes exactly as the snapshot would.
     *
     * @param snapshot the run at a block boundary
     * @param checkpointEvery the blocks between checkpoints, recorded for a resumed run
     * @return the file's bytes
     * @throws CheckpointException if a state cannot be written, or does not come back as it was
     */
    public byte[] checkedBytes(RunSnapshot snapshot, int checkpointEvery) {
        Checkpoint checkpoint = encode(snapshot, checkpointEvery);
        byte[] bytes = CheckpointFile.bytes(checkpoint);
        Checkpoint reread = CheckpointFile.parse(CheckpointFile.FILE, bytes);
        Checkpoint again = encode(decode(reread, CheckpointFile.FILE), checkpointEvery);
        byte[] twice = CheckpointFile.bytes(again);
        if (!Arrays.equals(bytes, twice)) {
            throw new CheckpointException(firstDifference(checkpoint, again));
        }
        return bytes;
    }

    /**
     * The checkpoint of a snapshot.
     *
     * @param snapshot the run at a block boundary
     * @param checkpointEvery the blocks between checkpoints
     * @return the checkpoint
     * @throws CheckpointException naming the plugin whose state cannot be written
     */
    public Checkpoint encode(RunSnapshot snapshot, int checkpointEvery) {
        Carry<?, ?, ?> carry = snapshot.carry();
        List<JsonNode> agents = new ArrayList<>();
        for (Object s : carry.agentStates()) {
            agents.add(write(s, "agent " + agentId + ": its state"));
        }
        List<JsonNode> envs = new ArrayList<>();
        for (Object s : carry.envState().slots()) {
            envs.add(write(s, "env " + envId + ": its state"));
        }
        List<JsonNode> observations = new ArrayList<>();
        for (Object o : carry.observations()) {
            observations.add(write(o, "env " + envId + ": its observations"));
        }
        return new Checkpoint(CheckpointFile.FORMAT, CheckpointFile.VERSION, AifgymVersion.get(),
                Provenance.Platform.current(), configFile, config,
                checkpointEvery, snapshot.blocks(), snapshot.stepsPerEnv(), carry.key(), agents, envs, observations,
                snapshot.tally());
    }

    private JsonNode write(Object value, String what) {
        try {
            return json.write(value);
        } catch (IOException | RuntimeException e) {
            throw new CheckpointException(what + " (" + className(value) + ") cannot be checkpointed: "
                    + reason(e) + CODEC_HINT, e);
        }
    }

    /**
     * The snapshot a checkpoint of this experiment holds. The config must be this
     * experiment's (apart from {@link CheckpointFile#RESUMABLE_CHANGES}), and every state must
     * read back as a value of the class the experiment's own states have.
     *
     * @param checkpoint the checkpoint
     * @param source its file, for messages
     * @return the snapshot
     * @throws CheckpointException if the checkpoint is of another config or cannot be read
     */
    public RunSnapshot decode(Checkpoint checkpoint, String source) {
        List<String> differences = CheckpointFile.configDifferences(checkpoint.config(), config);
        if (!differences.isEmpty()) {
            throw new CheckpointException(source + ": expected a checkpoint of this config (" + configFile
                    + "), found one of another config (" + checkpoint.configFile() + "): "
                    + String.join("; ", differences.subList(0, Math.min(5, differences.size())))
                    + (differences.size() > 5 ? "; and " + (differences.size() - 5) + " more" : ""));
        }
        Carry<?, ?, ?> start = fresh.carry();
        int n = start.envState().size();
        List<Object> agents = readAll(checkpoint.agentStates(), start.agentStates(), n, source, "agentStates",
                "agent " + agentId);
        List<Object> slots = readAll(checkpoint.envStates(), start.envState().slots(), n, source, "envStates",
                "env " + envId);
        List<Object> observations = readAll(checkpoint.observations(), start.observations(), n, source,
                "observations", "env " + envId);
        try {
            return new RunSnapshot(carry(agents, slots, observations, checkpoint), checkpoint.stepsPerEnv(),
                    checkpoint.blocks(), checkpoint.tally());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new CheckpointException(source + ": expected a consistent checkpoint, found " + e.getMessage(), e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Carry<?, ?, ?> carry(List<Object> agents, List<Object> slots, List<Object> observations,
            Checkpoint checkpoint) {
        List<AutoReset.State<Object, Object>> typed = new ArrayList<>();
        for (Object s : slots) {
            typed.add((AutoReset.State<Object, Object>) s);
        }
        return new Carry(agents, new VectorState<>(typed), observations, checkpoint.key());
    }

    private List<Object> readAll(List<JsonNode> trees, List<?> expected, int n, String source, String field,
            String plugin) {
        if (trees.size() != n) {
            throw new CheckpointException(source + ": " + field + ": expected " + n + " values (one per env copy), found "
                    + trees.size());
        }
        List<Object> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Object value;
            try {
                value = json.read(trees.get(i));
            } catch (IOException | RuntimeException e) {
                throw new CheckpointException(source + ": " + field + "[" + i + "]: cannot be read back for " + plugin
                        + ": " + reason(e), e);
            }
            Object like = expected.get(i);
            if (like != null && (value == null || value.getClass() != like.getClass() || !sameInner(value, like))) {
                throw new CheckpointException(source + ": " + field + "[" + i + "]: expected a " + describe(like)
                        + " of " + plugin + ", found " + (value == null ? "null" : describe(value)));
            }
            out.add(value);
        }
        return out;
    }

    /** For vector-env slots, the wrapped env states must have the experiment's classes too. */
    private static boolean sameInner(Object value, Object like) {
        if (value instanceof AutoReset.State<?, ?> v && like instanceof AutoReset.State<?, ?> l) {
            return v.inner().getClass() == l.inner().getClass();
        }
        return true;
    }

    private static String describe(Object value) {
        if (value instanceof AutoReset.State<?, ?> s) {
            return "slot state holding a " + className(s.inner());
        }
        return className(value);
    }

    private String firstDifference(Checkpoint written, Checkpoint reread) {
        String[] parts = {"agentStates", "envStates", "observations"};
        List<List<JsonNode>> a = List.of(written.agentStates(), written.envStates(), written.observations());
        List<List<JsonNode>> b = List.of(reread.agentStates(), reread.envStates(), reread.observations());
        for (int p = 0; p < parts.length; p++) {
            for (int i = 0; i < a.get(p).size(); i++) {
                if (!a.get(p).get(i).toString().equals(b.get(p).get(i).toString())) {
                    String plugin = p == 0 ? "agent " + agentId + ": its state" : "env " + envId + ": its "
                            + (p == 1 ? "state" : "observations");
                    return plugin + " does not survive a checkpoint: written and read back, " + parts[p] + "[" + i
                            + "] changes from " + abbreviate(a.get(p).get(i).toString()) + " to "
                            + abbreviate(b.get(p).get(i).toString()) + CODEC_HINT;
                }
            }
        }
        return "checkpoint: does not survive being written and read back (its counters differ)";
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }

    private static String className(Object value) {
        return value == null ? "null" : value.getClass().getName();
    }

    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null || t instanceof RuntimeException
                && !(t instanceof IllegalArgumentException))) {
            t = t.getCause();
        }
        String m = t instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage()
                : t.getMessage();
        m = m == null ? t.toString() : m.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }

    /**
     * How the platform of a checkpoint differs from this one in what can change results: the
     * JVM (its {@code Math} routines) and the processor architecture.
     *
     * @param checkpoint the checkpoint
     * @return the differences, empty on the same platform
     */
    public static List<String> platformDifferences(Checkpoint checkpoint) {
        Provenance.Platform then = checkpoint.platform();
        Provenance.Platform now = Provenance.Platform.current();
        List<String> out = new ArrayList<>();
        compare(out, "java.version", then.javaVersion(), now.javaVersion());
        compare(out, "java.vendor", then.javaVendor(), now.javaVendor());
        compare(out, "java.vm.name", then.javaVmName(), now.javaVmName());
        compare(out, "os.arch", then.osArch(), now.osArch());
        return out;
    }

    private static void compare(List<String> out, String name, String then, String now) {
        if (!Objects.equals(then, now)) {
            out.add(name + " " + then + " then, " + now + " now");
        }
    }
}
