package io.aifgym.bench.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aifgym.agents.aif.agent.AifAgentProvider;
import io.aifgym.agents.aif.agent.AifConfig;
import io.aifgym.agents.aif.model.GenerativeModel;
import io.aifgym.agents.aif.model.InvalidModelException;
import io.aifgym.agents.aif.model.ModelJson;
import io.aifgym.envs.pomdp.grid.GridWorld;
import io.aifgym.envs.pomdp.tmaze.TMaze;
import io.aifgym.envs.pomdp.tmaze.TMazeConfig;
import io.aifgym.gym.model.GenerativeProcess;
import io.aifgym.gym.random.Key;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the model loader (a plain JUnit loop over a bounded number of cases that takes a few
 * seconds; case {@code i} damages model {@code i mod 2} with the seed
 * {@code Key.of(SEED).child(i).bits()}, so a failure names its case and replays): generative models
 * in the model file format (a GridWorld's with pB, a T-maze's with pA, preferences and labels),
 * damaged at random ({@link Mutation}), either load or fail with an
 * {@link IllegalArgumentException} (an {@code InvalidModelException} for a model that parses
 * but fails validation) carrying a message; nothing else is ever thrown. A coverage check keeps
 * every outcome (loaded, invalid model, malformed) occurring.
 */
class ModelJsonFuzzTest {

    private static final long SEED = 20261125L;
    private static final int CASES = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<JsonNode> MODELS = List.of(
            tree(AifAgentProvider.model(process(new GridWorld(GridWorld.Config.of(3, 3))),
                    AifConfig.ModelPriors.DEFAULT.withPB(AifConfig.DirichletPrior.flat(0.5)))),
            tree(AifAgentProvider.model(process(new TMaze(TMazeConfig.DEFAULT)),
                    AifConfig.ModelPriors.DEFAULT.withPA(AifConfig.DirichletPrior.aroundTruth(2.0, 0.1)))));

    private static GenerativeProcess process(Object env) {
        return ((io.aifgym.gym.model.HasGenerativeProcess) env).generativeProcess();
    }

    private static JsonNode tree(GenerativeModel model) {
        try {
            JsonNode t = JSON.readTree(ModelJson.toJson(model));
            assertThat(ModelJson.modelFromJson(ModelJson.toJson(model))).isEqualTo(model);
            return t;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aDamagedModelLoadsOrFailsWithAMessage() {
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int i = 0; i < CASES; i++) {
            int index = i % MODELS.size();
            long damage = Key.of(SEED).child(i).bits();
            String text = Mutation.of(MODELS.get(index), JSON, false, damage);
            String what = String.format("case %d of seed %d: model %d damaged with seed %d as:%n%s", i, SEED, index,
                    damage, text);
            String outcome;
            try {
                ModelJson.fromJson(text);
                outcome = "loaded";
            } catch (InvalidModelException e) {
                assertThat(e.getMessage()).as("%s", what).isNotBlank();
                outcome = "invalid model";
            } catch (IllegalArgumentException e) {
                assertThat(e.getMessage()).as("%s", what).isNotBlank();
                outcome = "malformed";
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                throw new AssertionError(what + "\nthrew " + e, e);
            }
            outcomes.merge(outcome, 1, Integer::sum);
        }
        assertThat(percent(outcomes, "loaded")).as("%% loaded of %s", outcomes).isGreaterThan(1);
        assertThat(percent(outcomes, "invalid model")).as("%% invalid models of %s", outcomes).isGreaterThan(10);
        assertThat(percent(outcomes, "malformed")).as("%% malformed of %s", outcomes).isGreaterThan(10);
    }

    private static double percent(Map<String, Integer> outcomes, String outcome) {
        return 100.0 * outcomes.getOrDefault(outcome, 0) / CASES;
    }
}
