package io.aifgym.agents.aif.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aifgym.agents.aif.control.ActionSampler;
import io.aifgym.agents.aif.control.EfeOptions;
import io.aifgym.agents.aif.control.ExpectedFreeEnergy;
import io.aifgym.agents.aif.control.PreferenceForm;
import io.aifgym.agents.aif.inference.Inference;
import io.aifgym.agents.aif.inference.Observations;
import io.aifgym.agents.aif.maths.Maths;
import io.aifgym.agents.aif.model.GenerativeModel;
import io.aifgym.gym.random.Key;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Sophisticated inference (spec 10.1): pymdp's behaviour tests, tree reuse, merging and the budgets of issue 7. */
class SophisticatedSearchTest {

    private static final double CUE_COST = -2.0;
    private static final double REWARD = 6.0;
    private static final double PUNISHMENT = -12.0;

    /** pymdp's test search: horizon 2, 512 nodes, 32 children, no pruning, no entropy stop, gamma 4, top-2 outcomes. */
    private static final PolicySearch.Sophisticated PYMDP_TEST = PolicySearch.Sophisticated.DEFAULT.withHorizon(2)
            .withBudget(512, 32).withPruning(0.0, 0.0).withStopRules(-1.0, 1e10).withGamma(4.0)
            .withTopKObservations(2);

    private static double[][] prior(GenerativeModel model) {
        double[][] qs = new double[model.numFactors()][];
        for (int f = 0; f < qs.length; f++) {
            qs[f] = model.dData(f).clone();
        }
        return qs;
    }

    private static double[] firstFactorMarginal(SearchResult result) {
        return ActionSampler.marginals(result.q(), result.candidates())[0];
    }

    private static double sum(double[] x) {
        return Arrays.stream(x).sum();
    }

    // ------------------------------------------------------------------ pymdp's behaviour tests

    @Test
    void prefersTheCostlyInformativeCueWhereEnumeratingTwoStepsPrefersStaying() {
        GenerativeModel model = PlanningModels.singleCue(CUE_COST, REWARD, PUNISHMENT);
        double[][] qs = prior(model);
        SearchResult si = PYMDP_TEST.search(SearchInput.of(model, qs), null);
        double[] marginal = firstFactorMarginal(si);
        assertThat(Maths.argmax(marginal)).isEqualTo(3);
        assertThat(marginal[3]).isGreaterThan(marginal[1]).isGreaterThan(0.0);
        assertThat(marginal[3]).isGreaterThan(marginal[2]);

        double[][] next = ExpectedFreeEnergy.expectedStates(qs, model.B(), model.bDependencies(), new int[] {3, 0});
        double[][] qo = ExpectedFreeEnergy.expectedObs(next, model.A(), model.aDependencies());
        assertThat(ExpectedFreeEnergy.utility(qo, model.C(), 0, PreferenceForm.RAW)).isNegative();

        SearchResult vanilla = new PolicySearch.Enumerate(2).search(SearchInput.of(model, qs).withGamma(4.0), null);
        double[] plain = firstFactorMarginal(vanilla);
        assertThat(plain[3]).isLessThan(plain[0]);
        assertThat(Maths.argmax(plain)).isNotEqualTo(3);
    }

    @Test
    void prefersTheRelevantCueOverTheDistractorWherePlainExpectedFreeEnergyIsIndifferent() {
        GenerativeModel model = PlanningModels.dualCue(CUE_COST, REWARD, PUNISHMENT);
        double[][] qs = prior(model);
        SearchResult si = PYMDP_TEST.search(SearchInput.of(model, qs), null);
        double[] marginal = firstFactorMarginal(si);
        assertThat(marginal[1]).isGreaterThan(marginal[2]);
        assertThat(Maths.argmax(marginal)).isEqualTo(1);

        SearchResult vanilla = new PolicySearch.Enumerate(2).search(SearchInput.of(model, qs).withGamma(4.0), null);
        double[] plain = firstFactorMarginal(vanilla);
        assertThat(plain[1]).isCloseTo(plain[2], within(1e-6));
    }

    // ------------------------------------------------------------------ tree semantics

