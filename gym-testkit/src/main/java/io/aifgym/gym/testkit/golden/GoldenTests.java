package io.aifgym.gym.testkit.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.gym.golden.GoldenFunctions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * JUnit helpers that run the shared golden cases of one {@link GoldenFunctions} plugin.
 *
 * <pre>{@code
 * @Test void goldenCasesPass() {
 *     GoldenTests.assertAllPass(new EnvGoldenFunctions(), "golden-jax", "golden-gym");
 * }
 * }</pre>
 */
public final class GoldenTests {

    private GoldenTests() {
    }

    /**
     * The shared folder with the reference cases: the system property {@code aifgym.shared}
     * if set, else the first {@code shared} folder found beside the working directory or one of
     * its parents (a module's tests run in the module folder, a sibling of the repository's
     * own parent's {@code shared}).
     *
     * @return the folder
     * @throws IllegalStateException if none is found, naming where it looked
     */
    public static Path sharedDir() {
        String prop = System.getProperty("aifgym.shared");
        if (prop != null) {
            return Path.of(prop);
        }
        Path dir = Path.of("").toAbsolutePath();
        List<Path> tried = new ArrayList<>();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path candidate = d.resolve("shared");
            tried.add(candidate);
            if (Files.isDirectory(candidate.resolve("golden"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared reference folder with golden/: not found; looked in " + tried
                + " (set -Daifgym.shared=DIR)");
    }

    /**
     * Runs every case under {@code shared/<root>} whose function the plugin evaluates and fails
     * with every failing case's line; also fails if no case at all was found.
     *
     * @param functions the plugin
     * @param roots folder names under the shared folder ("golden", "golden-jax", "golden-gym")
     * @return the results, for further assertions
     */
    public static List<GoldenRunner.CaseResult> assertAllPass(GoldenFunctions functions, String... roots) {
        GoldenRunner runner = new GoldenRunner(List.of(functions));
        List<GoldenRunner.CaseResult> results = new ArrayList<>();
        Path shared = sharedDir();
        try {
            for (String root : roots) {
                for (GoldenCases.Loaded l : GoldenCases.load(shared.resolve(root))) {
                    if (functions.functions().contains(l.function())) {
                        results.add(runner.run(l));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> failures = results.stream().filter(r -> !r.passed()).map(GoldenRunner.CaseResult::line).toList();
        assertThat(results).as("golden cases of %s under %s", functions.functions(), List.of(roots)).isNotEmpty();
        assertThat(failures).as("failing golden cases (%d of %d)", failures.size(), results.size()).isEmpty();
        return results;
    }
}
