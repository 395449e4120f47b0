package io.aifgym.bench.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aifgym.agents.aif.model.GenerativeModel;
import io.aifgym.bench.study.Scenario.Parameter;
import io.aifgym.envs.pomdp.grid.GridWorld;
import io.aifgym.gym.model.GenerativeProcess;
import io.aifgym.gym.tensor.DoubleTensor;
import org.junit.jupiter.api.Test;

class ScenarioTest {

    private static final GenerativeProcess GRID = new GridWorld(LearningGridworldStudy.GRID).generativeProcess();
    private static final int N = 49;

    @Test
    void theGridIsTheNotebooks() {
        assertThat(GRID.B().get(0).shape()).containsExactly(N, N, 4);
        assertThat(GRID.D().get(0).get(3 * 7 + 3)).isEqualTo(1.0);
    }

    @Test
    void scenarioOneLearnsBFromAFlatPriorWithTheTrueAAndAFlatD() {
        GenerativeModel m = Scenario.LEARN_B.model(GRID);
        assertThat(m.pA(0)).isEmpty();
        DoubleTensor pB = m.pB(0).orElseThrow();
        assertThat(pB.data()).containsOnly(1.0 / N);
        assertFlat(m.B(0));
        assertThat(m.A(0)).isEqualTo(GRID.A().get(0));
        assertThat(m.D(0).data()).containsOnly(1.0 / N);
        assertThat(m.C(0).data()).containsOnly(0.0);
        assertThat(Scenario.LEARN_B.tracked()).containsExactly(Parameter.B);
    }

    @Test
    void scenariosTwoAndThreeLearnAWithTheTrueBAndTrueOrFlatD() {
        for (Scenario s : new Scenario[] {Scenario.LEARN_A_TRUE_D, Scenario.LEARN_A_FLAT_D}) {
            GenerativeModel m = s.model(GRID);
            assertThat(m.pA(0).orElseThrow().data()).containsOnly(1.0 / N);
            assertThat(m.pB(0)).isEmpty();
            assertThat(m.B(0)).isEqualTo(GRID.B().get(0));
            assertThat(s.tracked()).containsExactly(Parameter.A);
        }
        assertThat(Scenario.LEARN_A_TRUE_D.model(GRID).D(0)).isEqualTo(GRID.D().get(0));
        assertThat(Scenario.LEARN_A_FLAT_D.model(GRID).D(0).data()).containsOnly(1.0 / N);
    }

    @Test
    void scenarioFourHasAFlatUnlearnedPB() {
        GenerativeModel m = Scenario.LEARN_A_FLAT_B.model(GRID);
        assertThat(m.pB(0).orElseThrow().data()).containsOnly(1.0 / N);
        assertFlat(m.B(0));
        assertThat(Scenario.LEARN_A_FLAT_B.learnB()).isFalse();
        assertThat(Scenario.LEARN_A_FLAT_B.tracked()).containsExactly(Parameter.A, Parameter.B);
        assertThat(m.D(0)).isEqualTo(GRID.D().get(0));
    }

    @Test
    void localityPriorPutsOnePlusAFloorOnEveryReachableStateForEveryAction() {
        DoubleTensor pB = Scenario.LEARN_A_LOCAL_B_TRUE_D.model(GRID).pB(0).orElseThrow();
        int centre = 3 * 7 + 3;
        int corner = 0;
        for (int u = 0; u < 4; u++) {
            // from the centre: the four neighbours, never the centre itself
            assertThat(pB.get(centre - 7, centre, u)).isCloseTo(1 + 1.0 / N, within(1e-15));
            assertThat(pB.get(centre + 1, centre, u)).isCloseTo(1 + 1.0 / N, within(1e-15));
            assertThat(pB.get(centre, centre, u)).isCloseTo(1.0 / N, within(1e-15));
            // from a corner: staying (two blocked moves) is clipped at 1
            assertThat(pB.get(corner, corner, u)).isCloseTo(1 + 1.0 / N, within(1e-15));
            assertThat(pB.get(centre, corner, u)).isCloseTo(1.0 / N, within(1e-15));
        }
        assertThat(Scenario.LEARN_A_LOCAL_B_TRUE_D.model(GRID).D(0)).isEqualTo(GRID.D().get(0));
        assertThat(Scenario.LEARN_A_LOCAL_B_FLAT_D.model(GRID).D(0).data()).containsOnly(1.0 / N);
    }

    private static void assertFlat(DoubleTensor t) {
        for (double v : t.unsafeData()) {
            assertThat(v).isCloseTo(1.0 / N, within(1e-15));
        }
    }

    @Test
    void numbersAreOneToSix() {
        for (int n = 1; n <= 6; n++) {
            assertThat(Scenario.of(n).number()).isEqualTo(n);
        }
        assertThatThrownBy(() -> Scenario.of(7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scenario: expected a number from 1 to 6, found 7");
    }
}