    @Test
    void mergingEqualBeliefsChangesNoValueButSavesNodes() {
        for (GenerativeModel model : new GenerativeModel[] {PlanningModels.singleCue(CUE_COST, REWARD, PUNISHMENT),
                PlanningModels.dualCue(CUE_COST, REWARD, PUNISHMENT), PlanningModels.chain(5, 1.0)}) {
            SearchInput input = SearchInput.of(model, prior(model));
            PolicySearch.Sophisticated search = PolicySearch.Sophisticated.DEFAULT.withHorizon(4)
                    .withStopRules(-1.0, 1e10).withBudget(100_000, 10);
            SearchResult merged = search.search(input, null);
            SearchResult separate = search.withTreeOptions(false, false).search(input, null);
            assertThat(merged.q()).containsExactly(separate.q(), within(1e-9));
            assertThat(merged.scores()).containsExactly(separate.scores(), within(1e-9));
            assertThat(merged.stats().observationsMerged()).isPositive();
            assertThat(merged.stats().nodesCreated()).isLessThan(separate.stats().nodesCreated());
            assertThat(separate.stats().observationsMerged()).isZero();
        }
    }

    @Test
    void continuingATreeEqualsAFreshDeeperSearch() {
        GenerativeModel model = PlanningModels.dualCue(CUE_COST, REWARD, PUNISHMENT);
        SearchInput input = SearchInput.of(model, prior(model));
        PolicySearch.Sophisticated deep = PolicySearch.Sophisticated.DEFAULT.withHorizon(3).withStopRules(-1.0, 1e10)
                .withTreeOptions(true, true);
        SearchResult shallow = deep.withHorizon(2).search(input, null);
        SearchResult continued = deep.search(input.withPrevious(shallow.tree()), null);
        SearchResult fresh = deep.search(input, null);
        assertThat(continued.stats().treeReused()).isTrue();
        assertThat(continued.stats().reusedNodes()).isEqualTo(shallow.stats().nodesInTree());
        assertThat(continued.stats().nodesCreated()).isLessThan(fresh.stats().nodesCreated());
        assertThat(continued.q()).containsExactly(fresh.q(), within(1e-12));
        assertThat(continued.stats().depthReached()).isEqualTo(3);
        assertThat(shallow.tree().depth()).isEqualTo(2);
    }

    @Test
    void reRootingAtTheOutcomeSeenEqualsAFreshSearchFromIt() {
        GenerativeModel model = PlanningModels.singleCue(CUE_COST, REWARD, PUNISHMENT);
        double[][] qs = prior(model);
        PolicySearch.Sophisticated search = PYMDP_TEST.withHorizon(3).withTreeOptions(true, true);
        SearchResult first = search.search(SearchInput.of(model, qs), null);
        int[] cue = {3, 0};
        double[][] prior = Inference.empiricalPrior(model, qs, cue);
        double[][] after = Inference.oneStep(model, Observations.oneHot(new int[] {4, 0}, model.numObs()), prior, 16);
        SearchResult reused = search.search(SearchInput.of(model, after).withPrevious(first.tree()), null);
        SearchResult fresh = search.search(SearchInput.of(model, after), null);
        assertThat(reused.stats().treeReused()).isTrue();
        assertThat(reused.stats().reusedNodes()).isPositive();
        assertThat(reused.q()).containsExactly(fresh.q(), within(1e-12));
        assertThat(reused.scores()).containsExactly(fresh.scores(), within(1e-9));
        assertThat(reused.stats().nodesCreated()).isLessThan(fresh.stats().nodesCreated());
        // After the cue said "right", the agent goes right (location 2).
        assertThat(Maths.argmax(reused.q())).isEqualTo(2);
    }

    @Test
    void aTreeIsNotReusedUnderAnotherModelOrForUnrelatedBeliefs() {
        GenerativeModel model = PlanningModels.chain(4, 1.0);
        PolicySearch.Sophisticated search = PolicySearch.Sophisticated.DEFAULT.withHorizon(2).withTreeOptions(true, true);
        SearchResult first = search.search(SearchInput.of(model, prior(model)), null);
        GenerativeModel other = PlanningModels.chain(4, 1.0);
        assertThat(search.search(SearchInput.of(other, prior(other)).withPrevious(first.tree()), null).stats()
                .treeReused()).isFalse();
        double[][] far = {{0.0, 0.0, 0.5, 0.5}};
        assertThat(search.search(SearchInput.of(model, far).withPrevious(first.tree()), null).stats().treeReused())
                .isFalse();
        assertThat(search.withTreeOptions(true, false).search(SearchInput.of(model, prior(model))
                .withPrevious(first.tree()), null).stats().treeReused()).isFalse();
    }

    @Test
    void pymdpsKlDedupeDropsOutcomesThatRevisitEarlierBeliefs() {
        GenerativeModel model = PlanningModels.chain(4, 1.0);
        SearchInput input = SearchInput.of(model, prior(model));
        SearchResult dedupe = PolicySearch.Sophisticated.DEFAULT.withHorizon(3).withKlThreshold(0.0)
                .withStopRules(-1.0, 1e10).search(input, null);
        assertThat(dedupe.stats().observationsSkipped()).isPositive();
        assertThat(sum(dedupe.q())).isCloseTo(1.0, within(1e-12));
        assertThat(Maths.argmax(dedupe.q())).isEqualTo(1);
    }

