package io.aifgym.agents.aif.planning;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counters of one search, with no clock in them (equal inputs give equal counters).
 *
 * @param nodesCreated nodes this search created (SI: policy and observation nodes, including
 *     those later pruned; MCTS: tree nodes; enumerate: nodes of the policy prefix tree)
 * @param nodesInTree nodes the search's tree holds at the end (with a reused tree, its nodes
 *     too)
 * @param expansions SI: observation nodes expanded (each predicts every joint action); MCTS:
 *     recurrent steps; enumerate: policies scored
 * @param depthReached SI: levels fully expanded; MCTS: the deepest node; enumerate: the policy
 *     length
 * @param simulations MCTS: simulations run; else 0
 * @param nodeBudgetHit SI: a level did not fit in {@code maxNodes} and was rolled back (the
 *     result is that of the last complete level)
 * @param branchingLimited SI: some node had more joint actions or more joint outcomes above the
 *     threshold than {@code maxBranching}, and only the best were kept
 * @param depthLimited MCTS: some simulation stopped at {@code maxDepth} on an existing node
 * @param policiesDropped SI: joint-action slots not formed because of {@code maxBranching},
 *     summed over the expanded nodes
 * @param observationBranchesTruncated SI: policy nodes whose joint outcomes were cut at
 *     {@code maxBranching}
 * @param observationsMerged SI: outcomes that joined an existing observation node with equal
 *     beliefs
 * @param observationsSkipped SI: outcomes dropped by pymdp's KL dedupe test
 * @param treeReused SI: the search continued from the previous tree
 * @param reusedNodes SI: the nodes taken over from the previous tree
 */
public record SearchStats(int nodesCreated, int nodesInTree, int expansions, int depthReached, int simulations,
        boolean nodeBudgetHit, boolean branchingLimited, boolean depthLimited, int policiesDropped,
        int observationBranchesTruncated, int observationsMerged, int observationsSkipped, boolean treeReused,
        int reusedNodes) {

    /** @return whether a budget (nodes, branching or depth) cut the search */
    public boolean cut() {
        return nodeBudgetHit || branchingLimited || depthLimited;
    }

    /**
     * The counters as numeric diagnostics for {@code Decision.diagnostics()}, keys prefixed
     * {@code search_}.
     *
     * @return the map, in a fixed order
     */
    public Map<String, Double> diagnostics() {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("search_nodes_created", (double) nodesCreated);
        out.put("search_nodes", (double) nodesInTree);
        out.put("search_expansions", (double) expansions);
        out.put("search_depth", (double) depthReached);
        out.put("search_simulations", (double) simulations);
        out.put("search_cut", cut() ? 1.0 : 0.0);
        out.put("search_node_budget_hit", nodeBudgetHit ? 1.0 : 0.0);
        out.put("search_branching_limited", branchingLimited ? 1.0 : 0.0);
        out.put("search_depth_limited", depthLimited ? 1.0 : 0.0);
        out.put("search_policies_dropped", (double) policiesDropped);
        out.put("search_observation_branches_truncated", (double) observationBranchesTruncated);
        out.put("search_observations_merged", (double) observationsMerged);
        out.put("search_observations_skipped", (double) observationsSkipped);
        out.put("search_tree_reused", treeReused ? 1.0 : 0.0);
        out.put("search_reused_nodes", (double) reusedNodes);
        return out;
    }
}
