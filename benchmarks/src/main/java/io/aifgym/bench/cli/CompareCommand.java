package io.aifgym.bench.cli;

import com.google.inject.Injector;
import io.aifgym.bench.checkpoint.CheckpointFile;
import io.aifgym.bench.checkpoint.StopOnSignal;
import io.aifgym.bench.compare.Bootstrap;
import io.aifgym.bench.compare.CompareCheckpoint;
import io.aifgym.bench.compare.CompareCheckpoints;
import io.aifgym.bench.compare.CompareConfig;
import io.aifgym.bench.compare.CompareConfigLoader;
import io.aifgym.bench.compare.CompareFiles;
import io.aifgym.bench.compare.ComparePlan;
import io.aifgym.bench.compare.CompareProvenance;
import io.aifgym.bench.compare.CompareReport;
import io.aifgym.bench.compare.CompareResult;
import io.aifgym.bench.compare.CompareRunner;
import io.aifgym.bench.compare.CompareSummary;
import io.aifgym.bench.config.ConfigException;
import io.aifgym.bench.config.ConfigProblem;
import io.aifgym.bench.results.OutputFolder;
import io.aifgym.bench.results.ResultWriter;
import io.aifgym.gym.registry.AgentRegistry;
import io.aifgym.gym.registry.EnvRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code aifgym compare CONFIG}: runs a paired-seed comparison of agents on envs and writes
 * its results (see {@link io.aifgym.bench.compare}). Everything that can be checked before the
 * runs is: the file, the ids, the configs, that each env can be made, and that the output folder
 * is writable; any problem stops the command with exit code 2 before anything is written.
 * Agents that cannot act in an env are left out of it with a note. The results are written all
 * or none: a disk that fills up leaves the output folder as it was (exit code 2).
 */
@Command(name = "compare",
        description = {"Compares agents on envs with paired seeds and writes a report.", "",
            "The file's fields (config fields left out take the provider's defaults):",
            "  envs:        a list, each with",
            "    id: ENV-ID, name: NAME, config: {...}",
            "    steps: N (per env copy) or episodes: N, maxSteps: N (caps episodes)",
            "    lastEpisodes: N   statistics over the last N episodes of each run",
            "    success: TERMINAL_REWARD (default), TERMINATED, POSITIVE_RETURN or NONE",
            "    agentConfigs: {AGENT-NAME: {...}}   an agent's config in this env",
            "  agents:      a list of {id: AGENT-ID, name: NAME, config: {...}};",
            "               paired differences are to the first that runs in an env",
            "  seeds: N     the seeds 0 to N-1, or a list [S, ...]",
            "  numEnvs: N   env copies per run, default 1",
            "  threads: N   runs at once, default the processors; results do not",
            "               depend on it",
            "  blockSteps: N  rollout block (offline learning), default 100",
            "  out: DIR     default runs/NAME-OF-CONFIG",
            "For one seed every agent meets the same env keys. Writes episodes.csv,",
            "summary.json, report.md, report.html, curves-ENV.png and provenance.json.",
            "Checkpoints: with --checkpoint-every N it writes checkpoint.json (the finished",
            "runs) to the output folder every N runs and on Ctrl-C; 'aifgym compare CONFIG --resume DIR'",
            "runs the rest and writes the same results as an uninterrupted compare.",
            ""})
public final class CompareCommand implements Callable<Integer> {

    @ParentCommand
    private AifgymCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Parameters(index = "0", paramLabel = "CONFIG", description = "The comparison file (.json, .yaml or .yml).")
    private Path configFile;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: the config's out, else runs/NAME-OF-CONFIG).")
    private Path out;

    @Option(names = "--threads", paramLabel = "N",
            description = "Runs at once (default: the config's threads); results do not depend on it.")
    private Integer threads;

    @Option(names = "--checkpoint-every", paramLabel = "N",
            description = "Write checkpoint.json to the output folder every N finished runs (default with --resume: "
                    + "as the checkpoint says); it is removed when the comparison finishes.")
    private Integer checkpointEvery;

    @Option(names = "--resume", paramLabel = "DIR",
            description = "Continue the comparison whose output folder DIR holds its checkpoint.json (same config).")
    private Path resume;

    /** Creates the command (picocli calls this). */
    public CompareCommand() {
        // fields are injected by picocli
    }

