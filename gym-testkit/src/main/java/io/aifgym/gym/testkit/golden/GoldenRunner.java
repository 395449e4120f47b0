package io.aifgym.gym.testkit.golden;

import io.aifgym.gym.golden.GoldenCase;
import io.aifgym.gym.golden.GoldenFunctions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Runs golden case files through {@link GoldenFunctions} plugins and reports one line per case.
 * A case whose function no plugin evaluates, a malformed file, or an implementation that throws
 * is a failure with its reason, never a pass and never a crash.
 */
public final class GoldenRunner {

    private final Map<String, GoldenFunctions> byFunction;

    /**
     * A runner over the given plugins.
     *
     * @param plugins the implementations
     * @throws IllegalStateException if two plugins claim the same function
     */
    public GoldenRunner(Collection<? extends GoldenFunctions> plugins) {
        Map<String, GoldenFunctions> map = new TreeMap<>();
        for (GoldenFunctions p : plugins) {
            for (String f : p.functions()) {
                GoldenFunctions previous = map.putIfAbsent(f, p);
                if (previous != null && previous.getClass() != p.getClass()) {
                    throw new IllegalStateException("golden function '" + f + "' is claimed by both "
                            + previous.getClass().getName() + " and " + p.getClass().getName());
                }
            }
        }
        this.byFunction = map;
    }

    /**
     * A runner over the plugins found by {@link ServiceLoader}.
     *
     * @param loader the class loader
     * @return the runner
     */
    public static GoldenRunner load(ClassLoader loader) {
        List<GoldenFunctions> list = new ArrayList<>();
        ServiceLoader.load(GoldenFunctions.class, loader).forEach(list::add);
        return new GoldenRunner(list);
    }

    /** @return the function names that some plugin evaluates */
    public List<String> functions() {
        return List.copyOf(byFunction.keySet());
    }

    /**
     * The result of one case.
     *
     * @param function the function
     * @param name the case name
     * @param file the case file
     * @param passed whether it passed
     * @param maxError the largest absolute error (NaN when nothing was compared)
     * @param where where the largest error or the problem is
     * @param reason why it failed, or null
     */
    public record CaseResult(String function, String name, Path file, boolean passed, double maxError,
            String where, String reason) {

        /** @return the report line: function, name, PASS/FAIL, largest error and where, reason */
        public String line() {
            String err = Double.isNaN(maxError) ? "-" : String.format(Locale.ROOT, "%.3g", maxError);
            return function + " " + name + " " + (passed ? "PASS" : "FAIL") + " max_err=" + err
                    + (where == null || where.isEmpty() ? "" : " at " + where)
                    + (reason == null ? "" : " (" + reason + ")");
        }
    }

    /**
     * Runs one loaded case.
     *
     * @param loaded the case or its load problem
     * @return the result
     */
    public CaseResult run(GoldenCases.Loaded loaded) {
        if (!loaded.ok()) {
            return new CaseResult(loaded.function(), loaded.name(), loaded.file(), false, Double.NaN, "",
                    loaded.problem());
        }
        GoldenCase c = loaded.goldenCase();
        GoldenFunctions impl = byFunction.get(c.function());
        if (impl == null) {
            return new CaseResult(c.function(), c.name(), loaded.file(), false, Double.NaN, "",
                    "unknown function '" + c.function() + "'");
        }
        Map<String, Object> produced;
        try {
            produced = impl.evaluate(c);
        } catch (Exception | StackOverflowError e) {
            return new CaseResult(c.function(), c.name(), loaded.file(), false, Double.NaN, "",
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        GoldenComparison.Outcome o = GoldenComparison.compare(c.expected(), produced, c.atol());
        String reason = o.problem() != null ? o.problem()
                : o.passed() ? null : "error above atol " + c.atol();
        return new CaseResult(c.function(), c.name(), loaded.file(), o.passed(), o.maxError(), o.where(), reason);
    }

    /**
     * Runs every case under the roots.
     *
     * @param roots folders laid out as {@code ROOT/<function>/*.json}
     * @return one result per case file, in path order
     * @throws IOException if a folder cannot be listed
     */
    public List<CaseResult> runAll(Collection<Path> roots) throws IOException {
        List<CaseResult> out = new ArrayList<>();
        for (Path root : roots) {
            for (GoldenCases.Loaded l : GoldenCases.load(root)) {
                out.add(run(l));
            }
        }
        return out;
    }
}
