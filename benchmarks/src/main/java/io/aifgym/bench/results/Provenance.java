package io.aifgym.bench.results;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.aifgym.bench.config.ExperimentConfig;
import io.aifgym.bench.experiment.RunResult;
import io.aifgym.gym.registry.AgentProvider;
import io.aifgym.gym.registry.AgentRegistry;
import io.aifgym.gym.registry.EnvProvider;
import io.aifgym.gym.registry.EnvRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything needed to repeat or audit a run, written as {@code provenance.json}: the full
 * resolved config (every provider default filled in), the aifgym version, every registered
 * plugin and where it came from, the platform ({@code Math} may differ between JVMs and
 * architectures, which is why Tribuo records it too) and the wall-clock times.
 *
 * @param aifgymVersion the aifgym version
 * @param configFile the config file the run was read from
 * @param config the resolved config
 * @param plugins every registered env and agent provider
 * @param platform the JVM and operating system
 * @param startTime when the run started (ISO-8601)
 * @param endTime when it ended (ISO-8601)
 * @param wallSeconds the run's wall-clock seconds
 * @param envStepsPerSecond env steps of all copies per wall-clock second
 */
public record Provenance(String aifgymVersion, String configFile, ExperimentConfig config, List<PluginInfo> plugins,
        Platform platform, String startTime, String endTime, double wallSeconds, double envStepsPerSecond) {

    /** Requires the parts and copies the list. */
    public Provenance {
        Objects.requireNonNull(config, "config");
        plugins = List.copyOf(plugins);
        Objects.requireNonNull(platform, "platform");
    }

    /**
     * The JVM and operating system, by their system property names.
     *
     * @param javaVersion {@code java.version}
     * @param javaVendor {@code java.vendor}
     * @param javaVmName {@code java.vm.name}
     * @param osName {@code os.name}
     * @param osArch {@code os.arch}
     * @param osVersion {@code os.version}
     * @param availableProcessors the processors the JVM may use
     */
    public record Platform(@JsonProperty("java.version") String javaVersion,
            @JsonProperty("java.vendor") String javaVendor, @JsonProperty("java.vm.name") String javaVmName,
            @JsonProperty("os.name") String osName, @JsonProperty("os.arch") String osArch,
            @JsonProperty("os.version") String osVersion, int availableProcessors) {

        /**
         * The platform this JVM runs on.
         *
         * @return the platform
         */
        public static Platform current() {
            return new Platform(System.getProperty("java.version"), System.getProperty("java.vendor"),
                    System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.arch"),
                    System.getProperty("os.version"), Runtime.getRuntime().availableProcessors());
        }
    }

    /**
     * The provenance of a finished run.
     *
     * @param config the resolved config
     * @param configFile the file it was read from
     * @param envs the env registry the run used
     * @param agents the agent registry the run used
     * @param start when the run started
     * @param end when it ended
     * @param result what it produced
     * @return the provenance
     */
    public static Provenance of(ExperimentConfig config, String configFile, EnvRegistry envs, AgentRegistry agents,
            Instant start, Instant end, RunResult result) {
        List<PluginInfo> plugins = new ArrayList<>();
        for (EnvProvider<?> p : envs.providers()) {
            plugins.add(PluginInfo.of("env", p.spec().id().toString(), p));
        }
        for (AgentProvider<?> p : agents.providers()) {
            plugins.add(PluginInfo.of("agent", p.id(), p));
        }
        double seconds = Duration.between(start, end).toNanos() / 1e9;
        return new Provenance(AifgymVersion.get(), configFile, config, plugins, Platform.current(), start.toString(),
                end.toString(), seconds, seconds > 0 ? result.envSteps() / seconds : 0.0);
    }
}
