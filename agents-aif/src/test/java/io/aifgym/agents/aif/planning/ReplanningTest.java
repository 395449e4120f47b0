package io.aifgym.agents.aif.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aifgym.agents.aif.model.GenerativeModel;
import org.junit.jupiter.api.Test;

/** Planning every k steps or when the beliefs leave the plan, and acting on the stored plan in between. */
class ReplanningTest {

    private final GenerativeModel model = PlanningModels.chain(5, 1.0);

    private SearchResult search(int cell) {
        double[][] qs = {new double[5]};
        qs[0][cell] = 1.0;
        return PolicySearch.Sophisticated.DEFAULT.withHorizon(4).withStopRules(-1.0, 1e10)
                .search(SearchInput.of(model, qs), null);
    }

    private static double[][] at(int cell) {
        double[][] qs = {new double[5]};
        qs[0][cell] = 1.0;
        return qs;
    }

    @Test
    void everyStepAlwaysSearches() {
        SearchResult r = search(0);
        StoredPlan plan = StoredPlan.of(r, r.plan()[0]);
        assertThat(plan.hasNext()).isTrue();
        assertThat(Replanning.EVERY_STEP.shouldReplan(plan, at(1))).isTrue();
        assertThat(Replanning.EVERY_STEP.shouldReplan(null, at(1))).isTrue();
    }

    @Test
    void everyKStepsActsOnThePlanInBetween() {
        Replanning every3 = Replanning.every(3);
        SearchResult r = search(0);
        assertThat(r.plan()).isDeepEqualTo(new int[][] {{1}, {1}, {1}, {1}});
        StoredPlan plan = StoredPlan.of(r, new int[] {1});
        assertThat(every3.shouldReplan(plan, at(1))).isFalse();
        assertThat(plan.nextAction()).containsExactly(1);
        plan = plan.advance();
        assertThat(plan.stepsTaken()).isEqualTo(2);
        assertThat(every3.shouldReplan(plan, at(2))).isFalse();
        plan = plan.advance();
        assertThat(every3.shouldReplan(plan, at(3))).isTrue();
        assertThat(plan.remaining()).isEqualTo(1);
    }

    @Test
    void aPlanThatRunsOutIsReplanned() {
        SearchResult r = search(3);
        StoredPlan plan = StoredPlan.of(r, r.plan()[0]);
        while (plan.hasNext()) {
            plan = plan.advance();
        }
        assertThat(Replanning.every(100).shouldReplan(plan, at(4))).isTrue();
        StoredPlan finished = plan;
        assertThatThrownBy(finished::nextAction).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(finished::advance).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void beliefsThatLeaveThePlanTriggerASearch() {
        Replanning rule = new Replanning(10, 0.25);
        StoredPlan plan = StoredPlan.of(search(0), new int[] {1});
        assertThat(plan.divergence(at(1))).isLessThan(1e-9);
        assertThat(rule.shouldReplan(plan, at(1))).isFalse();
        double[][] unsure = {{0.0, 0.7, 0.3, 0.0, 0.0}};
        assertThat(plan.divergence(unsure)).isCloseTo(0.3, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(rule.shouldReplan(plan, unsure)).isTrue();
        assertThat(rule.shouldReplan(plan, at(0))).isTrue();
        assertThat(Replanning.every(10).shouldReplan(plan, at(0))).isFalse();
        assertThatThrownBy(() -> plan.divergence(new double[][] {{1.0}})).hasMessageStartingWith("qs[0]: expected 5");
    }

    @Test
    void anActionOffThePlanLeavesNothingToFollow() {
        SearchResult r = search(0);
        StoredPlan plan = StoredPlan.of(r, new int[] {0});
        assertThat(plan.hasNext()).isFalse();
        assertThat(Replanning.every(5).shouldReplan(plan, at(0))).isTrue();
    }
}
