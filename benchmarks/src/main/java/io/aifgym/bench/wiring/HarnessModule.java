package io.aifgym.bench.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.Multibinder;
import io.aifgym.bench.config.ConfigLoader;
import io.aifgym.bench.experiment.ExperimentRunner;
import io.aifgym.bench.results.ResultWriter;
import io.aifgym.gym.registry.AgentProvider;
import io.aifgym.gym.registry.AgentRegistry;
import io.aifgym.gym.registry.EnvProvider;
import io.aifgym.gym.registry.EnvRegistry;
import io.aifgym.gym.testkit.golden.GoldenRunner;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.ServiceConfigurationError;
import java.util.function.Supplier;

/**
 * The bindings of the harness. The registries and the golden runner are built from
 * {@link java.util.ServiceLoader} over the plugin class loader (plus any providers another
 * module adds to the {@code Set<EnvProvider<?>>} or {@code Set<AgentProvider<?>>}
 * multibindings) the first time they are asked for, after {@code Guice.createInjector} returns: {@link #configure()} does no I/O, reads no
 * files and starts no threads (the Guice wiki's "modules should be fast and side-effect
 * free"). A broken plugin surfaces as a {@link PluginException}.
 *
 * <pre>{@code
 * Injector injector = Guice.createInjector(new HarnessModule(PluginFolder.open(dir, false, parent)));
 * ConfigLoader loader = injector.getInstance(ConfigLoader.class);
 * }</pre>
 */
public final class HarnessModule extends AbstractModule {

    private final ClassLoader plugins;

    /**
     * A module over a plugin class loader.
     *
     * @param plugins the class loader whose {@code META-INF/services} entries name the providers
     */
    public HarnessModule(ClassLoader plugins) {
        this.plugins = Objects.requireNonNull(plugins, "plugins");
    }

    @Override
    protected void configure() {
        // Extra providers beside ServiceLoader's: another module may add to these sets.
        Multibinder.newSetBinder(binder(), new TypeLiteral<EnvProvider<?>>() { });
        Multibinder.newSetBinder(binder(), new TypeLiteral<AgentProvider<?>>() { });
        bind(ClassLoader.class).annotatedWith(Plugins.class).toInstance(plugins);
        bind(Clock.class).toInstance(Clock.systemUTC());
        bind(ConfigLoader.class).in(Singleton.class);
        bind(ExperimentRunner.class).in(Singleton.class);
        bind(ResultWriter.class).in(Singleton.class);
    }

    /**
     * The env providers of aifgym, of the plugins and of any module that adds to the set of
     * {@code EnvProvider<?>}.
     *
     * @param loader the plugin class loader
     * @param extra providers bound by other modules
     * @return the registry
     * @throws PluginException if a provider cannot be loaded or two share an id
     */
    @Provides
    @Singleton
    EnvRegistry envRegistry(@Plugins ClassLoader loader, Set<EnvProvider<?>> extra) {
        return loading("an env provider", () -> {
            List<EnvProvider<?>> all = new ArrayList<>(EnvRegistry.load(loader).providers());
            all.addAll(extra);
            return new EnvRegistry(all);
        });
    }

    /**
     * The agent providers of aifgym, of the plugins and of any module that adds to the set of
     * {@code AgentProvider<?>}.
     *
     * @param loader the plugin class loader
     * @param extra providers bound by other modules
     * @return the registry
     * @throws PluginException if a provider cannot be loaded or two share an id
     */
    @Provides
    @Singleton
    AgentRegistry agentRegistry(@Plugins ClassLoader loader, Set<AgentProvider<?>> extra) {
        return loading("an agent provider", () -> {
            List<AgentProvider<?>> all = new ArrayList<>(AgentRegistry.load(loader).providers());
            all.addAll(extra);
            return new AgentRegistry(all);
        });
    }

    /**
     * The golden-case runner over every {@code GoldenFunctions} plugin.
     *
     * @param loader the plugin class loader
     * @return the runner
     * @throws PluginException if a plugin cannot be loaded or two claim one function
     */
    @Provides
    @Singleton
    GoldenRunner goldenRunner(@Plugins ClassLoader loader) {
        return loading("a golden-function plugin", () -> GoldenRunner.load(loader));
    }

    private static <T> T loading(String kind, Supplier<T> load) {
        try {
            return load.get();
        } catch (ServiceConfigurationError | LinkageError e) {
            throw new PluginException("plugins: cannot load " + kind + ": " + e, e);
        } catch (RuntimeException e) {
            // duplicate ids (DuplicateIdException), malformed ids in a spec, a provider that throws
            throw new PluginException("plugins: " + e.getMessage(), e);
        }
    }
}
