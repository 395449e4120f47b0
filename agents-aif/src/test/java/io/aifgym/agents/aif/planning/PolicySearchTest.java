package io.aifgym.agents.aif.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aifgym.agents.aif.control.EfeModel;
import io.aifgym.agents.aif.control.EfeOptions;
import io.aifgym.agents.aif.control.PlanningModel;
import io.aifgym.agents.aif.control.Policies;
import io.aifgym.agents.aif.control.PolicyInference;
import io.aifgym.agents.aif.control.PolicyPosterior;
import io.aifgym.agents.aif.control.PolicyPrior;
import io.aifgym.agents.aif.model.GenerativeModel;
import io.aifgym.gym.random.Key;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The configs, their JSON binding, the input checks and policy enumeration behind the search interface. */
class PolicySearchTest {

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private static double[][] prior(GenerativeModel model) {
        double[][] qs = new double[model.numFactors()][];
        for (int f = 0; f < qs.length; f++) {
            qs[f] = model.dData(f).clone();
        }
        return qs;
    }

    @Test
    void everySearchBindsFromJsonByKindAndRoundTrips() throws Exception {
        PolicySearch si = mapper.readValue("{\"kind\": \"si\", \"horizon\": 7, \"maxNodes\": 5000, \"maxBranching\": 10,"
                + " \"policyPruneThreshold\": 0.0625, \"observationPruneThreshold\": 0.0625, \"topKObservations\": 10000,"
                + " \"entropyStopThreshold\": 0.5, \"negEfeStopThreshold\": 1e10, \"klThreshold\": -1,"
                + " \"prunePenalty\": 512, \"gamma\": null, \"mergeEqualBeliefs\": true, \"reuseTree\": false}",
                PolicySearch.class);
        assertThat(si).isEqualTo(PolicySearch.Sophisticated.DEFAULT.withHorizon(7));
        PolicySearch mcts = mapper.readValue("{\"kind\": \"mcts\", \"numSimulations\": 1024, \"maxDepth\": 6,"
                + " \"maxConsideredActions\": 16, \"gumbelScale\": 1.0, \"outcomeDiscount\": true, \"valueScale\": 0.1,"
                + " \"maxVisitInit\": 50}", PolicySearch.class);
        assertThat(mcts).isEqualTo(PolicySearch.Mcts.DEFAULT.withBudget(1024, 6));
        assertThat(mapper.readValue("{\"kind\": \"enumerate\", \"policyLen\": 3}", PolicySearch.class))
                .isEqualTo(new PolicySearch.Enumerate(3));
        for (PolicySearch s : List.of(PolicySearch.Enumerate.DEFAULT, PolicySearch.Sophisticated.DEFAULT,
                PolicySearch.Mcts.DEFAULT)) {
            String json = mapper.writeValueAsString(s);
            assertThat(json).contains("\"kind\":\"" + s.kind().id() + "\"");
            assertThat(mapper.readValue(json, PolicySearch.class)).isEqualTo(s);
        }
        assertThat(mapper.readValue(mapper.writeValueAsString(PolicySearch.Sophisticated.DEFAULT),
                PolicySearch.Sophisticated.class)).isEqualTo(PolicySearch.Sophisticated.DEFAULT);
        assertThat(mapper.readValue("{\"numSimulations\": 64, \"maxDepth\": 3, \"maxConsideredActions\": 16,"
                + " \"gumbelScale\": 1.0, \"outcomeDiscount\": true, \"valueScale\": 0.1, \"maxVisitInit\": 50}",
                PolicySearch.Mcts.class)).isEqualTo(PolicySearch.Mcts.DEFAULT.withBudget(64, 3));
        assertThat(mapper.readValue("{\"policyLen\": 2}", PolicySearch.Enumerate.class))
                .isEqualTo(new PolicySearch.Enumerate(2));
        assertThat(mapper.readValue("{\"every\": 3, \"beliefThreshold\": 0.2}", Replanning.class))
                .isEqualTo(new Replanning(3, 0.2));
    }

    @Test
    void aBadValueInJsonNamesTheField() {
        assertThatThrownBy(() -> mapper.readValue("{\"kind\": \"mcts\", \"numSimulations\": 0, \"maxDepth\": 6,"
                + " \"maxConsideredActions\": 16, \"gumbelScale\": 1.0, \"outcomeDiscount\": true, \"valueScale\": 0.1,"
                + " \"maxVisitInit\": 50}", PolicySearch.class)).hasMessageContaining("numSimulations: expected at least 1");
    }

