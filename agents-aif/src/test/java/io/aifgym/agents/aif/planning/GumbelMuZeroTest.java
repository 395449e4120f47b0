package io.aifgym.agents.aif.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aifgym.agents.aif.maths.Maths;
import io.aifgym.agents.aif.model.GenerativeModel;
import io.aifgym.gym.random.Key;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Gumbel MuZero search (spec 10.2). */
class GumbelMuZeroTest {

    private static final PolicySearch.Mcts SMALL = PolicySearch.Mcts.DEFAULT.withBudget(128, 4);

    private static double[][] prior(GenerativeModel model) {
        double[][] qs = new double[model.numFactors()][];
        for (int f = 0; f < qs.length; f++) {
            qs[f] = model.dData(f).clone();
        }
        return qs;
    }

    @Test
    void theSameKeyGivesTheSameSearch() {
        GenerativeModel model = PlanningModels.singleCue(-2.0, 6.0, -12.0);
        SearchInput input = SearchInput.of(model, prior(model));
        SearchResult a = SMALL.search(input, Key.of(5));
        SearchResult b = SMALL.search(input, Key.of(5));
        assertThat(a).isEqualTo(b);
    }

    @Test
    void otherKeysSampleOtherOutcomes() {
        GenerativeModel model = PlanningModels.singleCue(-2.0, 6.0, -12.0);
        SearchInput input = SearchInput.of(model, prior(model));
        Set<List<Double>> distinct = new HashSet<>();
        for (int k = 0; k < 6; k++) {
            distinct.add(Arrays.stream(SMALL.search(input, Key.of(k)).q()).boxed().toList());
        }
        assertThat(distinct.size()).isGreaterThan(1);
    }

    @Test
    void theImprovedPolicyIsADistribution() {
        for (GenerativeModel model : List.of(PlanningModels.singleCue(-2.0, 6.0, -12.0),
                PlanningModels.dualCue(-2.0, 6.0, -12.0), PlanningModels.cueChaining())) {
            SearchResult r = SMALL.search(SearchInput.of(model, prior(model)), Key.of(3));
            double[] q = r.q();
            assertThat(Arrays.stream(q).sum()).isCloseTo(1.0, within(1e-12));
            assertThat(Arrays.stream(q).allMatch(p -> p >= 0.0 && Double.isFinite(p))).isTrue();
            assertThat(q).hasSize(r.candidates().count());
            assertThat(r.stats().simulations()).isEqualTo(128);
            assertThat(r.stats().nodesInTree()).isLessThanOrEqualTo(129);
        }
    }

    @Test
    void findsTheObviouslyBestFirstAction() {
        GenerativeModel model = PlanningModels.chain(4, 1.0);
        for (int k = 0; k < 4; k++) {
            SearchResult r = PolicySearch.Mcts.DEFAULT.withBudget(64, 4).search(SearchInput.of(model, prior(model)),
                    Key.of(k));
            assertThat(Maths.argmax(r.q())).isEqualTo(1);
            assertThat(r.plan()[0]).containsExactly(1);
            assertThat(r.stats().depthReached()).isBetween(1, 4);
        }
        GenerativeModel goTo = PlanningModels.goToPreferred(6, 4);
        SearchResult r = PolicySearch.Mcts.DEFAULT.withBudget(64, 2).search(SearchInput.of(goTo, prior(goTo)),
                Key.of(9));
        assertThat(Maths.argmax(r.q())).isEqualTo(4);
    }

    @Test
    void withoutGumbelNoiseADeterministicModelGivesTheSameSearchForEveryKey() {
        GenerativeModel model = PlanningModels.chain(5, 1.0);
        PolicySearch.Mcts noNoise = SMALL.withGumbelScale(0.0);
        SearchInput input = SearchInput.of(model, prior(model));
        // A fully observed deterministic chain samples no outcome either: every key gives the same search.
        assertThat(noNoise.search(input, Key.of(1))).isEqualTo(noNoise.search(input, Key.of(2)));
    }

    @Test
    void sequentialHalvingVisitsFollowMctx() {
        // mctx's get_sequence_of_considered_visits(m, n) for these (m, n).
        assertThat(GumbelMuZero.consideredVisits(4, 16))
                .containsExactly(0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
        assertThat(GumbelMuZero.consideredVisits(5, 20))
                .containsExactly(0, 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8);
        assertThat(GumbelMuZero.consideredVisits(1, 5)).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void refusesATreeThatCouldNotFitAndASearchWithoutKey() {
        GenerativeModel model = PlanningModels.cueChaining();
        SearchInput input = SearchInput.of(model, prior(model));
        assertThatThrownBy(() -> PolicySearch.Mcts.DEFAULT.withBudget(200_000_000, 6).search(input, Key.of(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("mcts.numSimulations: expected a search tree of at most 1.0 GiB, found "
                        + "(numSimulations 200,000,000 + 1) nodes x (").hasMessageContaining("GiB");
        assertThatThrownBy(() -> SMALL.search(input, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key");
    }

    @Test
    void aPolicyPriorOfTheWrongLengthIsRefused() {
        GenerativeModel model = PlanningModels.chain(4, 1.0).toBuilder()
                .E(io.aifgym.gym.tensor.DoubleTensor.vector(1, 1, 1, 1, 1, 1, 1, 1, 1)).build();
        assertThatThrownBy(() -> SMALL.search(SearchInput.of(model, prior(model)), Key.of(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("E: expected one prior entry per "
                        + "joint action (3)");
    }
}
