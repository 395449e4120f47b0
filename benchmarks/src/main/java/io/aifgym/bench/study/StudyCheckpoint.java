package io.aifgym.bench.study;

import com.fasterxml.jackson.databind.JsonNode;
import io.aifgym.gym.random.Key;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The content of the learning-gridworld study's {@code checkpoint.json}: the study at a block
 * boundary of a scenario, with the settings it belongs to.
 *
 * @param format always {@value io.aifgym.bench.checkpoint.CheckpointFile#FORMAT}
 * @param formatVersion the version of the layout, {@value io.aifgym.bench.checkpoint.CheckpointFile#VERSION}
 * @param aifgymVersion the aifgym version that wrote it
 * @param kind always {@value StudyCheckpoints#KIND}: a study's checkpoint, not a run's
 * @param settings the study's settings (threads may change on resume)
 * @param checkpointEvery the blocks between checkpoints
 * @param key the root key of the study ({@code Key.of(seed)}); every block key derives from it
 * @param scenarios the scenarios reached, in the settings' order: finished ones and the current one
 */
public record StudyCheckpoint(String format, int formatVersion, String aifgymVersion, String kind, JsonNode settings,
        int checkpointEvery, Key key, List<ScenarioState> scenarios) {

    /** Requires every part and copies the list. */
    public StudyCheckpoint {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(key, "key");
        scenarios = List.copyOf(scenarios);
    }

    /**
     * One scenario reached.
     *
     * @param number the scenario number
     * @param blocksDone the blocks every group has run
     * @param groups one state per group, in the settings' order of {@code alpha}
     */
    public record ScenarioState(int number, int blocksDone, List<GroupState> groups) {

        /** Copies the list. */
        public ScenarioState {
            groups = List.copyOf(groups);
        }
    }

    /**
     * One group after {@code blocksDone} blocks.
     *
     * @param alpha the group's action precision
     * @param kl the correct divergence rows so far ([block][agent]) per tracked parameter ("A", "B")
     * @param notebookKl the notebook's value rows so far per tracked parameter
     * @param agentStates each agent's state, saved through the agent's
     *     {@link io.aifgym.gym.checkpoint.StateCodec}
     */
    public record GroupState(double alpha, Map<String, double[][]> kl, Map<String, double[][]> notebookKl,
            List<JsonNode> agentStates) {

        /** Copies the maps and the list. */
        public GroupState {
            kl = Map.copyOf(kl);
            notebookKl = Map.copyOf(notebookKl);
            agentStates = List.copyOf(agentStates);
        }
    }
}