    @TestFactory
    List<DynamicTest> eachBadParameterIsRefusedWithItsName() {
        PolicySearch.Sophisticated d = PolicySearch.Sophisticated.DEFAULT;
        PolicySearch.Mcts m = PolicySearch.Mcts.DEFAULT;
        Map<String, Supplier<Object>> cases = new java.util.LinkedHashMap<>();
        cases.put("policyLen", () -> new PolicySearch.Enumerate(0));
        cases.put("horizon", () -> d.withHorizon(0));
        cases.put("maxNodes", () -> d.withBudget(1, 10));
        cases.put("maxBranching", () -> d.withBudget(100, 0));
        cases.put("policyPruneThreshold", () -> d.withPruning(1.0, 0.0));
        cases.put("observationPruneThreshold", () -> d.withPruning(0.0, -0.1));
        cases.put("topKObservations", () -> d.withTopKObservations(0));
        cases.put("entropyStopThreshold", () -> d.withStopRules(Double.NaN, 1e10));
        cases.put("negEfeStopThreshold", () -> d.withStopRules(0.5, Double.NaN));
        cases.put("klThreshold", () -> d.withKlThreshold(Double.POSITIVE_INFINITY));
        cases.put("prunePenalty", () -> new PolicySearch.Sophisticated(5, 5000, 10, 0.0, 0.0, 1, 0.5, 1e10, -1, -1.0,
                null, true, false));
        cases.put("gamma", () -> d.withGamma(-1.0));
        cases.put("numSimulations", () -> m.withBudget(0, 6));
        cases.put("maxDepth", () -> m.withBudget(10, 0));
        cases.put("maxConsideredActions", () -> new PolicySearch.Mcts(10, 6, 0, 1.0, true, 0.1, 50));
        cases.put("gumbelScale", () -> m.withGumbelScale(-1.0));
        cases.put("valueScale", () -> new PolicySearch.Mcts(10, 6, 16, 1.0, true, 0.0, 50));
        cases.put("maxVisitInit", () -> new PolicySearch.Mcts(10, 6, 16, 1.0, true, 0.1, -1));
        cases.put("every", () -> new Replanning(0, 1.0));
        cases.put("beliefThreshold", () -> new Replanning(1, 1.5));
        return cases.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () ->
                assertThatThrownBy(e.getValue()::get).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageStartingWith(e.getKey() + ": expected"))).toList();
    }

    @Test
    void kindsHaveConfigNames() {
        assertThat(PolicySearch.Kind.of("si")).isEqualTo(PolicySearch.Kind.SI);
        assertThat(PolicySearch.Kind.of("MCTS")).isEqualTo(PolicySearch.Kind.MCTS);
        assertThat(PolicySearch.Kind.ENUMERATE.id()).isEqualTo("enumerate");
        assertThatThrownBy(() -> PolicySearch.Kind.of("beam")).hasMessageContaining("policySearch: expected");
        assertThat(PolicySearch.of(PolicySearch.Kind.ENUMERATE, 3, null, null)).isEqualTo(new PolicySearch.Enumerate(3));
        assertThat(PolicySearch.of(PolicySearch.Kind.SI, 3, null, null)).isEqualTo(PolicySearch.Sophisticated.DEFAULT);
        assertThat(PolicySearch.of(PolicySearch.Kind.MCTS, 3, null, PolicySearch.Mcts.DEFAULT.withBudget(8, 2)))
                .isEqualTo(PolicySearch.Mcts.DEFAULT.withBudget(8, 2));
    }

    @Test
    void enumerationEqualsTheControlPackagesPolicyInference() {
        GenerativeModel model = PlanningModels.dualCue(-2.0, 6.0, -12.0);
        double[][] qs = prior(model);
        SearchResult r = new PolicySearch.Enumerate(2).search(SearchInput.of(model, qs).withGamma(4.0), null);
        Policies policies = Policies.enumerate(model.numControls(), 2);
        PolicyPosterior expected = PolicyInference.of(policies).infer(
                PlanningModel.compile(EfeModel.of(model), EfeOptions.DEFAULT), qs, PolicyPrior.uniform(4.0));
        assertThat(r.candidates()).isEqualTo(policies);
        assertThat(r.q()).containsExactly(expected.qPi(), within(1e-15));
        assertThat(r.scores()).containsExactly(expected.negEfe(), within(1e-15));
        assertThat(r.plan()).isDeepEqualTo(policies.policy(io.aifgym.agents.aif.maths.Maths.argmax(expected.qPi())));
        assertThat(r.posterior()).isEqualTo(expected);
        assertThat(r.stats().depthReached()).isEqualTo(2);
    }

    @Test
    void enumerationRefusesAPolicySpaceTooLargeToHold() {
        GenerativeModel model = PlanningModels.cueChaining();
        assertThatThrownBy(() -> new PolicySearch.Enumerate(12).search(SearchInput.of(model, prior(model)), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("policyLen").hasMessageContaining("5^12");
    }

    @Test
    void theInputIsChecked() {
        GenerativeModel model = PlanningModels.chain(3, 1.0);
        assertThatThrownBy(() -> SearchInput.of(model, new double[][] {{1, 0}}))
                .hasMessageStartingWith("qs[0]: expected 3 probabilities");
        assertThatThrownBy(() -> SearchInput.of(model, new double[2][]))
                .hasMessageStartingWith("qs: expected one distribution per factor (1)");
        assertThatThrownBy(() -> SearchInput.of(model, new double[][] {{1, 0, Double.NaN}}))
                .hasMessageStartingWith("qs[0][2]: expected a finite non-negative probability");
        SearchInput ok = SearchInput.of(model, prior(model));
        assertThatThrownBy(() -> ok.withGamma(-1.0)).hasMessageStartingWith("gamma: expected");
        assertThatThrownBy(() -> ok.withNumIter(0)).hasMessageStartingWith("numIter: expected");
        assertThatThrownBy(() -> ok.withActions(Policies.enumerate(new int[] {3}, 2)))
                .hasMessageStartingWith("actions: expected joint actions");
        assertThatThrownBy(() -> ok.withActions(Policies.enumerate(new int[] {4}, 1)))
                .hasMessageStartingWith("actions: expected at most 3 actions");
        assertThat(SearchInput.jointActions(PlanningModels.cueChaining()).count()).isEqualTo(5);
        double[][] qs = prior(model);
        SearchInput copied = SearchInput.of(model, qs);
        qs[0][0] = 0.5;
        assertThat(copied.qs()[0][0]).isEqualTo(1.0);
    }

    @Test
    void aRestrictedActionSetIsSearchedOver() {
        GenerativeModel model = PlanningModels.chain(4, 1.0);
        Policies stayOrLeft = Policies.of(new int[][][] {{{0}}, {{2}}}, new int[] {3});
        SearchInput input = SearchInput.of(model, prior(model)).withActions(stayOrLeft);
        for (PolicySearch s : List.of(new PolicySearch.Enumerate(2), PolicySearch.Sophisticated.DEFAULT,
                PolicySearch.Mcts.DEFAULT.withBudget(16, 3))) {
            SearchResult r = s.search(input, Key.of(1));
            assertThat(r.q()).hasSize(s instanceof PolicySearch.Enumerate ? 4 : 2);
            for (int[] step : r.plan()) {
                assertThat(step[0]).isIn(0, 2);
            }
        }
    }

    @Test
    void multiActionModelsSearchOverTheirEncodedJointActions() {
        // one factor of 4 states moved by two binary control factors (flat action = 2 * c0 + c1 goes to that state)
        double[] b = new double[4 * 4 * 2 * 2];
        double[] a = new double[16];
        for (int s = 0; s < 4; s++) {
            a[s * 4 + s] = 1.0;
            for (int c0 = 0; c0 < 2; c0++) {
                for (int c1 = 0; c1 < 2; c1++) {
                    b[((2 * c0 + c1) * 4 + s) * 4 + c0 * 2 + c1] = 1.0;
                }
            }
        }
        GenerativeModel model = GenerativeModel.builder(List.of(io.aifgym.gym.tensor.DoubleTensor.wrap(a, 4, 4)),
                        List.of(io.aifgym.gym.tensor.DoubleTensor.wrap(b, 4, 4, 2, 2)))
                .bActionDependencies(new int[][] {{0, 1}}, new int[] {2, 2})
                .C(List.of(io.aifgym.gym.tensor.DoubleTensor.vector(0, 0, 0, 5)))
                .build();
        Policies joint = SearchInput.jointActions(model);
        assertThat(joint.count()).isEqualTo(4);
        SearchInput input = SearchInput.of(model, new double[][] {{1, 0, 0, 0}});
        for (PolicySearch s : List.of(new PolicySearch.Enumerate(1), PolicySearch.Sophisticated.DEFAULT.withHorizon(2),
                PolicySearch.Mcts.DEFAULT.withBudget(32, 2))) {
            int[] flat = s.search(input, Key.of(4)).plan()[0];
            assertThat(model.decodeActions(flat)).as("%s", s).containsExactly(1, 1);
        }
    }

    @Test
    void diagnosticsAreNumbersWithStableNames() {
        GenerativeModel model = PlanningModels.chain(4, 1.0);
        Map<String, Double> d = PolicySearch.Sophisticated.DEFAULT.search(SearchInput.of(model, prior(model)), null)
                .diagnostics();
        assertThat(d).containsKeys("neg_efe_max", "q_pi_max", "q_pi_entropy", "plan_length", "search_nodes",
                "search_depth", "search_cut", "search_node_budget_hit", "search_branching_limited");
        assertThat(d.values()).allMatch(v -> Double.isFinite(v));
    }
}
