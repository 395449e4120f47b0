package io.aifgym.agents.aif.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aifgym.agents.aif.control.NoveltyForm;
import io.aifgym.agents.aif.control.SamplingMode;
import io.aifgym.agents.aif.inference.StateInference;
import io.aifgym.agents.aif.planning.PolicySearch;
import io.aifgym.agents.aif.planning.Replanning;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AifConfigTest {

    private static final AifConfig D = AifConfig.DEFAULT;

    /** A copy of the default with one canonical-constructor argument replaced. */
    private static AifConfig with(int index, Object value) {
        Object[] a = {D.policyLen(), D.inferenceAlgorithm(), D.numIter(), D.inferenceHorizon(), D.gamma(), D.alpha(),
            D.actionSelection(), D.samplingMode(), D.useUtility(), D.useStatesInfoGain(), D.useParamInfoGain(),
            D.novelty(), D.inductive(), D.learnA(), D.learnB(), D.learnD(), D.lrA(), D.lrB(), D.lrD(),
            D.learningMode(), D.legacy(), D.model(), D.batchThreads(), D.policySearch(), D.si(), D.mcts(),
            D.replanning()};
        a[index] = value;
        return new AifConfig((int) a[0], (AifConfig.Algorithm) a[1], (int) a[2], (Integer) a[3], (double) a[4],
                (double) a[5], (AifConfig.Selection) a[6], (SamplingMode) a[7], (boolean) a[8], (boolean) a[9],
                (boolean) a[10], (NoveltyForm) a[11], (AifConfig.Inductive) a[12], (boolean) a[13], (boolean) a[14],
                (boolean) a[15], (double) a[16], (double) a[17], (double) a[18], (AifConfig.LearningMode) a[19],
                (AifConfig.Legacy) a[20], (AifConfig.ModelPriors) a[21], (int) a[22], (PolicySearch.Kind) a[23],
                (PolicySearch.Sophisticated) a[24], (PolicySearch.Mcts) a[25], (Replanning) a[26]);
    }

    @Test
    void defaultsArePymdpOnes() {
        assertThat(D.policyLen()).isEqualTo(1);
        assertThat(D.stateInference()).isEqualTo(new StateInference.FixedPoint(16));
        assertThat(D.inferenceHorizon()).isNull();
        assertThat(D.gamma()).isEqualTo(1.0);
        assertThat(D.alpha()).isEqualTo(1.0);
        assertThat(D.actionSelection()).isEqualTo(AifConfig.Selection.DETERMINISTIC);
        assertThat(D.samplingMode()).isEqualTo(SamplingMode.FULL);
        assertThat(D.useUtility() && D.useStatesInfoGain() && !D.useParamInfoGain()).isTrue();
        assertThat(D.novelty()).isEqualTo(NoveltyForm.EXACT);
        assertThat(D.learningMode()).isEqualTo(AifConfig.LearningMode.ONLINE);
        assertThat(D.learnA() || D.learnB() || D.learnD()).isFalse();
        assertThat(D.legacy()).isEqualTo(AifConfig.Legacy.NONE);
        assertThat(D.window()).isEqualTo(AifConfig.DEFAULT_WINDOW);
    }

    @Test
    void nullObjectFieldsTakeTheirDefaults() {
        AifConfig c = new AifConfig(2, null, 4, null, 1.0, 1.0, null, null, true, true, false, null, null, false,
                false, false, 1.0, 1.0, 1.0, null, null, null, 1, null, null, null, null);
        assertThat(c).isEqualTo(D.withPolicyLen(2).withInference(AifConfig.Algorithm.FPI, 4));
    }

    @Test
    void bindsFromJsonAndRoundTrips() throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        String json = mapper.writeValueAsString(D);
        assertThat(mapper.readValue(json, AifConfig.class)).isEqualTo(D);
        AifConfig custom = D.withPolicyLen(3).withInference(AifConfig.Algorithm.EXACT, 1)
                .withLearning(AifConfig.LearningMode.OFFLINE, false, true)
                .withModel(AifConfig.ModelPriors.DEFAULT.withPB(AifConfig.DirichletPrior.flat(1.0 / 49))
                        .withInitialBeliefs(AifConfig.InitialBeliefs.FLAT)
                        .withPreferences(Arrays.asList(null, List.of(1.0, -1.0))));
        assertThat(mapper.readValue(mapper.writeValueAsString(custom), AifConfig.class)).isEqualTo(custom);
        String text = json.replace("\"policyLen\":1", "\"policyLen\":3").replace("\"FPI\"", "\"EXACT\"");
        assertThat(mapper.readValue(text, AifConfig.class).stateInference()).isEqualTo(StateInference.exact());
    }

    @Test
    void policyLenBelowOne() {
        assertThatThrownBy(() -> with(0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("policyLen: expected a planning depth in [1, 64], found 0");
    }

    @Test
    void policyLenAboveTheCap() {
        assertThatThrownBy(() -> with(0, 65)).hasMessageStartingWith("policyLen: expected").hasMessageEndingWith("65");
    }

    @Test
    void numIterBelowOne() {
        assertThatThrownBy(() -> with(2, 0)).hasMessage("numIter: expected at least 1 iteration, found 0");
    }

    @Test
    void inferenceHorizonBelowOne() {
        assertThatThrownBy(() -> with(3, 0))
                .hasMessage("inferenceHorizon: expected at least 1 step, or null for none, found 0");
    }

    @Test
    void negativeGamma() {
        assertThatThrownBy(() -> with(4, -1.0))
                .hasMessage("gamma: expected a finite non-negative precision, found -1.0");
    }

    @Test
    void nanGamma() {
        assertThatThrownBy(() -> with(4, Double.NaN)).hasMessage("gamma: expected a finite non-negative precision, found NaN");
    }

    @Test
    void infiniteAlpha() {
        assertThatThrownBy(() -> with(5, Double.POSITIVE_INFINITY))
                .hasMessage("alpha: expected a finite non-negative precision, found Infinity");
    }

    @Test
    void negativeLrA() {
        assertThatThrownBy(() -> with(16, -0.5)).hasMessage("lrA: expected a finite non-negative learning rate, found -0.5");
    }

    @Test
    void nanLrB() {
        assertThatThrownBy(() -> with(17, Double.NaN)).hasMessage("lrB: expected a finite non-negative learning rate, found NaN");
    }

    @Test
    void negativeLrD() {
        assertThatThrownBy(() -> with(18, -1.0)).hasMessage("lrD: expected a finite non-negative learning rate, found -1.0");
    }

    @Test
    void batchThreadsBelowOne() {
        assertThatThrownBy(() -> with(22, 0)).hasMessage("batchThreads: expected at least 1 thread, found 0");
    }

    @Test
    void inductiveDepthBelowOne() {
        assertThatThrownBy(() -> new AifConfig.Inductive(true, 0, 0.1, 1e-3))
                .hasMessage("inductive.depth: expected at least 1, found 0");
    }

    @Test
    void inductiveThresholdAboveOne() {
        assertThatThrownBy(() -> new AifConfig.Inductive(true, 1, 1.5, 1e-3))
                .hasMessage("inductive.threshold: expected a probability in [0, 1], found 1.5");
    }

    @Test
    void inductiveEpsilonZero() {
        assertThatThrownBy(() -> new AifConfig.Inductive(true, 1, 0.1, 0.0))
                .hasMessage("inductive.epsilon: expected a number in (0, 1], found 0.0");
    }

    @Test
    void dirichletPriorNegativeScale() {
        assertThatThrownBy(() -> new AifConfig.DirichletPrior(-1.0, 1.0, true))
                .hasMessage("scale: expected a finite non-negative weight, found -1.0");
    }

    @Test
    void dirichletPriorNegativeOffset() {
        assertThatThrownBy(() -> new AifConfig.DirichletPrior(1.0, -1.0, true))
                .hasMessage("offset: expected a finite non-negative pseudo-count, found -1.0");
    }

    @Test
    void dirichletPriorAllZero() {
        assertThatThrownBy(() -> new AifConfig.DirichletPrior(0.0, 0.0, true))
                .hasMessage("scale, offset: expected a positive scale or offset, found both 0");
    }

    @Test
    void preferenceNotFinite() {
        assertThatThrownBy(() -> AifConfig.ModelPriors.DEFAULT.withPreferences(List.of(List.of(0.0, Double.NaN))))
                .hasMessage("model.preferences[0][1]: expected a finite number, found NaN");
    }

    @Test
    void goalVectorMissing() {
        List<List<Double>> goals = new ArrayList<>();
        goals.add(null);
        assertThatThrownBy(() -> AifConfig.ModelPriors.DEFAULT.withGoals(goals))
                .hasMessage("model.goals[0]: expected a vector, found null");
    }

    @Test
    void derivedOptionsFollowTheFields() {
        AifConfig c = D.withTerms(false, true, true).withNovelty(NoveltyForm.SPM).withLegacy(AifConfig.Legacy.NUMPY)
                .withActionSelection(AifConfig.Selection.STOCHASTIC, SamplingMode.MARGINAL).withPrecisions(2.0, 3.0);
        assertThat(c.efeOptions().useUtility()).isFalse();
        assertThat(c.efeOptions().novelty()).isEqualTo(NoveltyForm.SPM);
        assertThat(c.efeOptions().preferences()).isEqualTo(AifConfig.Legacy.NUMPY.preferences());
        assertThat(c.selection()).isEqualTo(io.aifgym.agents.aif.control.ActionSelection.stochastic(3.0));
        assertThat(c.learns()).isFalse();
        assertThat(c.withLearning(AifConfig.LearningMode.NONE, true, true).learns()).isFalse();
        assertThat(c.withLearning(AifConfig.LearningMode.OFFLINE, false, true).learns()).isTrue();
    }
}
