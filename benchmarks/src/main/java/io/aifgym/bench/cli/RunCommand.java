package io.aifgym.bench.cli;

import com.google.inject.Injector;
import io.aifgym.bench.checkpoint.Checkpoint;
import io.aifgym.bench.checkpoint.CheckpointFile;
import io.aifgym.bench.checkpoint.Checkpointer;
import io.aifgym.bench.checkpoint.SnapshotCodec;
import io.aifgym.bench.checkpoint.StopOnSignal;
import io.aifgym.bench.config.ConfigException;
import io.aifgym.bench.config.ConfigLoader;
import io.aifgym.bench.config.ConfigProblem;
import io.aifgym.bench.config.ExperimentConfig;
import io.aifgym.bench.experiment.BlockListener;
import io.aifgym.bench.experiment.Experiment;
import io.aifgym.bench.experiment.ExperimentRunner;
import io.aifgym.bench.experiment.RunResult;
import io.aifgym.bench.experiment.RunSnapshot;
import io.aifgym.bench.results.OutputFolder;
import io.aifgym.bench.results.Provenance;
import io.aifgym.bench.results.ResultWriter;
import io.aifgym.bench.results.Summary;
import io.aifgym.bench.wiring.Plugins;
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
 * {@code aifgym run CONFIG}: runs the experiment of a JSON or YAML file and writes
 * {@code episodes.csv}, {@code summary.json} and {@code provenance.json} to its output folder.
 * Everything that can be checked before the run is: the file, the ids, the configs, that the
 * env and agent can be made, and that the output folder is writable; any problem stops the
 * command with exit code 2 before anything is written.
 *
 * <p>With {@code --checkpoint-every N} the run writes {@code checkpoint.json} (see
 * {@link io.aifgym.bench.checkpoint}) before its first block, which proves the plugins' states
 * can be saved before any work is done, then every {@code N} blocks, and on Ctrl-C or SIGTERM
 * at the end of the current block (exit code {@value ExitCodes#INTERRUPTED}); a finished run
 * removes it. {@code --resume DIR} reads the checkpoint of {@code DIR}, refuses one of another
 * format version or of another config (threads and the output folder may differ), and writes
 * the results the uninterrupted run would have written, byte for byte.
 */
@Command(name = "run",
        description = {"Runs the experiment of a JSON or YAML file and writes its results.", "",
            "The file's fields (config fields left out take the provider's defaults):",
            "  env:   {id: ENV-ID, config: {...}}",
            "  agent: {id: AGENT-ID, config: {...}}",
            "  seed: N            the root key is Key.of(seed)",
            "  numEnvs: N         env copies, default 1",
            "  steps: N           steps per copy, or",
            "  episodes: N        episodes over all copies (maxSteps: N caps the steps)",
            "  threads: N         default 1; results do not depend on it",
            "  blockSteps: N      rollout block (offline learning, progress), default 100",
            "  out: DIR           default runs/NAME-OF-CONFIG",
            "Writes episodes.csv, summary.json and provenance.json to the output folder.", "",
            "Checkpoints: with --checkpoint-every N the run writes checkpoint.json to its output folder",
            "before the first block and every N blocks (and, on Ctrl-C, at the end of the current block);",
            "'aifgym run CONFIG --resume DIR' continues it and gives the results of an uninterrupted run.", ""})
public final class RunCommand implements Callable<Integer> {

    @ParentCommand
    private AifgymCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Parameters(index = "0", paramLabel = "CONFIG", description = "The experiment file (.json, .yaml or .yml).")
    private Path configFile;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: the config's out, else runs/NAME-OF-CONFIG).")
    private Path out;

    @Option(names = "--checkpoint-every", paramLabel = "N",
            description = "Write checkpoint.json to the output folder before the first block and every N blocks "
                    + "(default with --resume: as the checkpoint says).")
    private Integer checkpointEvery;

    @Option(names = "--resume", paramLabel = "DIR",
            description = "Resume the run whose output folder DIR holds a checkpoint.json of this CONFIG.")
    private Path resume;

    /** Creates the command (picocli calls this). */
    public RunCommand() {
        // fields are injected by picocli
    }

    @Override
    public Integer call() throws IOException {
        Injector injector = root.injector();
        String source = configFile.toString();
        CheckpointOptions.check(checkpointEvery, "blocks", resume, out);
        ExperimentConfig config = injector.getInstance(ConfigLoader.class).load(configFile);
        Path folder = resume != null ? resume : out != null ? out : config.out() != null ? Path.of(config.out())
                : OutputFolder.defaultFor(configFile);
        config = config.withOut(folder.toString());
        ExperimentRunner runner = injector.getInstance(ExperimentRunner.class);
        List<ConfigProblem> problems = new ArrayList<>();
        Experiment experiment = null;
        try {
            experiment = runner.prepare(config, source);
        } catch (ConfigException e) {
            problems.addAll(e.problems());
        }
        OutputFolder.check(folder).ifPresent(problems::add);
        if (resume == null && Files.exists(CheckpointFile.in(folder))) {
            problems.add(new ConfigProblem("out", "a folder without the checkpoint of an unfinished run",
                    CheckpointFile.in(folder) + " (resume it with --resume " + folder + ", or delete it)"));
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(source, problems);
        }
        RunSnapshot fresh = runner.start(experiment);
        RunSnapshot from = null;
        Integer every = checkpointEvery;
        SnapshotCodec codec = null;
        if (resume != null || every != null) {
            codec = new SnapshotCodec(experiment, fresh, source, injector.getInstance(
                    com.google.inject.Key.get(ClassLoader.class, Plugins.class)), pluginPackages(injector));
        }
        if (resume != null) {
            Checkpoint checkpoint = CheckpointFile.read(folder);
            from = codec.decode(checkpoint, CheckpointFile.in(folder).toString());
            List<String> platform = SnapshotCodec.platformDifferences(checkpoint);
            if (!platform.isEmpty()) {
                spec.commandLine().getErr().println("aifgym: warning: resuming a checkpoint written on another platform ("
                        + String.join(", ", platform) + "): the results will agree with an uninterrupted run to "
                        + "rounding, not bit for bit");
            }
            every = every != null ? every : checkpoint.checkpointEvery();
        }
        Checkpointer checkpointer = every == null ? null : new Checkpointer(folder, codec, every,
                from == null ? -1 : from.blocks());
        Clock clock = injector.getInstance(Clock.class);
        Instant start = clock.instant();
        Optional<RunResult> finished;
        PrintWriter err = spec.commandLine().getErr();
        try (TerminalProgress progress = TerminalProgress.onConsole(config.env().id() + " x " + config.agent().id(),
                config.countsEpisodes() ? "episodes" : "steps");
                StopOnSignal stop = checkpointer == null ? null : new StopOnSignal(checkpointer::requestStop, err,
                        "writing a checkpoint at the end of the current block (waiting at most "
                        + StopOnSignal.WAIT_SECONDS + " s)", StopOnSignal.WAIT_SECONDS)) {
            finished = runner.run(experiment, progress, from != null ? from : fresh,
                    checkpointer != null ? checkpointer : BlockListener.NONE);
            if (finished.isEmpty()) {
                err.println("aifgym: interrupted; checkpoint of block " + checkpointer.lastWritten() + " written to "
                        + CheckpointFile.in(folder) + "; continue with: aifgym run " + configFile + " --resume "
                        + folder);
                err.flush();
                return ExitCodes.INTERRUPTED;
            }
        }
        RunResult result = finished.get();
        Instant end = clock.instant();
        Summary summary = Summary.of(config, result);
        Provenance provenance = Provenance.of(config, source, injector.getInstance(EnvRegistry.class),
                injector.getInstance(AgentRegistry.class), start, end, result);
        try {
            injector.getInstance(ResultWriter.class).write(folder, result, summary, provenance);
        } catch (IOException e) {
            throw new BadInputException("out: cannot write the results to " + folder + " (" + ResultWriter.reason(e)
                    + ")" + (checkpointer != null ? "; the checkpoint is kept: resume with --resume " + folder : ""));
        }
        if (checkpointer != null) {
            CheckpointFile.delete(folder);
        }
        report(spec.commandLine().getOut(), config, summary, provenance, folder);
        return ExitCodes.OK;
    }

    /** The packages of every registered provider: a checkpoint may hold their classes. */
    private static List<String> pluginPackages(Injector injector) {
        List<String> out = new ArrayList<>();
        for (Object p : injector.getInstance(EnvRegistry.class).providers()) {
            out.add(p.getClass().getPackageName());
        }
        for (Object p : injector.getInstance(AgentRegistry.class).providers()) {
            out.add(p.getClass().getPackageName());
        }
        return out;
    }

    private static void report(PrintWriter out, ExperimentConfig c, Summary s, Provenance p, Path folder) {
        out.printf(Locale.ROOT, "%s x %s, seed %d: %d episodes in %d env steps (%d envs x %d steps), %.2f s%n",
                s.env(), s.agent(), s.seed(), s.episodes(), s.envSteps(), s.numEnvs(), s.stepsPerEnv(),
                p.wallSeconds());
        if (s.episodes() > 0) {
            out.printf(Locale.ROOT, "return: mean %.4g, std %.4g, min %.4g, max %.4g; mean length %.4g%n",
                    s.meanReturn(), s.stdReturn(), s.minReturn(), s.maxReturn(), s.meanLength());
        }
        if (s.reachedStepLimit()) {
            out.printf(Locale.ROOT, "stopped at maxSteps (%d) before %d episodes ended%n", c.maxSteps(), c.episodes());
        }
        out.println("results: " + folder.resolve(ResultWriter.EPISODES) + ", " + ResultWriter.SUMMARY + ", "
                + ResultWriter.PROVENANCE);
    }
}
