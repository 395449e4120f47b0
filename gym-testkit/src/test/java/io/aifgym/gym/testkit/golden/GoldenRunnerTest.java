package io.aifgym.gym.testkit.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.gym.golden.GoldenCase;
import io.aifgym.gym.golden.GoldenFunctions;
import io.aifgym.gym.golden.GoldenValues;
import io.aifgym.gym.tensor.DoubleTensor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldenRunnerTest {

    /** Evaluates "double": y = 2 x, and "broken": throws. */
    static final class Doubler implements GoldenFunctions {
        @Override
        public Set<String> functions() {
            return Set.of("double", "broken");
        }

        @Override
        public Map<String, Object> evaluate(GoldenCase c) {
            if (c.function().equals("broken")) {
                throw new IllegalStateException("no implementation");
            }
            DoubleTensor x = GoldenValues.tensor(c.input("x"));
            double[] d = x.data();
            for (int i = 0; i < d.length; i++) {
                d[i] *= 2;
            }
            return Map.of("y", DoubleTensor.of(d, x.shape()));
        }
    }

    @TempDir
    Path dir;

    private void write(String function, String name, String json) throws Exception {
        Files.createDirectories(dir.resolve(function));
        Files.writeString(dir.resolve(function).resolve(name + ".json"), json);
    }

    @Test
    void passesFailsAndReportsEveryKindOfProblem() throws Exception {
        write("double", "ok", "{\"name\":\"ok\",\"function\":\"double\",\"params\":{},\"inputs\":{\"x\":[[1,2],[3,4.5]]},"
                + "\"expected\":{\"y\":[[2,4],[6,9.0000001]]},\"atol\":1e-6}");
        write("double", "off", "{\"name\":\"off\",\"function\":\"double\",\"inputs\":{\"x\":[1]},"
                + "\"expected\":{\"y\":[2.5]},\"atol\":1e-6}");
        write("double", "shape", "{\"name\":\"shape\",\"function\":\"double\",\"inputs\":{\"x\":[1,2]},"
                + "\"expected\":{\"y\":[2]},\"atol\":1e-6}");
        write("double", "missing", "{\"name\":\"missing\",\"function\":\"double\",\"inputs\":{\"x\":[1]},"
                + "\"expected\":{\"z\":[2]},\"atol\":1e-6}");
        write("broken", "b", "{\"name\":\"b\",\"function\":\"broken\",\"inputs\":{},\"expected\":{\"y\":1},\"atol\":0}");
        write("nobody", "n", "{\"name\":\"n\",\"function\":\"nobody\",\"inputs\":{},\"expected\":{\"y\":1},\"atol\":0}");
        write("double", "malformed", "{\"name\": \"m\", ");
        List<GoldenRunner.CaseResult> results = new GoldenRunner(List.of(new Doubler())).runAll(List.of(dir));
        Map<String, GoldenRunner.CaseResult> byName = new java.util.HashMap<>();
        results.forEach(r -> byName.put(r.name(), r));
        assertThat(results).hasSize(7);
        assertThat(byName.get("ok").passed()).isTrue();
        assertThat(byName.get("ok").maxError()).isLessThan(1e-6).isGreaterThan(0);
        assertThat(byName.get("off").passed()).isFalse();
        assertThat(byName.get("off").line()).contains("FAIL").contains("y[0]");
        assertThat(byName.get("shape").reason()).contains("expected length 1, found 2");
        assertThat(byName.get("missing").reason()).contains("missing output 'z'");
        assertThat(byName.get("b").reason()).contains("no implementation");
        assertThat(byName.get("n").reason()).contains("unknown function 'nobody'");
        assertThat(byName.get("malformed").passed()).isFalse();
        assertThat(byName.get("malformed").reason()).contains("malformed");
    }
}
