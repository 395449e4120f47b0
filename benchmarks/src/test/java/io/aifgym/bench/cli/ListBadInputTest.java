package io.aifgym.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input to {@code aifgym list} (its only inputs are the plugin folder and the command
 * line): a plugin folder that is a file, a jar that is not a jar, an argument it does not take.
 * Each gives one message and exit code 2. A missing named folder, an unknown option and a jar
 * naming a missing provider class are in {@link BadInputTest} and {@link PluginJarTest}.
 */
class ListBadInputTest {

    @TempDir
    Path dir;

    private static void assertBadInput(Cli.Result r, String... fragments) {
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("aifgym: ").doesNotContain("\tat ");
        assertThat(r.err().split("aifgym: ", -1)).hasSize(2);
        for (String f : fragments) {
            assertThat(r.err()).contains(f);
        }
    }

    @Test
    void aPluginFolderThatIsAFileIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("plugins"), "not a folder");
        assertBadInput(Cli.run("--plugins", file.toString(), "list"), "plugins: expected a folder of plugin jars");
    }

    @Test
    void aJarThatIsNotAJarIsRefused() throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Files.write(plugins.resolve("garbage.jar"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        assertBadInput(Cli.run("--plugins", plugins.toString(), "list"), "plugins: ", "garbage.jar");
    }

    @Test
    void anArgumentListDoesNotTakeIsRefused() throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        assertBadInput(Cli.run("--plugins", plugins.toString(), "list", "GridWorld-v0"),
                "Unmatched argument at index 3: 'GridWorld-v0'");
    }
}
