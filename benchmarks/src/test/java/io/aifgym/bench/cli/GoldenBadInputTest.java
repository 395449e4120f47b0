package io.aifgym.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input to {@code aifgym golden}: a folder that is missing, is a file or holds no case is
 * bad input (one message, exit code 2); a case file that is malformed, of an unknown function,
 * with missing parts, wrong types or a NaN fails on its own line with its reason (exit code 1),
 * without a stack trace and without stopping the other cases.
 */
class GoldenBadInputTest {

    @TempDir
    Path dir;
    private Path plugins;

    @BeforeEach
    void setUp() throws IOException {
        plugins = Files.createDirectories(dir.resolve("plugins"));
    }

    private void write(String relative, String text) throws IOException {
        Path f = dir.resolve(relative);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    private Cli.Result golden(Path root) {
        return Cli.run("--plugins", plugins.toString(), "golden", root.toString());
    }

    private static void assertBadInput(Cli.Result r, String fragment) {
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("aifgym: golden: ").contains(fragment).doesNotContain("\tat ");
        assertThat(r.err().split("aifgym: ", -1)).hasSize(2);
    }

    @Test
    void aMissingFolderAFileOrAFolderWithoutCasesIsBadInput() throws IOException {
        assertBadInput(golden(dir.resolve("missing")), "expected a folder of golden cases, found no folder at ");
        write("a-file.json", "{}");
        assertBadInput(golden(dir.resolve("a-file.json")), "expected a folder of golden cases, found a file, ");
        Files.createDirectories(dir.resolve("empty/test_square"));
        assertBadInput(golden(dir.resolve("empty")), "expected golden cases (DIR/<function>/<name>.json) under "
                + dir.resolve("empty") + ", found none");
    }

    @Test
    void badCaseFilesFailOneByOneWithTheirReason() throws IOException {
        String ok = "{\"name\": \"%s\", \"function\": \"test_square\", \"source\": \"test\", \"params\": {},"
                + " \"inputs\": {\"x\": %s}, \"expected\": {\"y\": %s}, \"atol\": 1e-9}";
        write("cases/test_square/a_ok.json", ok.formatted("a_ok", "[1, 2]", "[1, 4]"));
        write("cases/test_square/b_truncated.json", ok.formatted("b_truncated", "[1, 2]", "[1, 4]").substring(0, 40));
        write("cases/test_square/c_wrong_type.json", ok.formatted("c_wrong_type", "\"two\"", "[1, 4]"));
        write("cases/test_square/d_nan.json", ok.formatted("d_nan", "[1, 2]", "[1, NaN]"));
        write("cases/test_square/e_no_expected.json", "{\"name\": \"e_no_expected\", \"function\": \"test_square\","
                + " \"inputs\": {\"x\": [1]}}");
        write("cases/no_such/f.json", ok.formatted("f", "[1]", "[1]").replace("test_square", "no_such"));
        Cli.Result r = golden(dir.resolve("cases"));
        assertThat(r.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err()).isEmpty();
        String[] lines = r.out().strip().split("\\R");
        assertThat(lines).hasSize(7);
        assertThat(lines[lines.length - 1]).isEqualTo("1 passed, 5 failed");
        assertThat(r.out()).contains("test_square a_ok PASS").doesNotContain("\tat ");
        for (String name : new String[] {"b_truncated", "c_wrong_type", "d_nan", "e_no_expected", "f"}) {
            assertThat(r.out()).containsPattern("(?m)^\\S+ " + name + " FAIL \\S.*$");
        }
    }
}
