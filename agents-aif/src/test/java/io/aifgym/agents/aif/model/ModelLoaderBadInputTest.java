package io.aifgym.agents.aif.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/**
 * The bad-input catalogue of the model loader ({@link ModelJson#fromJson}): every case ends in
 * an {@link IllegalArgumentException} naming the key (malformed text, wrong types, missing,
 * null or unknown keys, a bad batch size) or an {@link InvalidModelException} listing every
 * problem of a model that parses but is not a valid model (NaN or infinite, negative
 * probabilities, columns of A or B that do not sum to one, shapes that disagree with the
 * dependencies).
 */
class ModelLoaderBadInputTest {

    private static final String B = "[[[[1, 0], [0, 1]], [[0, 1], [1, 0]]]]";
    private static final String A = "[[[0.9, 0.2], [0.1, 0.8]]]";

    private static String model(String a, String b, String extra) {
        return "{\"A\": " + a + ", \"B\": " + b + extra + "}";
    }

    private static String malformed(String json) {
        IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class, () -> ModelJson.fromJson(json));
        assertThat(e).as("rejects %s", json).isNotNull().isNotInstanceOf(InvalidModelException.class);
        return e.getMessage();
    }

    private static String invalid(String json) {
        InvalidModelException e = catchThrowableOfType(InvalidModelException.class, () -> ModelJson.fromJson(json));
        assertThat(e).as("rejects %s", json).isNotNull();
        return e.getMessage();
    }

    @Test
    void theValidModelOfTheseCasesLoads() {
        assertThat(ModelJson.fromJson(model(A, B, "")).agent(0).numStates()).containsExactly(2);
    }

    @Test
    void malformedTextIsNotValidJson() {
        String whole = model(A, B, "");
        assertThat(malformed(whole.substring(0, whole.length() / 2))).startsWith("model JSON: not valid JSON: ");
        assertThat(malformed(model(A, B, ", \"C\": [[NaN, 0]]"))).startsWith("model JSON: not valid JSON: ")
                .contains("NaN");
    }

    @Test
    void wrongTypesNameTheKey() {
        assertThat(malformed(model("\"uniform\"", B, ""))).contains("A: expected a list with one tensor per modality");
        assertThat(malformed(model(A, B, ", \"batchSize\": \"2\""))).contains("batchSize: expected an integer");
        assertThat(malformed(model(A, B, ", \"aDependencies\": [[\"zero\"]]")))
                .contains("aDependencies[0][0]: expected an integer");
        assertThat(malformed(model("[[[0.9, \"x\"], [0.1, 0.8]]]", B, ""))).contains("A[0]: expected a number");
    }

    @Test
    void missingNullAndUnknownKeysAreNamed() {
        assertThat(malformed("{\"A\": " + A + "}")).contains("expected the keys 'A' and 'B'");
        assertThat(malformed(model(A, "null", ""))).contains("B: expected a list with one tensor per factor, found null");
        assertThat(malformed(model(A, B, ", \"Bee\": 1"))).contains("unknown key 'Bee'");
    }

    @Test
    void aBatchSizeThatIsNotPositiveIsRefused() {
        assertThat(invalid(model(A, B, ", \"batchSize\": 0")))
                .contains("batch_size: expected a positive integer, found 0");
        assertThat(invalid(model(A, B, ", \"batchSize\": -3")))
                .contains("batch_size: expected a positive integer, found -3");
        assertThat(malformed(model(A, B, ", \"batchSize\": 2147483648")))
                .contains("batchSize: expected an integer of at most 2147483647 in size, found 2147483648");
    }

    @Test
    void infiniteAndNegativeProbabilitiesAreInvalid() {
        assertThat(invalid(model("[[[1e999, 0.2], [0.1, 0.8]]]", B, ""))).contains("A[0]").contains("finite");
        assertThat(invalid(model("[[[1.1, 0.2], [-0.1, 0.8]]]", B, ""))).contains("A[0]");
        assertThat(invalid(model(A, B, ", \"D\": [[1.5, -0.5]]"))).contains("D[0]");
    }

    @Test
    void columnsThatDoNotSumToOneAreInvalidNamingTheColumn() {
        assertThat(invalid(model("[[[0.5, 0.5], [0.6, 0.5]]]", B, ""))).contains("A[0][:, 0]");
        assertThat(invalid(model(A, "[[[[1, 0], [0, 1]], [[0, 1], [0.5, 0]]]]", ""))).contains("B[0]");
    }

    @Test
    void shapesThatDisagreeWithTheDependenciesAreInvalid() {
        assertThat(invalid(model("[[[0.9, 0.2, 0.5], [0.1, 0.8, 0.5]]]", B, ""))).contains("A[0]")
                .contains("shape");
        assertThat(invalid(model(A, B, ", \"aDependencies\": [[0, 1]]"))).contains("A_dependencies");
    }
}