    @Test
    void thePlanFollowsTheMostProbableBranch() {
        GenerativeModel model = PlanningModels.chain(4, 1.0);
        SearchResult r = PolicySearch.Sophisticated.DEFAULT.withHorizon(3).withStopRules(-1.0, 1e10)
                .search(SearchInput.of(model, prior(model)), null);
        assertThat(r.plan()).isDeepEqualTo(new int[][] {{1}, {1}, {1}});
        double[][][] beliefs = r.planBeliefs();
        assertThat(beliefs).hasNumberOfRows(3);
        assertThat(Maths.argmax(beliefs[0][0])).isEqualTo(1);
        assertThat(Maths.argmax(beliefs[2][0])).isEqualTo(3);
        assertThat(r.stats().depthReached()).isEqualTo(3);
        assertThat(r.stats().cut()).isFalse();
    }

    @Test
    void theStopRulesEndTheDeepening() {
        GenerativeModel model = PlanningModels.chain(6, 1.0);
        SearchInput input = SearchInput.of(model, prior(model));
        PolicySearch.Sophisticated deep = PolicySearch.Sophisticated.DEFAULT.withHorizon(4);
        assertThat(deep.withStopRules(-1.0, 1e10).search(input, null).stats().depthReached()).isEqualTo(4);
        // Any entropy is at most 10 nats: stop after the first level.
        assertThat(deep.withStopRules(10.0, 1e10).search(input, null).stats().depthReached()).isEqualTo(1);
        // The root's neg_efe is above -100 after the first level: stop there.
        assertThat(deep.withStopRules(-1.0, -100.0).search(input, null).stats().depthReached()).isEqualTo(1);
    }

