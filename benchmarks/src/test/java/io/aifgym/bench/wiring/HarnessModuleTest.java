package io.aifgym.bench.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.Multibinder;
import io.aifgym.bench.config.ConfigLoader;
import io.aifgym.bench.experiment.ExperimentRunner;
import io.aifgym.bench.fixtures.Countdown;
import io.aifgym.bench.results.ResultWriter;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.registry.AgentRegistry;
import io.aifgym.gym.registry.EnvProvider;
import io.aifgym.gym.registry.EnvRegistry;
import io.aifgym.gym.testkit.golden.GoldenRunner;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarnessModuleTest {

    @Test
    void bindsTheRegistriesLoaderRunnerAndWriterAsSingletons() {
        Injector injector = Guice.createInjector(new HarnessModule(getClass().getClassLoader()));
        assertThat(injector.getInstance(EnvRegistry.class).ids()).contains("TestCountdown-v0");
        assertThat(injector.getInstance(AgentRegistry.class).ids()).contains("test-epsilon");
        assertThat(injector.getInstance(GoldenRunner.class).functions()).contains("test_square");
        assertThat(injector.getInstance(EnvRegistry.class)).isSameAs(injector.getInstance(EnvRegistry.class));
        assertThat(injector.getInstance(ConfigLoader.class)).isSameAs(injector.getInstance(ConfigLoader.class));
        assertThat(injector.getInstance(ExperimentRunner.class)).isSameAs(injector.getInstance(ExperimentRunner.class));
        assertThat(injector.getInstance(ResultWriter.class)).isSameAs(injector.getInstance(ResultWriter.class));
    }

    @Test
    void anotherModuleCanAddProviders() {
        EnvProvider<Countdown.Config> renamed = new EnvProvider<>() {
            @Override
            public EnvSpec spec() {
                return EnvSpec.of("ExtraCountdown-v3", 0, "added by a module");
            }

            @Override
            public Class<Countdown.Config> configType() {
                return Countdown.Config.class;
            }

            @Override
            public Countdown.Config defaultConfig() {
                return Countdown.Config.DEFAULT;
            }

            @Override
            public Env<?, ?, ?> create(Countdown.Config config) {
                return new Countdown(config);
            }
        };
        Module extra = new AbstractModule() {
            @Override
            protected void configure() {
                Multibinder.newSetBinder(binder(), new TypeLiteral<EnvProvider<?>>() { }).addBinding()
                        .toInstance(renamed);
            }
        };
        Injector injector = Guice.createInjector(new HarnessModule(getClass().getClassLoader()), extra);
        assertThat(injector.getInstance(EnvRegistry.class).ids()).contains("ExtraCountdown-v3", "TestCountdown-v0");
    }

    @Test
    void configureTouchesNoPluginUntilARegistryIsAskedFor() {
        // A loader that fails on any lookup: creating the injector must not use it.
        ClassLoader failing = new ClassLoader(null) {
            @Override
            public java.util.Enumeration<URL> getResources(String name) throws IOException {
                throw new IOException("looked up " + name);
            }
        };
        Injector injector = Guice.createInjector(new HarnessModule(failing));
        assertThatThrownBy(() -> injector.getInstance(EnvRegistry.class)).isInstanceOf(ProvisionException.class)
                .hasRootCauseInstanceOf(IOException.class)
                .cause().isInstanceOf(PluginException.class).hasMessageStartingWith("plugins: cannot load an env provider");
    }

    @Test
    void pluginFolderLoadsItsJarsInNameOrder(@TempDir Path dir) throws IOException {
        emptyJar(dir.resolve("b.jar"));
        emptyJar(dir.resolve("a.JAR"));
        Files.writeString(dir.resolve("notes.txt"), "");
        Files.createDirectories(dir.resolve("c.jar"));
        assertThat(PluginFolder.jars(dir)).containsExactly(dir.resolve("a.JAR"), dir.resolve("b.jar"));
        try (URLClassLoader loader = PluginFolder.open(dir, true, getClass().getClassLoader())) {
            assertThat(loader.getURLs()).hasSize(2);
        }
        try (URLClassLoader none = PluginFolder.open(dir.resolve("absent"), false, getClass().getClassLoader())) {
            assertThat(none.getURLs()).isEmpty();
        }
        assertThatThrownBy(() -> PluginFolder.open(dir.resolve("absent"), true, getClass().getClassLoader()))
                .isInstanceOf(PluginException.class)
                .hasMessage("plugins: expected a folder of plugin jars, found no folder at " + dir.resolve("absent"));
        assertThatThrownBy(() -> PluginFolder.open(dir.resolve("notes.txt"), false, getClass().getClassLoader()))
                .isInstanceOf(PluginException.class).hasMessageContaining("found a file at");
    }

    /** A valid jar with only a manifest. */
    private static void emptyJar(Path file) throws IOException {
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(file),
                manifest)) {
            out.flush();
        }
    }

    @Test
    void aFileNamedJarThatIsNotAJarIsRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("empty.jar"), "");
        assertThatThrownBy(() -> PluginFolder.open(dir, true, getClass().getClassLoader()))
                .isInstanceOf(PluginException.class)
                .hasMessageStartingWith("plugins: expected jar files in " + dir.toAbsolutePath().normalize()
                        + ", found empty.jar, which cannot be read as a jar");
    }
}
