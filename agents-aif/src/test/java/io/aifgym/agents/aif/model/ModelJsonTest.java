package io.aifgym.agents.aif.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aifgym.gym.model.GenerativeProcess;
import io.aifgym.gym.tensor.DoubleTensor;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelJsonTest {

    @Test
    void aModelWithEveryPartSurvivesARoundTrip(@TempDir Path dir) {
        GenerativeModel model = Models.twoState().toBuilder()
                .C(List.of(DoubleTensor.of(new double[] {1, -1, 0.5, -0.5}, 2, 2)))
                .D(List.of(DoubleTensor.vector(0.3, 0.7)))
                .E(DoubleTensor.vector(1, 2, 3, 4))
                .pD(List.of(DoubleTensor.vector(1, 1)))
                .H(List.of(DoubleTensor.vector(0, 1)))
                .labels(new GenerativeProcess.Labels(List.of("position"), List.of("sensor"),
                        List.of(List.of("left", "right")), List.of(List.of("L", "R")), List.of(List.of("stay", "go"))))
                .build();
        Path file = dir.resolve("model.json");
        ModelJson.write(model, file);
        ModelBatch read = ModelJson.read(file);
        assertThat(read.batchSize()).isEqualTo(1);
        assertThat(read.agent(0)).isEqualTo(model);
        assertThat(ModelJson.modelFromJson(ModelJson.toJson(model))).isEqualTo(model);
    }

    @Test
    void aModelWithMissingPriorsPerModalityKeepsItsNulls() {
        DoubleTensor a2 = DoubleTensor.of(new double[] {0.5, 0.5, 0.5, 0.5}, 2, 2);
        GenerativeModel model = GenerativeModel.builder(List.of(Models.a(), a2), List.of(Models.b()))
                .pA(Arrays.asList(null, DoubleTensor.filled(1.0, 2, 2))).build();
        GenerativeModel back = ModelJson.modelFromJson(ModelJson.toJson(model));
        assertThat(back.pA(0)).isEmpty();
        assertThat(back.pA(1)).contains(DoubleTensor.filled(1.0, 2, 2));
        assertThat(back).isEqualTo(model);
    }

    @Test
    void aNonUniformBatchIsWrittenWithLeadingBatchAxes() {
        GenerativeModel other = Models.twoState().toBuilder().D(List.of(DoubleTensor.vector(1, 0))).build();
        ModelBatch batch = ModelBatch.of(List.of(Models.twoState(), other, Models.twoState()));
        ModelBatch back = ModelJson.fromJson(ModelJson.toJson(batch));
        assertThat(back.batchSize()).isEqualTo(3);
        assertThat(back.agent(1)).isEqualTo(other);
        assertThat(back.agent(2)).isEqualTo(Models.twoState());
    }

    @Test
    void aMultiActionModelIsWrittenInItsCallerForm() {
        double[] d = new double[2 * 2 * 6];
        for (int i = 0; i < 2; i++) {
            for (int u = 0; u < 6; u++) {
                d[(i * 2 + i) * 6 + u] = 1.0;
            }
        }
        GenerativeModel model = GenerativeModel.builder(List.of(DoubleTensor.filled(0.5, 2, 2)),
                List.of(DoubleTensor.of(d, 2, 2, 2, 3))).bActionDependencies(new int[][] {{0, 1}}, new int[] {2, 3})
                .build();
        String json = ModelJson.toJson(model);
        assertThat(json).contains("\"bActionDependencies\"").contains("\"numControls\"");
        assertThat(ModelJson.modelFromJson(json)).isEqualTo(model);
    }

    @Test
    void pymdpSpellingsAreAccepted() {
        String json = "{\"A\": [[[0.9, 0.2], [0.1, 0.8]]], \"B\": [[[[1, 0], [0, 1]], [[0, 1], [1, 0]]]],"
                + " \"A_dependencies\": [[0]], \"B_dependencies\": [[0]], \"batch_size\": 2}";
        ModelBatch batch = ModelJson.fromJson(json);
        assertThat(batch.batchSize()).isEqualTo(2);
        assertThat(batch.agent(1).A(0)).isEqualTo(Models.a());
    }

    @Test
    void malformedFilesAreRejectedNamingTheKey() {
        assertThatThrownBy(() -> ModelJson.fromJson("{\"A\": [[1]], \"B\": [[[[1]]]], \"Q\": 1}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown key 'Q'");
        assertThatThrownBy(() -> ModelJson.fromJson("{\"A\": [[[1, 0], [0]]], \"B\": [[[[1]]]]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A[0]")
                .hasMessageContaining("rectangular");
        assertThatThrownBy(() -> ModelJson.fromJson("[1, 2]"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected an object");
        assertThatThrownBy(() -> ModelJson.fromJson("{\"A\": [[[0.5, 0.5], [0.6, 0.5]]], \"B\": "
                + "[[[[1, 0], [0, 1]], [[0, 1], [1, 0]]]]}"))
                .isInstanceOf(InvalidModelException.class).hasMessageContaining("A[0][:, 0]");
    }
}
