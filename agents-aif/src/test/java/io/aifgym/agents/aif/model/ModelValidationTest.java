package io.aifgym.agents.aif.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.aifgym.agents.aif.inference.Inference;
import io.aifgym.agents.aif.inference.StateInference;
import io.aifgym.gym.model.GenerativeProcess;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelValidationTest {

    @Test
    void aValidModelDerivesItsDimensionsAndDefaults() {
        GenerativeModel m = Models.twoState();
        assertThat(m.numStates()).containsExactly(2);
        assertThat(m.numObs()).containsExactly(2);
        assertThat(m.numControls()).containsExactly(2);
        assertThat(m.C(0).data()).containsExactly(0.5, 0.5);
        assertThat(m.D(0).data()).containsExactly(0.5, 0.5);
        assertThat(m.E()).isEmpty();
        assertThat(m.bData(0, 1)).containsExactly(0, 1, 1, 0);
        assertThat(m.aDependencies()).isDeepEqualTo(new int[][] {{0}});
    }

    @Test
    void aColumnOfANotSummingToOneIsReportedWithItsIndexAndSum() {
        DoubleTensor bad = DoubleTensor.of(new double[] {0.9, 0.25, 0.1, 0.8}, 2, 2);
        InvalidModelException e = catchThrowableOfType(
                () -> GenerativeModel.builder(List.of(bad), List.of(Models.b())).build(), InvalidModelException.class);
        assertThat(e.problems()).singleElement().asString()
                .contains("A[0][:, 1]").contains("summing to 1").contains("1.05");
    }

    @Test
    void aTransitionTensorWithoutStateAndActionAxesIsReportedNotCrashed() {
        DoubleTensor scalar = DoubleTensor.of(new double[] {1.0}, 1);
        InvalidModelException e = catchThrowableOfType(
                () -> GenerativeModel.builder(List.of(Models.a()), List.of(scalar)).build(), InvalidModelException.class);
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("B[0]: expected rank 3")
                .contains("found shape [1]"));
        InvalidModelException rank0 = catchThrowableOfType(() -> GenerativeModel.builder(List.of(Models.a()),
                List.of(DoubleTensor.of(new double[] {1.0}).reshape())).build(), InvalidModelException.class);
        assertThat(rank0.problems()).anySatisfy(p -> assertThat(p).contains("B[0]: expected rank 3")
                .contains("found shape []"));
    }

    @Test
    void aColumnOfBSummingToZeroIsReportedApart() {
        DoubleTensor b = DoubleTensor.of(new double[] {1, 0, 0, 0, 0, 1, 1, 0}, 2, 2, 2);
        InvalidModelException e = catchThrowableOfType(
                () -> GenerativeModel.builder(List.of(Models.a()), List.of(b)).build(), InvalidModelException.class);
        assertThat(e.problems()).singleElement().asString().contains("B[0][:, 1, 1]").contains("sums to zero");
    }

    @Test
    void aNegativeDirichletCountIsReportedWithItsIndex() {
        DoubleTensor pB = DoubleTensor.of(new double[] {1, 1, 1, 1, -0.5, 1, 1, 1}, 2, 2, 2);
        InvalidModelException e = catchThrowableOfType(() -> GenerativeModel.builder(List.of(Models.a()),
                List.of(Models.b())).pB(List.of(pB)).build(), InvalidModelException.class);
        assertThat(e.problems()).singleElement().asString()
                .contains("pB[0][1, 0, 0]").contains("non-negative concentration").contains("-0.5");
    }

    @Test
    void aNaNIsReportedAsNotFinite() {
        DoubleTensor b = DoubleTensor.of(new double[] {1, 0, 0, 1, Double.NaN, 1, 1, 0}, 2, 2, 2);
        InvalidModelException e = catchThrowableOfType(
                () -> GenerativeModel.builder(List.of(Models.a()), List.of(b)).build(), InvalidModelException.class);
        assertThat(e.problems()).singleElement().asString().contains("B[0][1, 0, 0]").contains("finite").contains("NaN");
    }

    @Test
    void aShapeThatDisagreesWithTheDependenciesNamesBothShapes() {
        DoubleTensor a = DoubleTensor.of(new double[] {0.5, 0.5, 0.5, 0.5, 0.5, 0.5}, 2, 3);
        InvalidModelException e = catchThrowableOfType(
                () -> GenerativeModel.builder(List.of(a), List.of(Models.b())).aDependencies(new int[][] {{0}}).build(),
                InvalidModelException.class);
        assertThat(e.problems()).singleElement().asString()
                .contains("A[0]: expected shape [2, 2]").contains("A_dependencies[0] = [0]").contains("[2, 3]");
    }

    @Test
    void aFactorWhoseDynamicsDoNotDependOnItselfIsRejected() {
        DoubleTensor a2 = DoubleTensor.filled(0.5, 2, 2, 2);
        assertThatThrownBy(() -> GenerativeModel.builder(List.of(a2), List.of(Models.b(), Models.b()))
                .bDependencies(new int[][] {{1}, {1}}).build())
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("B_dependencies[0]: expected to contain factor 0");
    }

    @Test
    void aDependencyOutOfRangeIsRejected() {
        assertThatThrownBy(() -> GenerativeModel.builder(List.of(Models.a()), List.of(Models.b()))
                .aDependencies(new int[][] {{3}}).build())
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("A_dependencies[0][0]: expected a factor index in [0, 1), found 3");
    }

    @Test
    void aBatchSizeMismatchNamesTheTensorAndBothSizes() {
        double[] twice = new double[8];
        System.arraycopy(Models.a().data(), 0, twice, 0, 4);
        System.arraycopy(Models.a().data(), 0, twice, 4, 4);
        DoubleTensor batched = DoubleTensor.of(twice, 2, 2, 2);
        InvalidModelException e = catchThrowableOfType(
                () -> ModelBatch.builder(3, List.of(batched), List.of(Models.b())).build(), InvalidModelException.class);
        assertThat(e.problems()).singleElement().asString()
                .contains("A[0]").contains("leading batch dimension of 1 or 3").contains("found 2");
    }

    @Test
    void severalProblemsAreReportedTogetherAndNumbered() {
        DoubleTensor badA = DoubleTensor.of(new double[] {0.9, 0.25, 0.1, 0.8}, 2, 2);
        DoubleTensor badPB = DoubleTensor.of(new double[] {1, 1, 1, 1, -1, 1, 1, 1}, 2, 2, 2);
        DoubleTensor badD = DoubleTensor.vector(0.2, 0.3, 0.5);
        InvalidModelException e = catchThrowableOfType(() -> GenerativeModel.builder(List.of(badA),
                List.of(Models.b())).pB(List.of(badPB)).D(List.of(badD)).build(), InvalidModelException.class);
        assertThat(e.problems()).hasSize(3);
        assertThat(e.getMessage()).contains("3 problems").contains("1. ").contains("2. ").contains("3. ")
                .contains("A[0][:, 1]").contains("pB[0][1, 0, 0]").contains("D[0]: expected shape [2]");
    }

    @Test
    void problemsOfEveryAgentOfABatchAreCollected() {
        DoubleTensor a = DoubleTensor.of(new double[] {0.9, 0.2, 0.1, 0.8, 0.9, 0.3, 0.1, 0.8}, 2, 2, 2);
        InvalidModelException e = catchThrowableOfType(
                () -> ModelBatch.builder(2, List.of(a), List.of(Models.b())).build(), InvalidModelException.class);
        assertThat(e.problems()).singleElement().asString().startsWith("agent 1: A[0][:, 1]");
    }

    @Test
    void unbatchedTensorsAreSharedByEveryAgent() {
        ModelBatch batch = ModelBatch.builder(4, List.of(Models.a()), List.of(Models.b())).build();
        assertThat(batch.batchSize()).isEqualTo(4);
        assertThat(batch.isUniform()).isTrue();
        assertThat(batch.agent(3)).isSameAs(batch.agent(0));
    }

    @Test
    void batchedTensorsGiveOneModelPerAgentAndCFollowsA() {
        DoubleTensor a = DoubleTensor.of(new double[] {0.9, 0.2, 0.1, 0.8, 0.6, 0.3, 0.4, 0.7}, 2, 2, 2);
        DoubleTensor d = DoubleTensor.of(new double[] {1, 0, 0, 1}, 2, 2);
        ModelBatch batch = ModelBatch.builder(2, List.of(a), List.of(Models.b())).D(List.of(d)).build();
        assertThat(batch.isUniform()).isFalse();
        assertThat(batch.agent(1).A(0).get(0, 0)).isEqualTo(0.6);
        assertThat(batch.agent(1).D(0).data()).containsExactly(0, 1);
        // pymdp's quirk: an unbatched A with a 2-D C gives each agent a time-indexed C
        ModelBatch quirk = ModelBatch.builder(2, List.of(Models.a()), List.of(Models.b()))
                .C(List.of(DoubleTensor.of(new double[] {1, -1, 2, -2}, 2, 2))).build();
        assertThat(quirk.agent(0).C(0).shape()).containsExactly(2, 2);
    }

    @Test
    void exactInferenceNeedsASingleFactor() {
        DoubleTensor a2 = DoubleTensor.filled(0.5, 2, 2, 2);
        GenerativeModel two = GenerativeModel.builder(List.of(a2), List.of(Models.b(), Models.b())).build();
        assertThat(Inference.problems(StateInference.exact(), two)).singleElement().asString()
                .contains("single hidden-state factor");
        assertThat(Inference.problems(StateInference.fpi(), two)).isEmpty();
    }

    @Test
    void aModelIsBuiltFromAnEnvsGenerativeProcessInOneCall() {
        GenerativeProcess process = new GenerativeProcess(List.of(Models.a()), List.of(Models.b()),
                List.of(DoubleTensor.vector(1, 0)), new int[][] {{0}}, new int[][] {{0}},
                new GenerativeProcess.Labels(List.of("position"), List.of("sensor"), List.of(List.of("l", "r")),
                        List.of(List.of("L", "R")), List.of(List.of("stay", "switch"))));
        GenerativeModel m = GenerativeModel.fromProcess(process);
        assertThat(m.D(0).data()).containsExactly(1, 0);
        assertThat(m.labels().factors()).containsExactly("position");
        assertThat(m.A(0)).isEqualTo(Models.a());
    }

    @Test
    void multiActionDependenciesAreFlattenedAndActionsRoundTrip() {
        int[] ns = {4, 5, 2};
        int[] nc = {2, 3, 2};
        int[][] adeps = {{}, {0, 1}, {0, 2}};
        List<DoubleTensor> b = List.of(identityB(4, new int[0]), identityB(5, new int[] {2, 3}),
                identityB(2, new int[] {2, 2}));
        GenerativeModel m = GenerativeModel.builder(List.of(DoubleTensor.filled(1.0 / 3, 3, 4, 5, 2)), b)
                .bActionDependencies(adeps, nc).build();
        assertThat(m.numControls()).containsExactly(1, 6, 4);
        assertThat(m.B(1).shape()).containsExactly(5, 5, 6);
        int[] controls = {1, 2, 0};
        int[] flat = m.encodeActions(controls);
        assertThat(flat).containsExactly(0, 5, 2);
        assertThat(m.decodeActions(flat)).containsExactly(controls);
        assertThat(ns).containsExactly(m.numStates());
    }

    private static DoubleTensor identityB(int n, int[] actionDims) {
        int actions = Arrays.stream(actionDims).reduce(1, (x, y) -> x * y);
        double[] d = new double[n * n * actions];
        for (int i = 0; i < n; i++) {
            for (int u = 0; u < actions; u++) {
                d[(i * n + i) * actions + u] = 1.0;
            }
        }
        int[] shape = new int[2 + actionDims.length];
        shape[0] = n;
        shape[1] = n;
        System.arraycopy(actionDims, 0, shape, 2, actionDims.length);
        return DoubleTensor.of(d, shape);
    }
}
