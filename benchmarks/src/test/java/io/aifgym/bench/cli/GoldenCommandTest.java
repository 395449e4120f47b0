package io.aifgym.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aifgym golden} over the test plugin {@code test_square} (y = x * x). */
class GoldenCommandTest {

    @TempDir
    Path dir;

    private void write(String relative, String text) throws IOException {
        Path f = dir.resolve(relative);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    private static String squareCase(String name, String y) {
        return "{\"name\": \"" + name + "\", \"function\": \"test_square\", \"source\": \"test\", \"params\": {},"
                + " \"inputs\": {\"x\": [1, 2, 3]}, \"expected\": {\"y\": " + y + "}, \"atol\": 1e-9}";
    }

    private Cli.Result golden(Path... roots) throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        String[] args = new String[roots.length + 3];
        args[0] = "--plugins";
        args[1] = plugins.toString();
        args[2] = "golden";
        for (int i = 0; i < roots.length; i++) {
            args[i + 3] = roots[i].toString();
        }
        return Cli.run(args);
    }

    @Test
    void everyCaseGetsALineAndTheCountsEndTheReport() throws IOException {
        write("cases/test_square/a_pass.json", squareCase("a_pass", "[1, 4, 9]"));
        write("cases/test_square/b_fail.json", squareCase("b_fail", "[1, 4, 9.5]"));
        write("cases/test_square/c_broken.json", "{\"name\": \"c_broken\", ");
        write("cases/no_such_function/d.json", "{\"name\": \"d\", \"function\": \"no_such_function\", \"inputs\": {},"
                + " \"expected\": {\"z\": 1}}");
        Cli.Result r = golden(dir.resolve("cases"));
        assertThat(r.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err()).isEmpty();
        String[] lines = r.out().strip().split("\\R");
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).startsWith("no_such_function d FAIL").contains("unknown function 'no_such_function'");
        assertThat(lines[1]).startsWith("test_square a_pass PASS max_err=0");
        assertThat(lines[2]).startsWith("test_square b_fail FAIL max_err=0.500 at y[2]");
        assertThat(lines[3]).startsWith("test_square c_broken FAIL").contains("malformed");
        assertThat(lines[4]).isEqualTo("1 passed, 3 failed");
    }

    @Test
    void exitCodeZeroOnlyWhenNothingFailed() throws IOException {
        write("ok/test_square/a.json", squareCase("a", "[1, 4, 9]"));
        write("ok2/test_square/b.json", squareCase("b", "[1.0, 4.0, 9.0]"));
        Cli.Result r = golden(dir.resolve("ok"), dir.resolve("ok2"));
        assertThat(r.code()).isZero();
        assertThat(r.out().strip().split("\\R")).containsExactly("test_square a PASS max_err=0.00",
                "test_square b PASS max_err=0.00", "2 passed, 0 failed");
    }
}
