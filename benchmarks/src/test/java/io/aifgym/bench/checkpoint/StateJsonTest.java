package io.aifgym.bench.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.wrap.AutoReset;
import io.aifgym.gym.wrap.TimeLimit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link StateJson}: plugin values come back with their exact classes and bits (a {@code Long}
 * where the declared type is {@code Object}, NaN, infinities, {@code -0.0}, arrays, the JDK's
 * hidden list and map classes inside generic records), and a class outside the allowed
 * packages is refused by name before it is loaded.
 */
class StateJsonTest {

    private final StateJson json = new StateJson(getClass().getClassLoader(), List.of(), List.of("io.aifgym."));

    /** A record with a component of an interface type and an enum. */
    record Holder(Comparable<?> value, Key key, AutoresetModeHolder mode) {
    }

    /** An enum of this test. */
    enum AutoresetModeHolder { ONE, TWO }

    @Test
    void valuesComeBackWithTheirClassesAndBits() throws Exception {
        Object value = new AutoReset.State<>(new TimeLimit.State<>(List.of(5L, 2.5, Double.NaN, -0.0,
                Double.NEGATIVE_INFINITY, Map.of("a", 1)), 3), true, new int[] {1, 2});
        JsonNode tree = json.write(value);
        Object back = json.read(tree);
        assertThat(json.write(back)).isEqualTo(tree);
        AutoReset.State<?, ?> s = (AutoReset.State<?, ?>) back;
        assertThat(s.needsReset()).isTrue();
        assertThat((int[]) s.finalObservation()).containsExactly(1, 2);
        List<?> inner = (List<?>) ((TimeLimit.State<?>) s.inner()).inner();
        assertThat(inner.get(0)).isEqualTo(5L).isInstanceOf(Long.class);
        assertThat((Double) inner.get(2)).isNaN();
        assertThat(Double.doubleToRawLongBits((Double) inner.get(3))).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat((Double) inner.get(4)).isEqualTo(Double.NEGATIVE_INFINITY);
        Holder h = new Holder(7L, Key.of(3), AutoresetModeHolder.TWO);
        assertThat(json.read(json.write(h))).isEqualTo(h);
    }

    @Test
    void aClassOutsideTheAllowedPackagesIsRefusedByName() throws Exception {
        JsonNode hostile = new ObjectMapper().readTree("[\"java.net.URL\", \"http://example.org\"]");
        assertThat(catchThrowable(() -> json.read(hostile))).hasMessageContaining("java.net.URL");
        assertThat(StateJson.allows(List.of("io.aifgym."), "[[D")).isTrue();
        assertThat(StateJson.allows(List.of("io.aifgym."), "[Lio.aifgym.gym.random.Key;")).isTrue();
        assertThat(StateJson.allows(List.of("io.aifgym."), "java.util.ArrayList")).isTrue();
        assertThat(StateJson.allows(List.of("io.aifgym."), "java.lang.ProcessBuilder")).isFalse();
        assertThat(StateJson.allows(List.of("io.aifgym."), "com.example.Gadget")).isFalse();
        assertThat(StateJson.allows(List.of("com.example."), "com.example.Gadget")).isTrue();
    }
}
