package io.aifgym.bench.cli;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.aifgym.bench.study.LearningGridworldCommand;
import io.aifgym.bench.wiring.HarnessModule;
import io.aifgym.bench.wiring.PluginFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code aifgym} command. It owns the plugin folder option and, on first use by a
 * subcommand, the plugin class loader and the Guice injector (created after the arguments are
 * parsed, so {@code --plugins} decides what the registries see).
 */
@Command(name = "aifgym", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"A gym for discrete decision making: envs, active inference and RL agents, experiments.", ""},
        footer = {"", "Plugins: every jar in the plugin folder (--plugins DIR, else $" + AifgymCommand.PLUGINS_ENV
            + ", else plugins in the working directory) is loaded; its env and agent providers appear in 'list'",
            "and run with 'run' like the built-in ones.",
            "Exit codes: 0 success, 1 failed golden cases or an unexpected error, 2 bad input, 130 a checkpointed run "
            + "stopped by Ctrl-C."},
        subcommands = {ListCommand.class, RunCommand.class, CompareCommand.class, GoldenCommand.class,
            BenchCommand.class, LearningGridworldCommand.class})
public final class AifgymCommand implements Runnable, AutoCloseable {

    /** The environment variable naming the plugin folder. */
    public static final String PLUGINS_ENV = "AIFGYM_PLUGINS";
    /** The default plugin folder, relative to the working directory. */
    public static final String DEFAULT_PLUGINS = "plugins";

    @Option(names = "--plugins", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Folder of plugin jars (default: $" + PLUGINS_ENV + ", else " + DEFAULT_PLUGINS
                    + " in the working directory).")
    private Path plugins;

    @Spec
    private CommandSpec spec;

    private final Map<String, String> environment;
    private URLClassLoader loader;
    private Injector injector;

    /**
     * The command, reading {@value #PLUGINS_ENV} from the given environment.
     *
     * @param environment the process environment (or a test's)
     */
    public AifgymCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: expected one of "
                + String.join(", ", spec.subcommands().keySet()) + ", found none");
    }

    /**
     * The plugin folder: {@code --plugins}, else {@value #PLUGINS_ENV}, else {@value #DEFAULT_PLUGINS}.
     *
     * @return the folder
     */
    Path pluginFolder() {
        if (plugins != null) {
            return plugins;
        }
        String fromEnv = environment.get(PLUGINS_ENV);
        return fromEnv != null && !fromEnv.isBlank() ? Path.of(fromEnv) : Path.of(DEFAULT_PLUGINS);
    }

    /** @return whether the plugin folder was named by the user (then it must exist) */
    private boolean pluginFolderNamed() {
        String fromEnv = environment.get(PLUGINS_ENV);
        return plugins != null || (fromEnv != null && !fromEnv.isBlank());
    }

    /**
     * The injector over the plugin folder, made on first use.
     *
     * @return the injector
     * @throws io.aifgym.bench.wiring.PluginException if the plugin folder cannot be used
     */
    Injector injector() {
        if (injector == null) {
            loader = PluginFolder.open(pluginFolder(), pluginFolderNamed(), AifgymCommand.class.getClassLoader());
            injector = Guice.createInjector(new HarnessModule(loader));
        }
        return injector;
    }

    /** Closes the plugin class loader. */
    @Override
    public void close() {
        if (loader != null) {
            try {
                loader.close();
            } catch (IOException e) {
                throw new UncheckedIOException("closing the plugin class loader", e);
            }
        }
    }
}
