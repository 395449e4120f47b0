package io.aifgym.bench.cli;

import com.google.inject.Injector;
import io.aifgym.bench.config.ConfigException;
import io.aifgym.bench.config.ConfigLoader;
import io.aifgym.bench.config.ConfigProblem;
import io.aifgym.bench.config.ExperimentConfig;
import io.aifgym.bench.experiment.Experiment;
import io.aifgym.bench.experiment.ExperimentRunner;
import io.aifgym.bench.experiment.RunResult;
import io.aifgym.bench.results.OutputFolder;
import io.aifgym.bench.results.Provenance;
import io.aifgym.bench.results.ResultWriter;
import io.aifgym.bench.results.Summary;
import io.aifgym.gym.registry.AgentRegistry;
import io.aifgym.gym.registry.EnvRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
            "Writes episodes.csv, summary.json and provenance.json to the output folder.", ""})
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

    /** Creates the command (picocli calls this). */
    public RunCommand() {
        // fields are injected by picocli
    }

    @Override
    public Integer call() throws IOException {
        Injector injector = root.injector();
        String source = configFile.toString();
        ExperimentConfig config = injector.getInstance(ConfigLoader.class).load(configFile);
        Path folder = out != null ? out : config.out() != null ? Path.of(config.out()) : OutputFolder.defaultFor(configFile);
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
        if (!problems.isEmpty()) {
            throw new ConfigException(source, problems);
        }
        Clock clock = injector.getInstance(Clock.class);
        Instant start = clock.instant();
        RunResult result;
        try (TerminalProgress progress = TerminalProgress.onConsole(config.env().id() + " x " + config.agent().id(),
                config.countsEpisodes() ? "episodes" : "steps")) {
            result = runner.run(experiment, progress);
        }
        Instant end = clock.instant();
        Summary summary = Summary.of(config, result);
        Provenance provenance = Provenance.of(config, source, injector.getInstance(EnvRegistry.class),
                injector.getInstance(AgentRegistry.class), start, end, result);
        injector.getInstance(ResultWriter.class).write(folder, result, summary, provenance);
        report(spec.commandLine().getOut(), config, summary, provenance, folder);
        return ExitCodes.OK;
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
