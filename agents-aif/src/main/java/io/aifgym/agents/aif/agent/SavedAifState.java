package io.aifgym.agents.aif.agent;

import com.fasterxml.jackson.databind.JsonNode;
import io.aifgym.agents.aif.control.PolicyPosterior;
import io.aifgym.agents.aif.planning.SearchTree;
import java.util.List;

/**
 * The saved form of an {@link AifState}, for checkpoints ({@link AifAgent#save},
 * {@link AifAgent#restore}): the learned model in the model file format
 * ({@link io.aifgym.agents.aif.model.ModelJson}), the beliefs, windows and history as
 * arrays, and for an agent that acts on a stored plan or continues its searches from the last
 * tree, that plan and that tree as flat arrays. The compiled planner is not saved: restoring
 * compiles it again from the model. Arrays are held as given; this record is a transport
 * value, not an API for changing a state.
 *
 * @param model the model as a {@code ModelJson} tree
 * @param beliefs {@code qs[f][s]} of the last step
 * @param action the last action (flat, one per factor), or null at an episode's start
 * @param posterior {@code q_pi} and {@code neg_efe} of the last step, or null before the first
 * @param pending what the last {@code act} saw, for {@code learn}, or null
 * @param window the sequence or smoothing window, or null
 * @param history the steps recorded for offline learning, oldest first, or null when none
 * @param episodeStep the steps acted since the episode started
 * @param episodeStart the first posterior of the episode (D learning), or null
 * @param plan the last search's plan as the agent stores it between searches, or null where it
 *     keeps none (enumerate at every step, an episode's start, after learning changed the model)
 * @param tree the last sophisticated-inference tree, or null: saved only when the search
 *     continues from it ({@code reuseTree}), as no later step reads it otherwise
 */
public record SavedAifState(JsonNode model, double[][] beliefs, int[] action, PolicyPosterior posterior,
        Pending pending, Window window, List<Step> history, int episodeStep, double[][] episodeStart,
        Plan plan, SearchTree.Nodes tree) {

    /**
     * The saved form of what one {@code act} saw.
     *
     * @param beliefsBefore the posterior before the step
     * @param actionBefore the action that led to the step, or null at an episode's start
     * @param observation the step's observation
     * @param beliefs the step's posterior
     */
    public record Pending(double[][] beliefsBefore, int[] actionBefore, int[] observation, double[][] beliefs) {
    }

    /**
     * The saved form of an inference or smoothing window.
     *
     * @param observations {@code [t][m]}
     * @param actions {@code [t][f]}, one fewer than the observations
     * @param beliefs {@code [t][f][s]}
     * @param prior the prior of the window's first step (sequence methods), or null
     */
    public record Window(int[][] observations, int[][] actions, double[][][] beliefs, double[][] prior) {
    }

    /**
     * The saved form of a stored plan ({@link io.aifgym.agents.aif.planning.StoredPlan}).
     *
     * @param actions every planned joint action (flat, one per factor), those taken included
     * @param beliefs the beliefs the search expected after each of them, {@code [t][f][s]}
     * @param stepsTaken the actions taken since the search (at least 1)
     */
    public record Plan(int[][] actions, double[][][] beliefs, int stepsTaken) {
    }

    /**
     * The saved form of one step recorded for offline learning.
     *
     * @param beliefs the posterior
     * @param observation the observation
     * @param action the chosen action (flat)
     * @param episodeStart whether the step started an episode
     */
    public record Step(double[][] beliefs, int[] observation, int[] action, boolean episodeStart) {
    }
}