    @Override
    public Integer call() throws IOException {
        if (threads != null && (threads < 1 || threads > CompareConfig.MAX_THREADS)) {
            throw new BadInputException("--threads: expected an integer from 1 to " + CompareConfig.MAX_THREADS
                    + ", found " + threads);
        }
        CheckpointOptions.check(checkpointEvery, "runs", resume, out);
        Injector injector = root.injector();
        String source = configFile.toString();
        CompareConfig config = injector.getInstance(CompareConfigLoader.class).load(configFile);
        Path folder = resume != null ? resume : out != null ? out : config.out() != null ? Path.of(config.out())
                : OutputFolder.defaultFor(configFile);
        config = config.withOut(folder.toString());
        if (threads != null) {
            config = config.withThreads(threads);
        }
        CompareRunner runner = injector.getInstance(CompareRunner.class);
        List<ConfigProblem> problems = new ArrayList<>();
        ComparePlan plan = null;
        try {
            plan = runner.prepare(config, source);
        } catch (ConfigException e) {
            problems.addAll(e.problems());
        }
        OutputFolder.check(folder).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new ConfigException(source, problems);
        }
        if (resume == null) {
            CheckpointOptions.refuseUnfinished(folder, "comparison");
        }
        CompareCheckpoint from = resume == null ? null : CompareCheckpoints.read(folder, config);
        Integer every = checkpointEvery != null ? checkpointEvery : from != null ? from.checkpointEvery() : null;
        Clock clock = injector.getInstance(Clock.class);
        Instant start = clock.instant();
        CompareResult result;
        Path name = configFile.getFileName();
        String title = name == null ? source : name.toString();
        PrintWriter err = spec.commandLine().getErr();
        CompareCheckpoints checkpoints = every == null ? null : new CompareCheckpoints(folder, config, every);
        String resumeWith = "aifgym compare " + configFile + " --resume " + folder;
        try (TerminalProgress progress = TerminalProgress.onConsole("compare " + title, "runs");
                StopOnSignal stop = checkpoints == null ? null : new StopOnSignal(() -> {
                    int saved = checkpoints.stopNow();
                    if (saved >= 0) {
                        err.println("aifgym: checkpoint of " + saved + " finished runs written to "
                                + CheckpointFile.in(folder) + "; continue with: " + resumeWith);
                        err.flush();
                    }
                }, err, "writing a checkpoint of the finished runs (runs in flight are dropped)", 0)) {
            if (checkpoints == null) {
                result = runner.run(plan, progress);
            } else {
                Optional<CompareResult> finished = runner.runCheckpointed(plan, progress, checkpoints, from);
                checkpoints.close();
                if (finished.isEmpty()) {
                    err.println("aifgym: interrupted; checkpoint written to " + CheckpointFile.in(folder)
                            + "; continue with: " + resumeWith);
                    err.flush();
                    return ExitCodes.INTERRUPTED;
                }
                result = finished.get();
            }
        }
        Instant end = clock.instant();
        Bootstrap bootstrap = new Bootstrap(Bootstrap.DEFAULT_RESAMPLES);
        CompareSummary summary = CompareSummary.of(result, bootstrap);
        CompareProvenance provenance = CompareProvenance.of(config, source, injector.getInstance(EnvRegistry.class),
                injector.getInstance(AgentRegistry.class), start, end, result, bootstrap.resamples());
        try {
            CompareFiles.write(folder, result, summary, provenance, title);
        } catch (IOException e) {
            throw new BadInputException("out: cannot write the results to " + folder + " (" + ResultWriter.reason(e)
                    + ")" + (Files.exists(CheckpointFile.in(folder)) ? "; the checkpoint is kept: resume with "
                    + "--resume " + folder : ""));
        }
        if (every != null) {
            CheckpointFile.delete(folder);
        }
        report(spec.commandLine().getOut(), summary, provenance, folder);
        return ExitCodes.OK;
    }

    private static void report(PrintWriter out, CompareSummary summary, CompareProvenance p, Path folder) {
        CompareConfig c = p.config();
        out.printf(Locale.ROOT, "compare: %d envs x %d agents x %d seeds, %d runs, %d env steps in %.1f s on %d "
                + "thread(s)%n", c.envs().size(), c.agents().size(), c.seeds().size(), p.runs(), p.envSteps(),
                p.wallSeconds(), c.threads());
        for (CompareSummary.EnvTable t : summary.envs()) {
            out.println();
            out.println("## " + t.env() + " (" + t.budget() + ")");
            out.println();
            out.print(CompareReport.markdownTable(t));
            for (var s : t.skipped()) {
                out.println("  skipped " + s.agent() + ": " + s.reason());
            }
        }
        out.println();
        out.println("results: " + folder.resolve(CompareReport.MARKDOWN) + ", " + CompareReport.HTML + ", "
                + CompareFiles.EPISODES + ", " + CompareFiles.SUMMARY + ", " + CompareFiles.PROVENANCE
                + ", curves-*.png");
    }
}
