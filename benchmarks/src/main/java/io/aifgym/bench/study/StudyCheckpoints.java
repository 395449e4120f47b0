package io.aifgym.bench.study;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.aifgym.agents.aif.agent.AifAgent;
import io.aifgym.agents.aif.agent.AifState;
import io.aifgym.agents.aif.agent.SavedAifState;
import io.aifgym.bench.checkpoint.CheckpointException;
import io.aifgym.bench.checkpoint.CheckpointFile;
import io.aifgym.bench.results.AifgymVersion;
import io.aifgym.bench.study.Scenario.Parameter;
import io.aifgym.gym.random.Key;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The checkpoints of a learning-gridworld study in its output folder: written atomically with
 * the run's writer ({@link CheckpointFile#write}) at block boundaries every {@code every}
 * blocks of a scenario, read back with the run's format and version checks
 * ({@link CheckpointFile#checkedTree}), and refused when their settings differ from the
 * study's ({@link CheckpointFile#configDifferences}, threads excepted). Agent states are
 * saved through {@link AifAgent}'s {@link io.aifgym.gym.checkpoint.StateCodec}.
 */
public final class StudyCheckpoints {

    /** The value of a study checkpoint's {@code kind} field. */
    public static final String KIND = "learning-gridworld";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final Path folder;
    private final StudySettings settings;
    private final int every;
    private final int stopAfter;
    private int written;
    private volatile boolean stopRequested;
    private volatile String lastWritten;

    /**
     * A checkpoint writer.
     *
     * @param folder the study's output folder
     * @param settings the study's settings
     * @param every the blocks of a scenario between checkpoints, positive
     */
    public StudyCheckpoints(Path folder, StudySettings settings, int every) {
        this(folder, settings, every, 0);
    }

    /**
     * A checkpoint writer that stops the study after its {@code stopAfter}-th checkpoint (a
     * test's stand-in for a killed run).
     *
     * @param folder the study's output folder
     * @param settings the study's settings
     * @param every the blocks of a scenario between checkpoints, positive
     * @param stopAfter the checkpoints after which the study stops, or 0 to never stop
     */
    StudyCheckpoints(Path folder, StudySettings settings, int every, int stopAfter) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.settings = Objects.requireNonNull(settings, "settings");
        if (every <= 0) {
            throw new IllegalArgumentException("--checkpoint-every: expected a positive number of blocks, found "
                    + every);
        }
        this.every = every;
        this.stopAfter = stopAfter;
    }

    /** @return the blocks between checkpoints */
    public int every() {
        return every;
    }

    /** Asks the study to stop at its next block boundary, after writing a checkpoint there (Ctrl-C). */
    public void requestStop() {
        stopRequested = true;
    }

    /** @return where the last checkpoint this writer wrote stands ("scenario 4, block 2"), or null if none */
    public String lastWritten() {
        return lastWritten;
    }

    /**
     * The settings as a checkpoint holds them.
     *
     * @param settings the settings
     * @return their JSON tree
     */
    static JsonNode settingsTree(StudySettings settings) {
        return MAPPER.valueToTree(settings);
    }

    /**
     * Called after every block of a scenario but the study's last: writes a checkpoint when
     * {@code blocksDone} is a multiple of {@code every} or a stop was requested.
     *
     * @param blocksDone the blocks every group of the current scenario has run
     * @param runs the groups of every scenario reached, the current one last
     * @return whether the study goes on
     */
    boolean atBoundary(int blocksDone, List<List<GroupRun>> runs) {
        boolean stop = stopRequested;
        if (blocksDone % every != 0 && !stop) {
            return true;
        }
        CheckpointFile.write(folder, CheckpointFile.bytes(encode(runs)));
        lastWritten = "scenario " + settings.scenarios().get(runs.size() - 1) + ", block " + blocksDone;
        written++;
        return !stop && (stopAfter == 0 || written < stopAfter);
    }

    private StudyCheckpoint encode(List<List<GroupRun>> runs) {
        List<StudyCheckpoint.ScenarioState> scenarios = new ArrayList<>();
        for (int s = 0; s < runs.size(); s++) {
            List<StudyCheckpoint.GroupState> groups = new ArrayList<>();
            for (GroupRun g : runs.get(s)) {
                Map<String, double[][]> kl = new LinkedHashMap<>();
                Map<String, double[][]> notebook = new LinkedHashMap<>();
                for (Parameter p : Scenario.of(settings.scenarios().get(s)).tracked()) {
                    kl.put(p.name(), g.rows(p, false));
                    notebook.put(p.name(), g.rows(p, true));
                }
                List<JsonNode> states = new ArrayList<>();
                for (AifState state : g.states()) {
                    states.add(MAPPER.valueToTree(g.agent().save(state)));
                }
                groups.add(new StudyCheckpoint.GroupState(g.alpha(), kl, notebook, states));
            }
            scenarios.add(new StudyCheckpoint.ScenarioState(settings.scenarios().get(s),
                    runs.get(s).get(0).blocksDone(), groups));
        }
        return new StudyCheckpoint(CheckpointFile.FORMAT, CheckpointFile.VERSION, AifgymVersion.get(), KIND,
                settingsTree(settings), every, Key.of(settings.seed()), scenarios);
    }

    /**
     * Reads the study checkpoint of a folder and checks that it belongs to these settings.
     *
     * @param folder the folder given to {@code --resume}
     * @param settings the study's settings
     * @return the checkpoint
     * @throws CheckpointException if there is none, it cannot be read, it is of another format
     *     version, of a run rather than a study, or of other settings
     */
    public static StudyCheckpoint read(Path folder, StudySettings settings) {
        Path file = CheckpointFile.in(folder);
        StudyCheckpoint checkpoint = CheckpointFile.readKind(folder, KIND, StudyCheckpoint.class);
        CheckpointFile.requireSameConfig(file,
                CheckpointFile.configDifferences(checkpoint.settings(), settingsTree(settings)), "these settings",
                "other settings");
        if (!checkpoint.key().equals(Key.of(settings.seed()))) {
            throw new CheckpointException(file + ": expected the key " + Key.of(settings.seed()) + " of seed "
                    + settings.seed() + ", found " + checkpoint.key());
        }
        return checkpoint;
    }

    /**
     * Puts the groups where a checkpoint left them.
     *
     * @param checkpoint a checkpoint of these settings ({@link #read})
     * @param runs the fresh groups of every scenario of the settings
     * @return the agent steps the checkpoint had done
     * @throws CheckpointException if the checkpoint does not fit the study
     */
    long restore(StudyCheckpoint checkpoint, List<List<GroupRun>> runs) {
        String source = CheckpointFile.in(folder).toString();
        long done = 0;
        try {
            if (checkpoint.scenarios().size() > runs.size()) {
                throw new IllegalArgumentException("scenarios: expected at most " + runs.size() + ", found "
                        + checkpoint.scenarios().size());
            }
            for (int s = 0; s < checkpoint.scenarios().size(); s++) {
                StudyCheckpoint.ScenarioState saved = checkpoint.scenarios().get(s);
                int number = settings.scenarios().get(s);
                if (saved.number() != number || saved.groups().size() != runs.get(s).size()) {
                    throw new IllegalArgumentException("scenarios[" + s + "]: expected scenario " + number + " with "
                            + runs.get(s).size() + " groups, found scenario " + saved.number() + " with "
                            + saved.groups().size());
                }
                for (int g = 0; g < saved.groups().size(); g++) {
                    GroupRun run = runs.get(s).get(g);
                    StudyCheckpoint.GroupState state = saved.groups().get(g);
                    List<AifState> states = new ArrayList<>();
                    for (JsonNode node : state.agentStates()) {
                        if (node == null || !node.isObject()) {
                            throw new IllegalArgumentException("scenarios[" + s + "].groups[" + g + "].agentStates: "
                                    + "expected a saved agent state (an object), found " + node);
                        }
                        states.add(run.agent().restore(MAPPER.treeToValue(node, SavedAifState.class)));
                    }
                    run.restore(saved.blocksDone(), states, byParameter(state.kl()), byParameter(state.notebookKl()));
                    done += (long) saved.blocksDone() * settings.agentStepsPerBlock() * settings.agents();
                }
            }
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new CheckpointException(source + ": expected a checkpoint that fits the study, found "
                    + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), e);
        }
        return done;
    }

    private static Map<Parameter, double[][]> byParameter(Map<String, double[][]> rows) {
        Map<Parameter, double[][]> out = new LinkedHashMap<>();
        for (Map.Entry<String, double[][]> e : rows.entrySet()) {
            out.put(Parameter.valueOf(e.getKey()), e.getValue());
        }
        return out;
    }
}