    @Test
    void equalInputsGiveEqualResults() {
        GenerativeModel model = PlanningModels.cueChaining();
        SearchInput input = SearchInput.of(model, prior(model));
        SearchResult a = PolicySearch.Sophisticated.DEFAULT.search(input, Key.of(1));
        SearchResult b = PolicySearch.Sophisticated.DEFAULT.search(input, Key.of(2));
        assertThat(a).isEqualTo(b);
        assertThat(sum(a.q())).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void followsTheAgentsTermSwitches() {
        GenerativeModel model = PlanningModels.chain(4, 1.0);
        SearchInput input = SearchInput.of(model, prior(model)).withOptions(EfeOptions.DEFAULT.withTerms(false, true,
                false, false));
        SearchResult r = PolicySearch.Sophisticated.DEFAULT.withHorizon(3).search(input, null);
        // Without utility nothing distinguishes the moves of a fully observed chain.
        double[] q = r.q();
        assertThat(q[0]).isCloseTo(q[1], within(1e-12));
        assertThat(q[1]).isCloseTo(q[2], within(1e-12));
    }

    @Test
    void oneLevelOfTheTreeEqualsOneStepEnumerationForEveryTermAndForm() {
        GenerativeModel model = PlanningModels.everyTerm(3);
        java.util.List<io.aifgym.gym.tensor.DoubleTensor> goals = java.util.List.of(model.H(0).orElseThrow(),
                model.H(1).orElseThrow());
        java.util.List<io.aifgym.gym.tensor.DoubleTensor> inductive =
                io.aifgym.agents.aif.control.Inductive.matrices(goals, model.B(), 0.1, 3);
        double[][] qs = {{0.1, 0.6, 0.2, 0.1}, {0.3, 0.7}};
        PolicySearch.Sophisticated oneLevel = PolicySearch.Sophisticated.DEFAULT.withHorizon(1).withPruning(0.0, 0.0);
        for (EfeOptions options : java.util.List.of(EfeOptions.DEFAULT,
                EfeOptions.DEFAULT.withTerms(true, true, true, false),
                EfeOptions.DEFAULT.withTerms(true, true, true, true),
                EfeOptions.LEGACY.withTerms(true, true, true, false),
                EfeOptions.DEFAULT.withStateInfoGain(io.aifgym.agents.aif.control.StateInfoGainForm.SPM_JOINT))) {
            SearchInput input = SearchInput.of(model, qs).withOptions(options).withGamma(2.0).withInductive(inductive);
            SearchResult tree = oneLevel.search(input, null);
            SearchResult enumerated = new PolicySearch.Enumerate(1).search(input, null);
            assertThat(tree.scores()).as("%s", options).containsExactly(enumerated.scores(), within(1e-12));
            assertThat(tree.q()).as("%s", options).containsExactly(enumerated.q(), within(1e-12));
        }
    }

    // ------------------------------------------------------------------ budgets

    @Test
    void aNodeBudgetHitStillGivesADistributionAndSaysSo() {
        GenerativeModel model = PlanningModels.cueChaining();
        SearchInput input = SearchInput.of(model, prior(model));
        PolicySearch.Sophisticated small = PolicySearch.Sophisticated.DEFAULT.withBudget(60, 10)
                .withTreeOptions(false, false);
        SearchResult r = small.search(input, null);
        assertThat(r.stats().nodeBudgetHit()).isTrue();
        assertThat(r.stats().cut()).isTrue();
        assertThat(r.stats().nodesInTree()).isLessThanOrEqualTo(60);
        assertThat(r.stats().depthReached()).isLessThan(5);
        assertThat(r.tree().nodeCount()).isLessThanOrEqualTo(60);
        assertThat(sum(r.q())).isCloseTo(1.0, within(1e-12));
        assertThat(Arrays.stream(r.q()).allMatch(p -> p >= 0.0 && p <= 1.0)).isTrue();
        assertThat(r.diagnostics()).containsEntry("search_node_budget_hit", 1.0).containsEntry("search_cut", 1.0);
    }

    @Test
    void aBudgetTooSmallForOneLevelFallsBackToTheOneStepPosterior() {
        GenerativeModel model = PlanningModels.cueChaining();
        SearchInput input = SearchInput.of(model, prior(model));
        SearchResult r = PolicySearch.Sophisticated.DEFAULT.withBudget(3, 10).search(input, null);
        SearchResult oneStep = new PolicySearch.Enumerate(1).search(input, null);
        assertThat(r.stats().nodeBudgetHit()).isTrue();
        assertThat(r.stats().depthReached()).isZero();
        assertThat(r.q()).containsExactly(oneStep.q(), within(1e-12));
        assertThat(r.plan()).hasNumberOfRows(1);
    }

    @Test
    void moreJointActionsThanMaxBranchingKeepsTheBest() {
        GenerativeModel model = PlanningModels.goToPreferred(12, 7);
        SearchInput input = SearchInput.of(model, prior(model));
        SearchResult r = PolicySearch.Sophisticated.DEFAULT.withBudget(5000, 4).withHorizon(2).search(input, null);
        assertThat(r.stats().branchingLimited()).isTrue();
        assertThat(r.stats().policiesDropped()).isPositive();
        assertThat(r.q()).hasSize(12);
        assertThat(sum(r.q())).isCloseTo(1.0, within(1e-12));
        assertThat(Arrays.stream(r.q()).filter(p -> p > 0.0).count()).isLessThanOrEqualTo(4);
        assertThat(Maths.argmax(r.q())).isEqualTo(7);
    }

    @Test
    void theJointOutcomesOfManyModalitiesStayBounded() {
        GenerativeModel model = PlanningModels.manyModalities(3, 16, 3);
        SearchInput input = SearchInput.of(model, prior(model));
        PolicySearch.Sophisticated search = PolicySearch.Sophisticated.DEFAULT.withHorizon(2).withBudget(5000, 8)
                .withPruning(0.0, 0.0).withStopRules(-1.0, 1e10).withTreeOptions(false, false);
        SearchResult r = search.search(input, null);
        // 3^16 = 43,046,721 joint outcomes per policy; at most 8 are formed.
        assertThat(r.stats().observationBranchesTruncated()).isPositive();
        assertThat(r.stats().branchingLimited()).isTrue();
        int levelOne = 3 * (1 + 8);
        assertThat(r.stats().nodesCreated()).isLessThanOrEqualTo(1 + levelOne + levelOne * 3 * (1 + 8));
        assertThat(sum(r.q())).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void refusesATreeThatCouldNotFitInMemory() {
        GenerativeModel model = PlanningModels.cueChaining();
        SearchInput input = SearchInput.of(model, prior(model));
        PolicySearch.Sophisticated huge = PolicySearch.Sophisticated.DEFAULT.withBudget(50_000_000, 10);
        assertThatThrownBy(() -> huge.search(input, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("si.maxNodes: expected a search tree of at most 1.0 GiB, found maxNodes "
                        + "50,000,000 x (").hasMessageContaining("GiB");
        assertThatThrownBy(() -> PolicySearch.Sophisticated.DEFAULT.withBudget(1 << 20, 1 << 12))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxNodes x maxBranching");
    }
}
