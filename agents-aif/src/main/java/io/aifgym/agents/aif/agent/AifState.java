package io.aifgym.agents.aif.agent;

import io.aifgym.agents.aif.control.PlanningModel;
import io.aifgym.agents.aif.control.PolicyPosterior;
import io.aifgym.agents.aif.model.GenerativeModel;
import io.aifgym.agents.aif.planning.SearchTree;
import io.aifgym.agents.aif.planning.StoredPlan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The state of one {@link AifAgent}: everything pymdp keeps in its rollout carry for one batch
 * element, as an immutable value. Learning returns a new state with a new model; nothing is
 * mutated.
 *
 * <ul>
 *   <li>{@link #model()}: the agent's current generative model (learned {@code pA}, {@code pB},
 *       {@code pD} and the A, B, D they imply live here);</li>
 *   <li>{@link #beliefs()}: {@code qs}, the posterior of the last step ({@code D} before the first
 *       step of an episode), from which the next empirical prior is propagated;</li>
 *   <li>{@link #action()}: the last action, one per factor (empty at the start of an episode,
 *       pymdp's {@code -1} sentinel);</li>
 *   <li>{@link #posterior()}: {@code q_pi} and {@code neg_efe} of the last step;</li>
 *   <li>the windows of the sequence methods ({@code mmp}, {@code vmp}) and of online smoothing
 *       ({@code ovf}, {@code exact}): the last observations, the actions between them, the
 *       beliefs over them and (sequence methods) the prior of the window's first step;</li>
 *   <li>the block history of {@code (qs, observation, action)} for offline learning, kept only
 *       when the agent learns offline and cleared by {@link AifAgent#learnBlock};</li>
 *   <li>{@link #searchTree()}: the last sophisticated-inference tree, for a search that
 *       continues from it, and {@link #storedPlan()}: the rest of the last search's plan, acted
 *       on between searches ({@link AifConfig#replanning()}); both are cleared at the start of
 *       an episode and whenever learning changes the model.</li>
 * </ul>
 *
 * <p>Arrays held here are never changed after construction; accessors return copies.
 */
public final class AifState {

    final GenerativeModel model;
    /** The compiled planner of {@link #model}, or null when the reference evaluator is used. */
    final PlanningModel planning;
    final double[][] beliefs;
    /** The last action (flat, one per factor), or null at the start of an episode. */
    final int[] action;
    final PolicyPosterior posterior;
    /** What the last {@code act} saw, for {@code learn}; null once learned from (or before any act). */
    final Pending pending;
    /** The sequence or smoothing window, or null when the agent does not keep one. */
    final Window window;
    /** The offline-learning record, newest first, or null when empty. */
    final History history;
    /** Steps acted since the episode started. */
    final int episodeStep;
    /** The first posterior of the episode (D learning), or null. */
    final double[][] episodeStart;
    /** The last search's tree (sophisticated inference), or null. */
    final SearchTree tree;
    /** The rest of the last search's plan, or null when the next step searches. */
    final StoredPlan plan;

    AifState(GenerativeModel model, PlanningModel planning, double[][] beliefs, int[] action,
            PolicyPosterior posterior, Pending pending, Window window, History history, int episodeStep,
            double[][] episodeStart) {
        this(model, planning, beliefs, action, posterior, pending, window, history, episodeStep, episodeStart, null,
                null);
    }

    AifState(GenerativeModel model, PlanningModel planning, double[][] beliefs, int[] action,
            PolicyPosterior posterior, Pending pending, Window window, History history, int episodeStep,
            double[][] episodeStart, SearchTree tree, StoredPlan plan) {
        this.model = Objects.requireNonNull(model, "model");
        this.planning = planning;
        this.beliefs = Objects.requireNonNull(beliefs, "beliefs");
        this.action = action;
        this.posterior = posterior;
        this.pending = pending;
        this.window = window;
        this.history = history;
        this.episodeStep = episodeStep;
        this.episodeStart = episodeStart;
        this.tree = tree;
        this.plan = plan;
    }

    // ------------------------------------------------------------------ public view

    /** @return the agent's current generative model (with what it has learned) */
    public GenerativeModel model() {
        return model;
    }

    /** @return {@code qs[f][s]}: the posterior of the last step, or {@code D} before an episode's first step (a copy) */
    public double[][] beliefs() {
        return copy(beliefs);
    }

    /** @return the last action, one per factor (before multi-action decoding), or empty at an episode's start */
    public Optional<int[]> action() {
        return action == null ? Optional.empty() : Optional.of(action.clone());
    }

    /** @return {@code q_pi} and {@code neg_efe} of the last step, or empty before the first */
    public Optional<PolicyPosterior> posterior() {
        return Optional.ofNullable(posterior);
    }

    /** @return the number of steps acted since the episode started */
    public int episodeStep() {
        return episodeStep;
    }

    /** @return the number of observations in the inference or smoothing window (0 without one) */
    public int windowLength() {
        return window == null ? 0 : window.observations.length;
    }

    /** @return the number of steps recorded for offline learning since the last block */
    public int historyLength() {
        return history == null ? 0 : history.size;
    }

    /** @return the last sophisticated-inference tree, kept for a search that continues from it, or empty */
    public Optional<SearchTree> searchTree() {
        return Optional.ofNullable(tree);
    }

    /** @return the rest of the last search's plan, acted on until the next search, or empty */
    public Optional<StoredPlan> storedPlan() {
        return Optional.ofNullable(plan);
    }

    @Override
    public String toString() {
        return "AifState[episodeStep=" + episodeStep + ", action=" + Arrays.toString(action) + ", window="
                + windowLength() + ", history=" + historyLength() + ", " + model + "]";
    }

    // ------------------------------------------------------------------ copies with changes

    /** The same state with another model; the search tree and the stored plan, made with the old one, are dropped. */
    AifState with(GenerativeModel newModel, PlanningModel newPlanning) {
        return new AifState(newModel, newPlanning, beliefs, action, posterior, pending, window, history, episodeStep,
                episodeStart);
    }

    AifState withoutPending() {
        return new AifState(model, planning, beliefs, action, posterior, null, window, history, episodeStep,
                episodeStart, tree, plan);
    }

    AifState withoutHistory() {
        return new AifState(model, planning, beliefs, action, posterior, pending, window, null, episodeStep,
                episodeStart, tree, plan);
    }

    static double[][] copy(double[][] x) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i].clone();
        }
        return out;
    }

    // ------------------------------------------------------------------ parts

    /**
     * What one {@code act} saw and started from, for the online update in {@code learn}.
     *
     * @param beliefsBefore the posterior before this step ({@code D} at an episode's start)
     * @param actionBefore the action that led here, or null at an episode's start
     * @param observation this step's observation
     * @param beliefs this step's posterior
     */
    record Pending(double[][] beliefsBefore, int[] actionBefore, int[] observation, double[][] beliefs) {
    }

    /**
     * A window of the last steps: {@code observations[t]}, {@code actions[t]} leading from
     * step {@code t} to {@code t+1} (one fewer), {@code beliefs[t]} the beliefs over the window
     * ({@code [t][f][s]}), and for sequence methods the prior of its first step.
     */
    static final class Window {
        final int[][] observations;
        final int[][] actions;
        final double[][][] beliefs;
        final double[][] prior;

        Window(int[][] observations, int[][] actions, double[][][] beliefs, double[][] prior) {
            this.observations = observations;
            this.actions = actions;
            this.beliefs = beliefs;
            this.prior = prior;
        }

        /** The beliefs as {@code [f][t][s]}. */
        double[][][] beliefsByFactor() {
            int factors = beliefs[0].length;
            double[][][] out = new double[factors][beliefs.length][];
            for (int t = 0; t < beliefs.length; t++) {
                for (int f = 0; f < factors; f++) {
                    out[f][t] = beliefs[t][f];
                }
            }
            return out;
        }

        /** The observations as {@code [m][t]}. */
        int[][] observationsByModality() {
            int modalities = observations[0].length;
            int[][] out = new int[modalities][observations.length];
            for (int t = 0; t < observations.length; t++) {
                for (int m = 0; m < modalities; m++) {
                    out[m][t] = observations[t][m];
                }
            }
            return out;
        }
    }

    /** One recorded step of a block: the posterior, the observation and the chosen action. */
    record Step(double[][] beliefs, int[] observation, int[] action, boolean episodeStart) {
    }

    /** A persistent list of recorded steps, newest first. */
    static final class History {
        final Step head;
        final History tail;
        final int size;

        History(Step head, History tail) {
            this.head = head;
            this.tail = tail;
            this.size = tail == null ? 1 : tail.size + 1;
        }

        /** The steps oldest first, cut into episodes (a new one starts at each episode start). */
        List<List<Step>> segments() {
            List<Step> steps = new ArrayList<>(size);
            for (History h = this; h != null; h = h.tail) {
                steps.add(h.head);
            }
            Collections.reverse(steps);
            List<List<Step>> out = new ArrayList<>();
            List<Step> current = new ArrayList<>();
            for (Step s : steps) {
                if (s.episodeStart() && !current.isEmpty()) {
                    out.add(current);
                    current = new ArrayList<>();
                }
                current.add(s);
            }
            if (!current.isEmpty()) {
                out.add(current);
            }
            return out;
        }
    }
}
