package io.aifgym.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aifgym.bench.fixtures.Repo;
import io.aifgym.gym.registry.EnvProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin path end to end: the sources of {@code examples/custom-env} are compiled at test
 * time into a jar in a temporary plugin folder, and {@code list} and {@code run} then see its
 * {@code CoinFlip-v0} like a built-in env.
 */
class PluginJarTest {

    @TempDir
    static Path dir;
    static Path plugins;

    @BeforeAll
    static void buildThePluginJar() throws Exception {
        Path example = exampleProject();
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<String> args = new ArrayList<>(List.of("--release", "17", "-proc:none", "-d", classes.toString(),
                "-classpath", location(EnvProvider.class)));
        try (Stream<Path> files = Files.walk(example.resolve("src/main/java"))) {
            files.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().forEach(args::add);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, args.toArray(String[]::new))).as("javac exit code").isZero();
        plugins = Files.createDirectories(dir.resolve("plugins"));
        jar(plugins.resolve("coinflip-env.jar"), classes, example.resolve("src/main/resources"));
    }

    /** The example project. */
    static Path exampleProject() {
        return Repo.examples().resolve("custom-env");
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    /** A jar of the files under the given roots. */
    static void jar(Path jar, Path... roots) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            for (Path root : roots) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(root)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    j.putNextEntry(new JarEntry(root.relativize(f).toString().replace('\\', '/')));
                    Files.copy(f, j);
                    j.closeEntry();
                }
            }
        }
    }

    @Test
    void listShowsThePluginsEnv() {
        Cli.Result r = Cli.run("--plugins", plugins.toString(), "list");
        assertThat(r.code()).isZero();
        assertThat(r.out()).containsPattern("CoinFlip-v0 +Guess the next flip of a \\(biased\\) coin \\[at most 20 steps]")
                .contains("config: {\"headsProbability\":0.5}")
                .contains("TestCountdown-v0");
        Cli.Result after = Cli.run("list", "--plugins", plugins.toString());
        assertThat(after.code()).as("--plugins after the subcommand").isZero();
        assertThat(after.out()).isEqualTo(r.out());
    }

    @Test
    void theEnvironmentVariableNamesThePluginFolder() {
        Cli.Result r = Cli.run(Map.of(AifgymCommand.PLUGINS_ENV, plugins.toString()), "list", "--json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"id\" : \"CoinFlip-v0\"");
    }

    @Test
    void withoutThePluginItsEnvIsUnknown() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty-plugins"));
        assertThat(Cli.run("--plugins", empty.toString(), "list").out()).doesNotContain("CoinFlip-v0");
        Path config = Files.writeString(dir.resolve("coin-missing.yaml"), """
                env: {id: CoinFlip-v0}
                agent: {id: test-epsilon}
                seed: 1
                steps: 5
                """);
        Cli.Result r = Cli.run("--plugins", empty.toString(), "run", config.toString(), "--out",
                dir.resolve("never").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("env.id: expected a registered env id").contains("found 'CoinFlip-v0'");
    }

    @Test
    void runRunsThePluginsEnv() throws IOException {
        Path config = Files.writeString(dir.resolve("coin.yaml"), """
                env: {id: CoinFlip-v0, config: {headsProbability: 1.0}}
                agent: {id: test-epsilon, config: {epsilon: 0.0, preference: FIRST}}
                seed: 3
                numEnvs: 2
                steps: 50
                """);
        Path out = dir.resolve("coin-run");
        Cli.Result r = Cli.run("--plugins", plugins.toString(), "run", config.toString(), "--out", out.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        List<String> rows = Files.readAllLines(out.resolve("episodes.csv"));
        // 2 slots x 50 steps, truncated every 20 steps: 2 episodes per slot, each guessing heads right 20 times
        assertThat(rows).containsExactly("slot,episode,return,length,terminated", "0,0,20.0,20,false",
                "1,0,20.0,20,false", "0,1,20.0,20,false", "1,1,20.0,20,false");
        JsonNode prov = new ObjectMapper().readTree(out.resolve("provenance.json").toFile());
        JsonNode coin = null;
        for (JsonNode p : prov.get("plugins")) {
            if (p.get("id").asText().equals("CoinFlip-v0")) {
                coin = p;
            }
        }
        assertThat(coin).isNotNull();
        assertThat(coin.get("provider").asText()).isEqualTo("com.example.coinflip.CoinFlipProvider");
        assertThat(coin.get("source").asText()).isEqualTo("coinflip-env.jar");
    }

    @Test
    void aBrokenPluginJarIsBadInput() throws IOException {
        Path broken = Files.createDirectories(dir.resolve("broken-plugins"));
        Path services = Files.createDirectories(dir.resolve("broken/META-INF/services"));
        Files.writeString(services.resolve("io.aifgym.gym.registry.EnvProvider"), "com.example.Missing\n");
        jar(broken.resolve("broken.jar"), dir.resolve("broken"));
        Cli.Result r = Cli.run("--plugins", broken.toString(), "list");
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).startsWith("aifgym: plugins: cannot load an env provider: ")
                .contains("com.example.Missing");
    }
}
