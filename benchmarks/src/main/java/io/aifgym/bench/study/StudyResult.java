package io.aifgym.bench.study;

import java.util.List;
import java.util.Objects;

/**
 * The whole study.
 *
 * @param settings what was run
 * @param scenarios one result per scenario, in the settings' order
 * @param wallSeconds the wall-clock seconds of the runs (without writing files)
 */
public record StudyResult(StudySettings settings, List<ScenarioResult> scenarios, double wallSeconds) {

    /** Copies the list. */
    public StudyResult {
        Objects.requireNonNull(settings, "settings");
        scenarios = List.copyOf(scenarios);
    }

    /** @return the agent steps run: groups x agents x blocks x (T + 1) over all scenarios */
    public long agentSteps() {
        long total = 0;
        for (ScenarioResult s : scenarios) {
            total += (long) s.groups().size() * settings.agents() * s.blocks() * settings.agentStepsPerBlock();
        }
        return total;
    }
}
