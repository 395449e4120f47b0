package io.aifgym.bench.checkpoint;

import com.fasterxml.jackson.databind.JsonNode;
import io.aifgym.bench.experiment.Tally;
import io.aifgym.bench.results.Provenance;
import io.aifgym.gym.random.Key;
import java.util.List;
import java.util.Objects;

/**
 * The content of {@code checkpoint.json}: a run at a block boundary, with the config it
 * belongs to. Agent states, env states and observations are the plugins' own values written
 * by {@link StateJson} ({@code ["class.Name", value]} where the class is not fixed by the
 * declared type); everything else is plain JSON.
 *
 * @param format always {@value CheckpointFile#FORMAT}
 * @param formatVersion the version of this layout, {@value CheckpointFile#VERSION}
 * @param aifgymVersion the aifgym version that wrote it
 * @param platform the JVM and operating system that wrote it (a run resumed elsewhere agrees
 *     to rounding, not bit for bit: {@code Math.exp} and {@code Math.log} may differ by an ulp)
 * @param configFile the config file of the run
 * @param config the resolved config of the run (as in {@code provenance.json})
 * @param checkpointEvery the blocks between checkpoints
 * @param blocks the rollout blocks run
 * @param stepsPerEnv the steps each env copy has taken
 * @param key the key of the next step
 * @param agentStates one agent state per env copy
 * @param envStates one vector-env slot state per env copy
 * @param observations the current observation of each env copy
 * @param tally the episodes and sums counted so far
 */
public record Checkpoint(String format, int formatVersion, String aifgymVersion, Provenance.Platform platform,
        String configFile, JsonNode config,
        int checkpointEvery, long blocks, long stepsPerEnv, Key key, List<JsonNode> agentStates,
        List<JsonNode> envStates, List<JsonNode> observations, Tally tally) {

    /** Requires every part and copies the lists. */
    public Checkpoint {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(key, "key");
        agentStates = List.copyOf(agentStates);
        envStates = List.copyOf(envStates);
        observations = List.copyOf(observations);
        Objects.requireNonNull(tally, "tally");
    }
}
