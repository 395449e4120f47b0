package io.aifgym.bench.cli;

import com.google.inject.Injector;
import io.aifgym.bench.config.ConfigLoader;
import io.aifgym.bench.config.ConfigMappers;
import io.aifgym.bench.experiment.Experiment;
import io.aifgym.bench.experiment.ExperimentRunner;
import io.aifgym.bench.longrun.LongRun;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code aifgym bench long-run}: a million agent steps of online learning by the active
 * inference agent on GridWorld (learning B) and on the T-maze (learning A), checked for NaN
 * or infinity in beliefs, models and diagnostics after every block, for heap growth after GC
 * (10% against 100% of the steps) and for throughput drift (the first against the last 10%).
 * Prints one row per case; exit code 0 when every check passes, 1 otherwise.
 */
@Command(name = "long-run",
        description = {"A million agent steps of online learning on GridWorld and the T-maze, checked for NaN or",
            "infinity in beliefs and models, for heap growth (after GC at 10% and 100%) and for throughput drift",
            "(first against last 10%). Exit code 0 when every check passes."})
public final class LongRunCommand implements Callable<Integer> {

    /** The GridWorld case: B learned online from a flat prior, a preference for the goal cell. */
    static final String GRIDWORLD = """
            env: {id: GridWorld-v0, config: {shape: [5, 5], goals: [[4, 4]], maxEpisodeSteps: 30}}
            agent: {id: aif, config: {policyLen: 2, learnB: true, useParamInfoGain: true, actionSelection: STOCHASTIC,
              alpha: 4.0, model: {pB: {scale: 0.0, offset: 1.0, useMean: true},
              preferences: [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4]]}}}
            seed: 0
            steps: 1
            """;
    /** The T-maze case: A learned online around the truth, loss-averse reward preferences. */
    static final String TMAZE = """
            env: {id: TMaze-v0}
            agent: {id: aif, config: {policyLen: 2, learnA: true, actionSelection: STOCHASTIC, alpha: 4.0,
              model: {pA: {scale: 1.0, offset: 0.1, useMean: false},
              preferences: [[0, 0, 0, 0, 0], [0, 2, -6], [0, 0, 0]]}}}
            seed: 0
            steps: 1
            """;

    @ParentCommand
    private BenchCommand bench;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Option(names = "--steps", paramLabel = "N", description = "Agent steps per case, all env copies together (default "
            + "1000000).")
    private long steps = 1_000_000;

    @Option(names = "--envs", paramLabel = "N", description = "Env copies (default 8).")
    private int envs = 8;

    @Option(names = "--block", paramLabel = "N", description = "Steps per rollout block per copy (default 250).")
    private int block = 250;

    @Option(names = "--seed", paramLabel = "N", description = "The root seed (default 0).")
    private long seed;

    @Option(names = "--case", paramLabel = "NAME", description = "gridworld, tmaze or both (default both).")
    private String which = "both";

    /** Creates the command (picocli calls this). */
    public LongRunCommand() {
        // fields are injected by picocli
    }

    @Override
    public Integer call() {
        if (steps < 10L * envs * block || envs < 1 || block < 1) {
            throw new BadInputException("long-run: expected --steps of at least 10 blocks (10 x --envs x --block = "
                    + 10L * Math.max(1, envs) * Math.max(1, block) + ") and positive --envs and --block, found --steps "
                    + steps + ", --envs " + envs + ", --block " + block);
        }
        List<String[]> cases = new ArrayList<>();
        if (which.equals("both") || which.equals("gridworld")) {
            cases.add(new String[] {"GridWorld-v0 (learn B)", GRIDWORLD});
        }
        if (which.equals("both") || which.equals("tmaze")) {
            cases.add(new String[] {"TMaze-v0 (learn A)", TMAZE});
        }
        if (cases.isEmpty()) {
            throw new BadInputException("long-run: --case: expected gridworld, tmaze or both, found " + which);
        }
        Injector injector = bench.root().injector();
        ConfigLoader loader = injector.getInstance(ConfigLoader.class);
        ExperimentRunner runner = injector.getInstance(ExperimentRunner.class);
        PrintWriter out = spec.commandLine().getOut();
        List<LongRun.Report> reports = new ArrayList<>();
        for (String[] c : cases) {
            Experiment e = runner.prepare(loader.parse(c[1], ConfigMappers.Format.YAML, c[0]), c[0]);
            out.printf(Locale.ROOT, "%s: %,d agent steps on %d env copies ...%n", c[0], steps, envs);
            out.flush();
            reports.add(LongRun.run(c[0], e.agent(), e.env(), envs, steps, block, seed, done -> {
                out.printf(Locale.ROOT, "  %,d steps%n", done);
                out.flush();
            }));
        }
        out.println();
        out.printf(Locale.ROOT, "%-24s %12s %9s %14s %14s %7s %11s %11s  %s%n", "case", "agent steps", "seconds",
                "first 10% /s", "last 10% /s", "ratio", "heap@10%", "heap@100%", "NaN/inf");
        boolean passed = true;
        for (LongRun.Report r : reports) {
            out.printf(Locale.ROOT, "%-24s %,12d %9.1f %,14.0f %,14.0f %7.3f %9.1f M %9.1f M  %s%n", r.name(),
                    r.agentSteps(), r.seconds(), r.firstRate(), r.lastRate(), r.lastRate() / r.firstRate(),
                    r.heapAtTenth() / 1048576.0, r.heapAtEnd() / 1048576.0, r.problem().orElse("none"));
            out.printf(Locale.ROOT, "  finite: %s, heap flat (<= %.2f x + 16 MiB): %s, throughput steady (ratio >= %.1f): %s%n",
                    pass(r.finite()), LongRun.Report.HEAP_GROWTH, pass(r.memoryFlat()), LongRun.Report.RATE_RATIO,
                    pass(r.rateSteady()));
            passed &= r.passed();
        }
        return passed ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private static String pass(boolean ok) {
        return ok ? "PASS" : "FAIL";
    }
}
