package io.aifgym.bench.study;

import java.util.List;
import java.util.Objects;

/**
 * One scenario of the study: every group's curves and final parameters.
 *
 * @param scenario the scenario
 * @param blocks the number of blocks run
 * @param groups one result per {@code alpha}, in the settings' order
 * @param groupSeconds the wall-clock seconds of the groups' runs, summed (they may run side by side)
 */
public record ScenarioResult(Scenario scenario, int blocks, List<GroupResult> groups, double groupSeconds) {

    /** Copies the list. */
    public ScenarioResult {
        Objects.requireNonNull(scenario, "scenario");
        groups = List.copyOf(groups);
        if (blocks <= 0) {
            throw new IllegalArgumentException("blocks: expected at least 1 block, found " + blocks);
        }
    }
}
