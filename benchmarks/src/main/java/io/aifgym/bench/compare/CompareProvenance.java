package io.aifgym.bench.compare;

import io.aifgym.bench.results.AifgymVersion;
import io.aifgym.bench.results.PluginInfo;
import io.aifgym.bench.results.Provenance;
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
 * Everything needed to repeat or audit a comparison, written as {@code provenance.json}, with
 * the parts of {@link Provenance}: the full resolved config (every provider default and every
 * per-env agent config filled in), the aifgym version, every registered plugin and where it came
 * from, the platform and the wall-clock times; and how keys and intervals were made.
 *
 * @param aifgymVersion the aifgym version
 * @param configFile the config file the comparison was read from
 * @param config the resolved config
 * @param plugins every registered env and agent provider
 * @param platform the JVM and operating system
 * @param startTime when the runs started (ISO-8601)
 * @param endTime when they ended (ISO-8601)
 * @param wallSeconds the runs' wall-clock seconds
 * @param runs the number of runs
 * @param envSteps the env steps of all runs
 * @param envStepsPerSecond env steps per wall-clock second
 * @param keys how the keys of a run are derived
 * @param bootstrap how the intervals are made
 */
public record CompareProvenance(String aifgymVersion, String configFile, CompareConfig config,
        List<PluginInfo> plugins, Provenance.Platform platform, String startTime, String endTime, double wallSeconds,
        int runs, long envSteps, double envStepsPerSecond, String keys, String bootstrap) {

    /** How the keys of a run are derived, as {@link PairedKeys} documents. */
    public static final String KEYS = "envKey = Key.of(seed).fold(fnv1a64(envId + \"\\n\" + compact JSON of the env "
            + "config)); reset envKey.child(0), env step t envKey.child(1).fold(t); agentKey = envKey.child(2)"
            + ".fold(fnv1a64(agentId + \"\\n\" + compact JSON of the agent's config in this env)); init agentKey"
            + ".child(0), act at step t agentKey.child(1).fold(t); slot or agent i uses .child(i) of each";

    /** Requires the parts and copies the list. */
    public CompareProvenance {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(platform, "platform");
        plugins = List.copyOf(plugins);
    }

    /**
     * The provenance of a finished comparison.
     *
     * @param config the resolved config
     * @param configFile the file it was read from
     * @param envs the env registry the comparison used
     * @param agents the agent registry the comparison used
     * @param start when the runs started
     * @param end when they ended
     * @param result what they produced
     * @param resamples the bootstrap resamples
     * @return the provenance
     */
    public static CompareProvenance of(CompareConfig config, String configFile, EnvRegistry envs,
            AgentRegistry agents, Instant start, Instant end, CompareResult result, int resamples) {
        List<PluginInfo> plugins = new ArrayList<>();
        for (EnvProvider<?> p : envs.providers()) {
            plugins.add(PluginInfo.of("env", p.spec().id().toString(), p));
        }
        for (AgentProvider<?> p : agents.providers()) {
            plugins.add(PluginInfo.of("agent", p.id(), p));
        }
        double seconds = Duration.between(start, end).toNanos() / 1e9;
        int runs = 0;
        for (CompareResult.EnvRuns e : result.envs()) {
            for (CompareResult.AgentRuns a : e.agents()) {
                runs += a.runs().size();
            }
        }
        long steps = result.envSteps();
        String bootstrap = "percentile bootstrap of the mean over seeds, " + resamples + " resamples, 95% interval "
                + "(2.5th and 97.5th percentiles, linear interpolation); key Key.of(" + CompareSummary.BOOTSTRAP_SEED
                + ").fold(fnv1a64(\"bootstrap\\n\" + env + \"\\n\" + statistic)), .child(0) for means, .child(1) for "
                + "paired differences";
        return new CompareProvenance(AifgymVersion.get(), configFile, config, plugins, Provenance.Platform.current(),
                start.toString(), end.toString(), seconds, runs, steps, seconds > 0 ? steps / seconds : 0.0, KEYS,
                bootstrap);
    }
}
