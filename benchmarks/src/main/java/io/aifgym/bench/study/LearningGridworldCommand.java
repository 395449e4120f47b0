package io.aifgym.bench.study;

import io.aifgym.bench.checkpoint.CheckpointFile;
import io.aifgym.bench.checkpoint.StopOnSignal;
import io.aifgym.bench.cli.BadInputException;
import io.aifgym.bench.cli.CheckpointOptions;
import io.aifgym.bench.cli.ExitCodes;
import io.aifgym.bench.cli.TerminalProgress;
import io.aifgym.bench.results.OutputFolder;
import io.aifgym.bench.results.ResultWriter;
import io.aifgym.gym.internal.Bytes;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code aifgym learning-gridworld}: runs the learning-gridworld study (all six scenarios by
 * default) and writes its curves, plots and {@code index.html} report to the output folder; with
 * {@code --bench} it times scenario 1 at full size and then all six scenarios instead, and
 * writes nothing. With {@code --checkpoint-every N} it writes {@code checkpoint.json} every
 * {@code N} blocks of a scenario and, on Ctrl-C or SIGTERM, at the end of the current block
 * (exit code {@value ExitCodes#INTERRUPTED}); {@code --resume DIR} continues it. Bad options (a
 * study whose results would not fit in the heap among them) and an output folder that cannot be
 * written stop it before it starts (exit code {@value ExitCodes#BAD_INPUT}); its files are
 * written all or none, so a disk that fills up leaves the output folder as it was.
 */
@Command(name = "learning-gridworld", sortOptions = false,
        description = {"Runs pymdp's learning-gridworld study (active inference agents learn a grid's A and B).",
            "Batches of 20 active inference agents learn the 7x7 grid's B, A or both under six",
            "priors, for alpha = 0, 0.2, 0.4, 0.6 and 0.8. Writes kl-agents.csv, kl-groups.csv, kl.json, run.json, PNG plots",
            "and index.html to the output folder.", "",
            "Scenarios: 1 learn B, flat D (40 blocks); 2 learn A, true D (20); 3 learn A,",
            "flat D (20); 4 learn A with a flat unlearned pB, true D (100); 5 learn A with",
            "the locality prior on B, true D (100); 6 as 5 with a flat D (100).", "",
            "Checkpoints: with --checkpoint-every N the study writes checkpoint.json to its output folder",
            "every N blocks of a scenario (and, on Ctrl-C, at the end of the current block); 'aifgym",
            "learning-gridworld --resume DIR' with the same options continues it and writes the files of an",
            "uninterrupted study.", ""})
public final class LearningGridworldCommand implements Callable<Integer> {

    /** The default output folder, relative to the working directory. */
    public static final String DEFAULT_OUT = "runs/learning-gridworld";

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Option(names = "--scenario", paramLabel = "N", split = ",",
            description = "Scenario number(s) from 1 to 6, comma separated (default: all).")
    private List<Integer> scenarios;

    @Option(names = "--blocks", paramLabel = "N",
            description = "Blocks per scenario (default: each scenario's own: 40, 20, 20, 100, 100, 100).")
    private Integer blocks;

    @Option(names = "--agents", paramLabel = "N", description = "Agents per alpha group (default: 20).")
    private int agents = StudySettings.NOTEBOOK_AGENTS;

    @Option(names = "--seed", paramLabel = "S", description = "Root seed (default: 0).")
    private long seed;

    @Option(names = "--threads", paramLabel = "T",
            description = "Worker threads (default: the available processors); results do not depend on it.")
    private Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: " + DEFAULT_OUT + ").")
    private Path out;

    @Option(names = "--checkpoint-every", paramLabel = "N",
            description = "Write checkpoint.json to the output folder every N blocks of a scenario (default with "
                    + "--resume: as the checkpoint says); it is removed when the study finishes.")
    private Integer checkpointEvery;

    @Option(names = "--resume", paramLabel = "DIR",
            description = "Continue the study whose output folder DIR holds its checkpoint.json (same options).")
    private Path resume;

    @Option(names = "--bench",
            description = "Time scenario 1 at full size, then all six scenarios (or the --scenario ones), and write "
                    + "nothing.")
    private boolean bench;

    /** Creates the command (picocli calls this). */
    public LearningGridworldCommand() {
        // fields are injected by picocli
    }

    @Override
    public Integer call() throws IOException {
        StudySettings settings = settings();
        PrintWriter stdout = spec.commandLine().getOut();
        if (bench) {
            bench(settings, stdout);
            return ExitCodes.OK;
        }
        CheckpointOptions.check(checkpointEvery, "blocks", resume, out);
        Path folder = resume != null ? resume : out != null ? out : Path.of(DEFAULT_OUT);
        OutputFolder.check(folder).ifPresent(p -> {
            throw new BadInputException("--out: expected " + p.expected() + ", found " + p.found());
        });
        if (resume == null) {
            CheckpointOptions.refuseUnfinished(folder, "study");
        }
        StudyCheckpoint from = resume == null ? null : StudyCheckpoints.read(folder, settings);
        Integer every = checkpointEvery != null ? checkpointEvery : from != null ? from.checkpointEvery() : null;
        StudyResult result;
        PrintWriter err = spec.commandLine().getErr();
        StudyCheckpoints checkpoints = every == null ? null : new StudyCheckpoints(folder, settings, every);
        try (TerminalProgress progress = TerminalProgress.onConsole("learning-gridworld", "agent steps");
                StopOnSignal stop = checkpoints == null ? null : new StopOnSignal(checkpoints::requestStop, err,
                        "writing a checkpoint at the end of the current block (waiting at most "
                        + StopOnSignal.WAIT_SECONDS + " s)", StopOnSignal.WAIT_SECONDS)) {
            if (checkpoints == null) {
                result = LearningGridworldStudy.run(settings, progress);
            } else {
                Optional<StudyResult> finished = LearningGridworldStudy.runCheckpointed(settings, progress,
                        checkpoints, from);
                if (finished.isEmpty()) {
                    err.println("aifgym: interrupted; checkpoint of " + checkpoints.lastWritten() + " written to "
                            + CheckpointFile.in(folder) + "; continue with the same options and --resume " + folder);
                    err.flush();
                    return ExitCodes.INTERRUPTED;
                }
                result = finished.get();
            }
        }
        try {
            StudyOutput.write(folder, result, commandLine());
        } catch (IOException e) {
            throw new BadInputException("--out: cannot write the results to " + folder + " ("
                    + ResultWriter.reason(e) + ")" + (Files.exists(CheckpointFile.in(folder))
                    ? "; the checkpoint is kept: resume with the same options and --resume " + folder : ""));
        }
        if (every != null) {
            CheckpointFile.delete(folder);
        }
        report(stdout, result, folder);
        return ExitCodes.OK;
    }

    private StudySettings settings() {
        List<Integer> numbers = scenarios == null ? List.of(1, 2, 3, 4, 5, 6) : scenarios;
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        StudySettings settings;
        try {
            settings = new StudySettings(numbers, blocks == null ? 0 : requirePositive(blocks), agents,
                    StudySettings.NOTEBOOK_STEPS, seed, nThreads, StudySettings.NOTEBOOK_ALPHAS);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("learning-gridworld: " + optionName(e.getMessage()));
        }
        long need = LearningGridworldStudy.resultBytes(settings);
        long heap = Runtime.getRuntime().maxMemory();
        if (need > heap) {
            throw new BadInputException(String.format(Locale.ROOT, "learning-gridworld: --agents, --blocks: expected "
                    + "a study whose results fit in this JVM's %s heap, found %,d agents x %d groups in %d "
                    + "scenario(s) of %s blocks, whose learned pA and pB and divergence curves alone would need %s; "
                    + "lower --agents or --blocks, run fewer scenarios, or give Java more heap (-Xmx)",
                    Bytes.format(heap), settings.agents(), settings.alphas().size(), settings.scenarios().size(),
                    blocks == null ? "their own" : String.format(Locale.ROOT, "%,d", blocks), Bytes.format(need)));
        }
        return settings;
    }


    private static int requirePositive(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("blocks: expected a positive number of blocks, found " + n);
        }
        return n;
    }

    /** Names the option a settings field comes from ("scenarios: ..." becomes "--scenario: ..."). */
    private static String optionName(String message) {
        return message.replaceFirst("^scenarios?:", "--scenario:").replaceFirst("^scenario:", "--scenario:")
                .replaceFirst("^blocks:", "--blocks:").replaceFirst("^agents:", "--agents:")
                .replaceFirst("^threads:", "--threads:");
    }

    private String commandLine() {
        List<String> parts = new ArrayList<>(List.of("./aifgym"));
        parts.addAll(spec.commandLine().getParseResult().originalArgs());
        return String.join(" ", parts);
    }

    private static void report(PrintWriter out, StudyResult result, Path folder) {
        out.printf(Locale.ROOT, "learning-gridworld: %d scenario(s), %d agent steps in %.1f s (%.0f agent steps/s) on %d "
                + "thread(s)%n", result.scenarios().size(), result.agentSteps(), result.wallSeconds(),
                result.agentSteps() / result.wallSeconds(), result.settings().threads());
        for (ScenarioResult s : result.scenarios()) {
            for (Scenario.Parameter p : s.scenario().tracked()) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "scenario %d, KL of p%s by alpha "
                        + "(blocks %s):", s.scenario().number(), p.name(), StudyReport.headlineBlocks(s.blocks())));
                for (GroupResult g : s.groups()) {
                    line.append(String.format(Locale.ROOT, "  %.1f:", g.alpha()));
                    for (int b : StudyReport.headlineBlocks(s.blocks())) {
                        line.append(String.format(Locale.ROOT, " %.3g", g.kl(p).mean(b - 1)));
                    }
                }
                out.println(line);
            }
        }
        out.println("results: " + folder.resolve(StudyReport.INDEX));
    }

    private static void bench(StudySettings settings, PrintWriter out) {
        Map<String, StudySettings> runs = new LinkedHashMap<>();
        runs.put("scenario 1", settings.withScenarios(List.of(1)));
        runs.put(settings.scenarios().size() == 6 ? "all six scenarios" : "scenarios " + settings.scenarios(),
                settings);
        out.printf(Locale.ROOT, "learning-gridworld bench: %d agents per group, %d groups, %d thread(s), %d processors, "
                + "load average %.2f%n", settings.agents(), settings.alphas().size(), settings.threads(),
                Runtime.getRuntime().availableProcessors(), loadAverage());
        for (Map.Entry<String, StudySettings> run : runs.entrySet()) {
            StudyResult r;
            double cpu0 = processCpuSeconds();
            try (TerminalProgress progress = TerminalProgress.onConsole(run.getKey(), "agent steps")) {
                r = LearningGridworldStudy.run(run.getValue(), progress);
            }
            double cpu = processCpuSeconds() - cpu0;
            out.printf(Locale.ROOT, "%-18s %9d agent steps  %7.2f s wall  %7.2f s CPU  %8.0f agent steps/s  "
                    + "(%.1f us CPU per agent step)  load average %.2f%n", run.getKey(), r.agentSteps(),
                    r.wallSeconds(), cpu, r.agentSteps() / r.wallSeconds(), 1e6 * cpu / r.agentSteps(), loadAverage());
        }
    }

    /** The CPU time of this JVM (all threads, the JIT and GC included), or NaN where the JVM does not say. */
    private static double processCpuSeconds() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean hotspot) {
            return hotspot.getProcessCpuTime() * 1e-9;
        }
        return Double.NaN;
    }

    /** The system load average of the last minute (other processes compete for the cores), or -1. */
    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
