package io.aifgym.agents.aif.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.aifgym.agents.aif.control.Policies;
import io.aifgym.agents.aif.model.GenerativeModel;
import io.aifgym.agents.aif.model.ModelBatch;
import io.aifgym.agents.aif.planning.PolicySearch;
import io.aifgym.agents.aif.planning.Replanning;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The planning fields of {@link AifConfig} ({@code policySearch}, {@code si}, {@code mcts},
 * {@code replanning}): defaults, binding as the config loader does it (the file's fields merged
 * over the default's JSON, each field also bound alone), and one test per rejected value.
 */
class PolicySearchConfigTest {

    /** As strict as the command line's mappers. */
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private ObjectNode defaults() {
        return mapper.valueToTree(AifConfig.DEFAULT);
    }

    private AifConfig bind(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode tree = defaults();
        edit.accept(tree);
        return mapper.treeToValue(tree, AifConfig.class);
    }

    /** The message of the constructor's rejection behind a binding failure. */
    private String rejection(Consumer<ObjectNode> edit) {
        Throwable t = assertThrows(Exception.class, () -> bind(edit));
        Throwable cause = t;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    private static ObjectNode field(ObjectNode tree, String name) {
        return (ObjectNode) tree.get(name);
    }

    @Test
    void defaultsEnumerateEveryStepWithPymdpsSearchParameters() {
        AifConfig d = AifConfig.DEFAULT;
        assertThat(d.policySearch()).isEqualTo(PolicySearch.Kind.ENUMERATE);
        assertThat(d.si()).isEqualTo(PolicySearch.Sophisticated.DEFAULT);
        assertThat(d.mcts()).isEqualTo(PolicySearch.Mcts.DEFAULT);
        assertThat(d.replanning()).isEqualTo(Replanning.EVERY_STEP);
        assertThat(d.search()).isEqualTo(new PolicySearch.Enumerate(1));
        assertThat(d.withPolicyLen(3).search()).isEqualTo(new PolicySearch.Enumerate(3));
        assertThat(d.withPolicySearch(PolicySearch.Kind.SI).search()).isEqualTo(PolicySearch.Sophisticated.DEFAULT);
        assertThat(d.withPolicySearch(PolicySearch.Kind.MCTS).search()).isEqualTo(PolicySearch.Mcts.DEFAULT);
    }

    @Test
    void choosingASearchKeepsTheParametersOfTheOthers() {
        PolicySearch.Sophisticated shallow = PolicySearch.Sophisticated.DEFAULT.withHorizon(3);
        PolicySearch.Mcts small = PolicySearch.Mcts.DEFAULT.withBudget(64, 3);
        AifConfig c = AifConfig.DEFAULT.withPolicySearch(shallow).withPolicySearch(small);
        assertThat(c.policySearch()).isEqualTo(PolicySearch.Kind.MCTS);
        assertThat(c.search()).isEqualTo(small);
        assertThat(c.si()).isEqualTo(shallow);
        assertThat(c.withPolicySearch(new PolicySearch.Enumerate(2)).search()).isEqualTo(new PolicySearch.Enumerate(2));
        assertThat(c.withPolicySearch(PolicySearch.Kind.SI).search()).isEqualTo(shallow);
    }

    @Test
    void searchNamesBindInAnyCaseOnTheirOwnAsTheLoaderChecksEachField() throws Exception {
        assertThat(mapper.treeToValue(TextNode.valueOf("si"), PolicySearch.Kind.class)).isEqualTo(PolicySearch.Kind.SI);
        assertThat(mapper.treeToValue(TextNode.valueOf("MCTS"), PolicySearch.Kind.class))
                .isEqualTo(PolicySearch.Kind.MCTS);
        assertThat(mapper.treeToValue(TextNode.valueOf("Enumerate"), PolicySearch.Kind.class))
                .isEqualTo(PolicySearch.Kind.ENUMERATE);
        assertThat(defaults().get("policySearch").asText()).isEqualTo("enumerate");
    }

    @Test
    void fileFieldsMergeOverTheDefaultsFieldByField() throws Exception {
        AifConfig c = bind(tree -> {
            tree.put("policySearch", "si");
            field(tree, "si").put("horizon", 7).put("maxNodes", 2000);
            field(tree, "replanning").put("every", 3);
        });
        assertThat(c.search()).isEqualTo(PolicySearch.Sophisticated.DEFAULT.withHorizon(7).withBudget(2000, 10));
        assertThat(c.replanning()).isEqualTo(new Replanning(3, 1.0));
        assertThat(c.mcts()).isEqualTo(PolicySearch.Mcts.DEFAULT);
    }

    @Test
    void theSearchParametersBindWithOrWithoutTheirKind() throws Exception {
        AifConfig c = bind(tree -> {
            tree.put("policySearch", "mcts");
            ObjectNode mcts = field(tree, "mcts");
            mcts.remove("kind");
            mcts.put("numSimulations", 64).put("maxDepth", 3);
        });
        assertThat(c.search()).isEqualTo(PolicySearch.Mcts.DEFAULT.withBudget(64, 3));
    }

    @Test
    void aConfigWithEveryPlanningFieldSetRoundTrips() throws Exception {
        AifConfig c = AifConfig.DEFAULT.withPolicySearch(PolicySearch.Sophisticated.DEFAULT.withHorizon(4)
                .withTreeOptions(true, true).withGamma(2.0)).withMcts(PolicySearch.Mcts.DEFAULT.withBudget(32, 2))
                .withReplanning(new Replanning(4, 0.05));
        assertThat(mapper.readValue(mapper.writeValueAsString(c), AifConfig.class)).isEqualTo(c);
    }

    // ------------------------------------------------------------------ rejected values

    @Test
    void unknownSearchName() {
        assertThat(rejection(tree -> tree.put("policySearch", "beam")))
                .isEqualTo("policySearch: expected enumerate, si or mcts, found beam");
    }

    @Test
    void siHorizonZero() {
        assertThat(rejection(tree -> field(tree, "si").put("horizon", 0)))
                .isEqualTo("horizon: expected a depth in [1, 64], found 0");
    }

    @Test
    void siMaxNodesBelowTwo() {
        assertThat(rejection(tree -> field(tree, "si").put("maxNodes", 1)))
                .isEqualTo("maxNodes: expected at least 2 nodes, found 1");
    }

    @Test
    void siMaxBranchingZero() {
        assertThat(rejection(tree -> field(tree, "si").put("maxBranching", 0)))
                .isEqualTo("maxBranching: expected at least 1 child, found 0");
    }

    @Test
    void siPolicyPruneThresholdOne() {
        assertThat(rejection(tree -> field(tree, "si").put("policyPruneThreshold", 1.0)))
                .isEqualTo("policyPruneThreshold: expected a probability in [0, 1), found 1.0");
    }

    @Test
    void siUnknownField() {
        assertThat(rejection(tree -> field(tree, "si").put("depth", 3))).contains("\"depth\"");
    }

    @Test
    void mctsNoSimulations() {
        assertThat(rejection(tree -> field(tree, "mcts").put("numSimulations", 0)))
                .isEqualTo("numSimulations: expected at least 1 simulation, found 0");
    }

    @Test
    void mctsMaxDepthZero() {
        assertThat(rejection(tree -> field(tree, "mcts").put("maxDepth", 0)))
                .isEqualTo("maxDepth: expected at least 1, found 0");
    }

    @Test
    void mctsNegativeGumbelScale() {
        assertThat(rejection(tree -> field(tree, "mcts").put("gumbelScale", -1.0)))
                .isEqualTo("gumbelScale: expected a finite non-negative scale, found -1.0");
    }

    @Test
    void replanningEveryZero() {
        assertThat(rejection(tree -> field(tree, "replanning").put("every", 0)))
                .isEqualTo("every: expected at least 1 step, found 0");
    }

    @Test
    void replanningThresholdAboveOne() {
        assertThat(rejection(tree -> field(tree, "replanning").put("beliefThreshold", 1.5)))
                .isEqualTo("beliefThreshold: expected a distance in [0, 1], found 1.5");
    }

    @Test
    void explicitPoliciesWithASearchAreRefused() {
        GenerativeModel model = GenerativeModel.fromProcess(DeterministicPomdp.grid(3, 3, 0, 8).generativeProcess());
        Policies policies = Policies.enumerate(model.numControls(), 2);
        assertThatThrownBy(() -> new AifAgent(ModelBatch.of(model, 1),
                AifConfig.DEFAULT.withPolicySearch(PolicySearch.Kind.SI), policies))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("policies: expected none with policySearch si");
    }
}
