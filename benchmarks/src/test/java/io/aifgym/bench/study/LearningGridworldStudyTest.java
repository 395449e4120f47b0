package io.aifgym.bench.study;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.agents.aif.maths.Dirichlet;
import io.aifgym.bench.experiment.Progress;
import io.aifgym.bench.study.Scenario.Parameter;
import io.aifgym.envs.pomdp.grid.GridWorld;
import io.aifgym.gym.model.GenerativeProcess;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The study at reduced size (fewer agents and blocks than the notebook, every alpha): the
 * notebook's findings for scenarios 1 to 3 hold, and the curves do not depend on the threads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LearningGridworldStudyTest {

    private static final GenerativeProcess GRID = new GridWorld(LearningGridworldStudy.GRID).generativeProcess();

    private StudyResult learnB;
    private StudyResult learnA;

    private static StudySettings settings(List<Integer> scenarios, int blocks, int agents, int threads) {
        return new StudySettings(scenarios, blocks, agents, StudySettings.NOTEBOOK_STEPS, 0, threads,
                StudySettings.NOTEBOOK_ALPHAS);
    }

    @BeforeAll
    void run() {
        learnB = LearningGridworldStudy.run(settings(List.of(1), 6, 4, 2), Progress.none());
        learnA = LearningGridworldStudy.run(settings(List.of(2, 3), 6, 4, 2), Progress.none());
    }

    @Test
    void scenarioOneGroupMeanKlOfBFallsAfterEveryBlockForEveryAlpha() {
        ScenarioResult s = learnB.scenarios().get(0);
        assertThat(s.groups()).hasSize(5);
        for (GroupResult g : s.groups()) {
            double[] mean = g.kl(Parameter.B).means();
            for (int b = 1; b < mean.length; b++) {
                assertThat(mean[b]).as("alpha %s, block %d", g.alpha(), b + 1).isLessThan(mean[b - 1]);
            }
            assertThat(mean[mean.length - 1]).as("alpha %s", g.alpha()).isLessThan(0.5 * mean[0]);
        }
    }

    @Test
    void scenarioOneLearnedBOfItsMostVisitedTransitionPutsMostMassOnTheTrueNextState() {
        DoubleTensor trueB = GRID.B().get(0);
        int n = trueB.dim(0);
        int nu = trueB.dim(2);
        for (GroupResult g : learnB.scenarios().get(0).groups()) {
            for (DoubleTensor pB : g.learnedPB()) {
                // the most-counted column (state, action): the prior has mass 1 per column
                int bestS = 0;
                int bestU = 0;
                double bestCount = -1;
                for (int s = 0; s < n; s++) {
                    for (int u = 0; u < nu; u++) {
                        double count = -1;
                        for (int next = 0; next < n; next++) {
                            count += pB.get(next, s, u);
                        }
                        if (count > bestCount) {
                            bestCount = count;
                            bestS = s;
                            bestU = u;
                        }
                    }
                }
                DoubleTensor learned = Dirichlet.expectedValue(pB);
                int trueNext = argmaxColumn(trueB, bestS, bestU);
                assertThat(bestCount).as("alpha %s: visits of the most visited transition", g.alpha())
                        .isGreaterThanOrEqualTo(4);
                assertThat(argmaxColumn(learned, bestS, bestU)).isEqualTo(trueNext);
                assertThat(learned.get(trueNext, bestS, bestU)).as("alpha %s, state %d, action %d", g.alpha(),
                        bestS, bestU).isGreaterThan(0.75);
            }
        }
    }

    private static int argmaxColumn(DoubleTensor b, int s, int u) {
        int best = 0;
        for (int next = 1; next < b.dim(0); next++) {
            if (b.get(next, s, u) > b.get(best, s, u)) {
                best = next;
            }
        }
        return best;
    }

    @Test
    void scenariosTwoAndThreeGroupMeanKlOfAFallsAndEndsLowerWithTheTrueD() {
        ScenarioResult trueD = learnA.scenarios().get(0);
        ScenarioResult flatD = learnA.scenarios().get(1);
        assertThat(trueD.scenario()).isEqualTo(Scenario.LEARN_A_TRUE_D);
        assertThat(flatD.scenario()).isEqualTo(Scenario.LEARN_A_FLAT_D);
        for (ScenarioResult s : List.of(trueD, flatD)) {
            for (GroupResult g : s.groups()) {
                double[] mean = g.kl(Parameter.A).means();
                assertThat(mean[mean.length - 1]).as("scenario %d, alpha %s", s.scenario().number(), g.alpha())
                        .isLessThan(mean[0]);
            }
        }
        for (int i = 0; i < trueD.groups().size(); i++) {
            KlCurves withTrueD = trueD.groups().get(i).kl(Parameter.A);
            KlCurves withFlatD = flatD.groups().get(i).kl(Parameter.A);
            assertThat(withTrueD.mean(withTrueD.blocks() - 1)).as("alpha %s", trueD.groups().get(i).alpha())
                    .isLessThan(withFlatD.mean(withFlatD.blocks() - 1));
        }
    }

    @Test
    void progressCountsEveryAgentStep() {
        List<long[]> updates = new ArrayList<>();
        StudySettings st = new StudySettings(List.of(3), 2, 2, 5, 7, 2, List.of(0.0, 0.5));
        LearningGridworldStudy.run(st, (done, total) -> updates.add(new long[] {done, total}));
        assertThat(updates).hasSize(4);
        assertThat(updates.get(3)).containsExactly(st.totalAgentSteps(), st.totalAgentSteps());
        assertThat(st.totalAgentSteps()).isEqualTo(2L * 2 * 2 * 6);
    }

    @Test
    void theSameSeedGivesTheSameBytesOnOneTwoOrFourThreadsAndOnEveryRepeat() {
        // scenario 1 alone spreads each group's agents over the threads; two scenarios run their
        // groups side by side; both must equal the single-threaded run, and repeat it
        for (List<Integer> scenarios : List.of(List.of(1), List.of(1, 4))) {
            StudyResult one = LearningGridworldStudy.run(settings(scenarios, 3, 3, 1), Progress.none());
            for (int threads : new int[] {1, 2, 4}) {
                StudyResult again = LearningGridworldStudy.run(settings(scenarios, 3, 3, threads), Progress.none());
                assertThat(StudyFiles.agentsCsv(again)).as("%d thread(s)", threads)
                        .isEqualTo(StudyFiles.agentsCsv(one));
                assertThat(StudyFiles.groupsCsv(again)).as("%d thread(s)", threads)
                        .isEqualTo(StudyFiles.groupsCsv(one));
            }
        }
        StudyResult other = LearningGridworldStudy.run(new StudySettings(List.of(1), 3, 3, 50, 1, 2,
                StudySettings.NOTEBOOK_ALPHAS), Progress.none());
        assertThat(StudyFiles.agentsCsv(other)).isNotEqualTo(StudyFiles.agentsCsv(
                LearningGridworldStudy.run(settings(List.of(1), 3, 3, 2), Progress.none())));
    }
}
