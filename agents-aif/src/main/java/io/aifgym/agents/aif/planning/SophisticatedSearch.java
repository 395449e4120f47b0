package io.aifgym.agents.aif.planning;

import io.aifgym.agents.aif.control.Policies;
import io.aifgym.agents.aif.maths.Maths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The sophisticated-inference tree search of spec 10.1 (pymdp's {@code si_policy_search} and
 * {@code optimized_tree_search}) on a {@link SiTree}, with the budgets of issue 7.
 *
 * <p><b>Search.</b> From {@code h} (the deepest level of the tree it starts from, 0 for a fresh
 * one), while {@code h < horizon} and no stop rule fired: expand every unexpanded observation
 * node at level {@code h} (policy nodes for its candidate actions, then outcome nodes for each
 * kept action), then run the backward pass over levels {@code h .. 0} and go to {@code h + 1}.
 * A level that does not fit in {@code maxNodes} is rolled back as a whole and the search stops
 * there (pymdp's rule); the tree keeps the values of the last complete level. Stop rules: the
 * entropy of the root's action distribution at most {@code entropyStopThreshold} (unless it is
 * all zeros), or the root's {@code neg_efe} at least {@code negEfeStopThreshold}.
 *
 * <p><b>Expansion.</b> At an observation node with beliefs {@code q}: every joint action's
 * predicted beliefs, outcomes and step {@code neg_efe} ({@link StepModel#predict});
 * {@code π = σ(γ G)}; when there are more actions than {@code maxBranching} only the
 * {@code maxBranching} with the largest {@code G} get a slot (ties to the lower index); a slot
 * whose {@code π} is above {@code policyPruneThreshold} gets a policy node. Outcomes of a policy
 * node: the top {@code k} outcomes of each modality with their probabilities renormalised, and
 * their joint outcomes (the product) enumerated best first, so only the at most
 * {@code maxBranching} most probable joint outcomes above {@code observationPruneThreshold} are
 * ever formed, however many modalities there are (pymdp forms the whole product). Each kept
 * outcome's posterior becomes an observation node, unless pymdp's dedupe test drops it
 * ({@code klThreshold ≥ 0}) or, with {@code mergeEqualBeliefs}, an observation node of the same
 * level already holds the same beliefs (within {@value #MERGE_TOLERANCE}), which is then shared.
 *
 * <p><b>Backward pass</b> at an observation node: per slot,
 * {@code G = neg_efe(policy) + Σ_o p_o neg_efe(o)} for a policy node with outcome children, else
 * {@code -prunePenalty}; {@code π = σ(γ G)} over the node's slots; {@code neg_efe = π · G};
 * slots with {@code π < policyPruneThreshold} lose their subtree. The root's {@code π} is the
 * result.
 */
final class SophisticatedSearch {

    /** Largest absolute belief difference for two observation nodes to be shared. */
    static final double MERGE_TOLERANCE = 1e-12;

    private static final double KL_CLIP = 1e-10;

    private final PolicySearch.Sophisticated config;
    private final StepModel step;
    private final double gamma;
    private final int numActions;
    private final int stateSize;
    private final int obsSize;
    private SiTree tree;
    /** Scratch: predicted beliefs and outcomes of every action at the node being expanded. */
    private final double[] predictedStates;
    private final double[] predictedObs;
    private final double[] stepNegEfe;
    private final double[] logits;
    private final double[] posterior;
    private final int[][] sortedOutcomes;
    private final double[][] sortedProbs;
    private final int[] combo;

    private int expansions;
    private boolean nodeBudgetHit;
    private boolean branchingLimited;
    private int policiesDropped;
    private int observationsDropped;
    private int merged;
    private int skippedByKl;
    private final List<Integer> levelCreated = new ArrayList<>();
    private final List<Integer> levelExpanded = new ArrayList<>();
    private Map<Long, List<Integer>> levelIndex;
    /** The G of each root slot in the last backward pass (before that pass pruned), or null. */
    private double[] rootValues;

    private SophisticatedSearch(PolicySearch.Sophisticated config, StepModel step, double gamma) {
        this.config = config;
        this.step = step;
        this.gamma = gamma;
        this.numActions = step.numActions();
        this.stateSize = step.stateSize;
        this.obsSize = step.obsSize;
        this.predictedStates = new double[numActions * stateSize];
        this.predictedObs = new double[numActions * obsSize];
        this.stepNegEfe = new double[numActions];
        this.logits = new double[Math.max(numActions, config.maxBranching())];
        this.posterior = new double[stateSize];
        this.sortedOutcomes = new int[step.numModalities][];
        this.sortedProbs = new double[step.numModalities][];
        for (int m = 0; m < step.numModalities; m++) {
            sortedOutcomes[m] = new int[step.numObs[m]];
            sortedProbs[m] = new double[step.numObs[m]];
        }
        this.combo = new int[step.numModalities];
    }

    /**
     * Runs the search.
     *
     * @param config the search parameters
     * @param input the model, beliefs and options
     * @param actions the joint actions
     * @return the result
     */
    static SearchResult run(PolicySearch.Sophisticated config, SearchInput input, Policies actions) {
        StepModel step = new StepModel(input.model(), input.options(), input.inductive(), input.qs(), actions,
                input.numIter());
        config.requireTreeFits(step.stateSize, step.numActions());
        double gamma = config.gamma() != null ? config.gamma() : input.gamma();
        SophisticatedSearch search = new SophisticatedSearch(config, step, gamma);
        return search.search(input, actions);
    }

    private SearchResult search(SearchInput input, Policies actions) {
        double[] rootQs = new double[stateSize];
        step.flatten(input.qs(), rootQs, 0);
        int reused = 0;
        boolean treeReused = false;
        SiTree start = config.reuseTree() ? reusable(input, rootQs) : null;
        if (start != null) {
            tree = start;
            treeReused = true;
            reused = tree.usedCount;
            tree.created = 0;
        } else {
            tree = new SiTree(config.maxNodes(), config.maxBranching(), stateSize, 256);
            int root = tree.allocate(SiTree.OBSERVATION, 0);
            tree.root = root;
            tree.refs[root] = 1;
            System.arraycopy(rootQs, 0, tree.qs, root * stateSize, stateSize);
        }
        int horizon = config.horizon();
        int h = tree.maxLevel();
        int depth = h;
        boolean stop = false;
        double[] fallback = null;
        for (int iteration = 0; iteration < horizon && !stop && h < horizon; iteration++) {
            boolean complete = expandLevel(h);
            if (complete) {
                backward(h);
                h++;
                depth = h;
            } else {
                nodeBudgetHit = true;
                if (tree.childCount[tree.root] == 0) {
                    fallback = oneStepPosterior();
                }
                h = horizon;
            }
            stop = !continueSearch(h, horizon);
        }
        if (fallback == null && tree.childCount[tree.root] == 0) {
            fallback = oneStepPosterior();
        }
        int root = tree.root;
        double[] q = new double[numActions];
        double[] scores = new double[numActions];
        Arrays.fill(scores, -config.prunePenalty());
        if (fallback != null) {
            q = fallback;
            System.arraycopy(stepNegEfe, 0, scores, 0, numActions);
        } else {
            int base = root * tree.maxBranching;
            for (int j = 0; j < tree.childCount[root]; j++) {
                int a = tree.slotAction[base + j];
                q[a] = tree.childProb[base + j];
                scores[a] = rootValues != null ? rootValues[j] : slotValue(tree.children[base + j]);
            }
        }
        Plan plan = plan(q, fallback != null);
        SearchStats stats = new SearchStats(tree.created, tree.usedCount, expansions, depth, 0, nodeBudgetHit,
                branchingLimited, false, policiesDropped, observationsDropped, merged, skippedByKl, treeReused,
                reused);
        SearchTree handle = new SearchTree(tree, input.model(), config, input.options(), gamma, input.numIter(),
                input.inductive(), actions);
        return new SearchResult(PolicySearch.Kind.SI, q, actions, scores, plan.actions, plan.beliefs, stats, handle);
    }

    // ------------------------------------------------------------------ reuse

    /** The previous tree continued (same root beliefs) or re-rooted at a depth-1 outcome with these beliefs. */
    private SiTree reusable(SearchInput input, double[] rootQs) {
        SearchTree previous = input.previous();
        if (previous == null || !previous.compatible(input.model(), config, input.options(), gamma, input.numIter(),
                input.inductive(), step.actions)) {
            return null;
        }
        SiTree old = previous.tree();
        if (sameBeliefs(old.qs, old.root * stateSize, rootQs, 0, MERGE_TOLERANCE)) {
            return old.copy();
        }
        int base = old.root * old.maxBranching;
        for (int j = 0; j < old.childCount[old.root]; j++) {
            int c = old.children[base + j];
            if (c < 0) {
                continue;
            }
            int cb = c * old.maxBranching;
            for (int k = 0; k < old.childCount[c]; k++) {
                int o = old.children[cb + k];
                if (o >= 0 && sameBeliefs(old.qs, o * stateSize, rootQs, 0, MERGE_TOLERANCE)) {
                    return old.subtree(o);
                }
            }
        }
        return null;
    }

    private static boolean sameBeliefs(double[] a, int aOffset, double[] b, int bOffset, double tolerance) {
        int n = Math.min(a.length - aOffset, b.length - bOffset);
        return maxDifference(a, aOffset, b, bOffset, n) <= tolerance;
    }

    private static double maxDifference(double[] a, int aOffset, double[] b, int bOffset, int n) {
        double d = 0.0;
        for (int i = 0; i < n; i++) {
            d = Math.max(d, Math.abs(a[aOffset + i] - b[bOffset + i]));
        }
        return d;
    }

    // ------------------------------------------------------------------ stop rules

    private boolean continueSearch(int h, int horizon) {
        if (h >= horizon) {
            return false;
        }
        int root = tree.root;
        int count = tree.childCount[root];
        int base = root * tree.maxBranching;
        boolean allZero = true;
        for (int j = 0; j < count; j++) {
            allZero &= tree.childProb[base + j] == 0.0;
        }
        double entropy = Maths.entropy(tree.childProb, base, count);
        return (allZero || entropy > config.entropyStopThreshold())
                && tree.negEfe[root] < config.negEfeStopThreshold();
    }

    // ------------------------------------------------------------------ expansion

    /** Expands every unexpanded observation node at level h; false (and rolled back) when the level does not fit. */
    private boolean expandLevel(int h) {
        levelCreated.clear();
        levelExpanded.clear();
        levelIndex = config.mergeEqualBeliefs() ? new HashMap<>() : null;
        int[] frontier = frontier(h);
        int savedExpansions = expansions;
        int savedMerged = merged;
        int savedSkipped = skippedByKl;
        for (int n : frontier) {
            if (!expandPolicies(n)) {
                rollback();
                expansions = savedExpansions;
                merged = savedMerged;
                skippedByKl = savedSkipped;
                return false;
            }
        }
        return true;
    }

    private int[] frontier(int h) {
        int count = 0;
        int[] out = new int[tree.usedCount];
        for (int n = tree.used.nextSetBit(0); n >= 0; n = tree.used.nextSetBit(n + 1)) {
            if (tree.kind[n] == SiTree.OBSERVATION && tree.level[n] == h && tree.childCount[n] == 0) {
                out[count++] = n;
            }
        }
        return Arrays.copyOf(out, count);
    }

    private void rollback() {
        for (int n : levelExpanded) {
            tree.childCount[n] = 0;
        }
        for (int n : levelCreated) {
            tree.free(n);
        }
        tree.created -= levelCreated.size();
        levelCreated.clear();
        levelExpanded.clear();
    }

    private int allocate(byte kind, int level) {
        int n = tree.allocate(kind, level);
        if (n >= 0) {
            levelCreated.add(n);
        }
        return n;
    }

    /** Expands an observation node into its policy nodes and their outcomes; false when out of nodes. */
    private boolean expandPolicies(int n) {
        expansions++;
        int level = tree.level[n];
        double[] qs = tree.qs;
        int qOffset = n * stateSize;
        for (int a = 0; a < numActions; a++) {
            stepNegEfe[a] = step.predict(qs, qOffset, a, level, predictedStates, a * stateSize, predictedObs,
                    a * obsSize);
            qs = tree.qs;
        }
        double[] pi = softmax(stepNegEfe, numActions);
        int[] slots = keptActions();
        int maxB = tree.maxBranching;
        int base = n * maxB;
        tree.childCount[n] = slots.length;
        levelExpanded.add(n);
        for (int j = 0; j < slots.length; j++) {
            int a = slots[j];
            tree.slotAction[base + j] = a;
            tree.childProb[base + j] = pi[a];
            tree.children[base + j] = -1;
        }
        for (int j = 0; j < slots.length; j++) {
            int a = slots[j];
            if (!(pi[a] > config.policyPruneThreshold())) {
                continue;
            }
            int c = allocate(SiTree.POLICY, level + 1);
            if (c < 0) {
                return false;
            }
            tree.action[c] = a;
            tree.negEfe[c] = stepNegEfe[a];
            tree.refs[c] = 1;
            System.arraycopy(predictedStates, a * stateSize, tree.qs, c * stateSize, stateSize);
            tree.children[base + j] = c;
            if (!expandObservations(c, a)) {
                return false;
            }
        }
        return true;
    }

    /** The action slots of a node: all actions, or the maxBranching best by step neg_efe (in action order). */
    private int[] keptActions() {
        int maxB = tree.maxBranching;
        if (numActions <= maxB) {
            int[] all = new int[numActions];
            for (int a = 0; a < numActions; a++) {
                all[a] = a;
            }
            return all;
        }
        branchingLimited = true;
        policiesDropped += numActions - maxB;
        Integer[] order = new Integer[numActions];
        for (int a = 0; a < numActions; a++) {
            order[a] = a;
        }
        Arrays.sort(order, (x, y) -> {
            int c = Double.compare(stepNegEfe[y], stepNegEfe[x]);
            return c != 0 ? c : Integer.compare(x, y);
        });
        int[] kept = new int[maxB];
        for (int j = 0; j < maxB; j++) {
            kept[j] = order[j];
        }
        Arrays.sort(kept);
        return kept;
    }

    private double[] softmax(double[] values, int count) {
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = gamma * values[i];
        }
        Maths.softmax(out, out);
        return out;
    }

    /** Adds the outcome nodes of policy node c (action a); false when out of nodes. */
    private boolean expandObservations(int c, int a) {
        int modalities = step.numModalities;
        int[] k = new int[modalities];
        for (int m = 0; m < modalities; m++) {
            k[m] = topOutcomes(m, a * obsSize + step.obsOffset[m]);
        }
        List<JointOutcome> outcomes = bestJointOutcomes(k);
        int level = tree.level[c];
        int maxB = tree.maxBranching;
        int base = c * maxB;
        int count = 0;
        for (JointOutcome outcome : outcomes) {
            for (int m = 0; m < modalities; m++) {
                combo[m] = sortedOutcomes[m][outcome.ranks[m]];
            }
            step.beliefs.posterior(combo, predictedStates, a * stateSize, posterior, 0);
            if (config.klThreshold() >= 0 && minKl(level) <= config.klThreshold()) {
                skippedByKl++;
                continue;
            }
            int o = config.mergeEqualBeliefs() ? findEqual(level) : -1;
            if (o >= 0) {
                merged++;
            } else {
                o = allocate(SiTree.OBSERVATION, level);
                if (o < 0) {
                    return false;
                }
                System.arraycopy(posterior, 0, tree.qs, o * stateSize, stateSize);
                if (levelIndex != null) {
                    levelIndex.computeIfAbsent(hash(posterior), key -> new ArrayList<>(2)).add(o);
                }
            }
            tree.refs[o]++;
            tree.children[base + count] = o;
            tree.childProb[base + count] = outcome.probability;
            count++;
        }
        tree.childCount[c] = count;
        return true;
    }

    /**
     * Ranks modality m's predicted outcomes with non-zero probability by probability (ties to
     * the lower index), keeps the top k and renormalises them in {@link #sortedProbs}; returns
     * how many were kept. Outcomes of probability 0 are left out: any joint outcome with one has
     * probability 0, which no threshold (at least 0) keeps.
     */
    private int topOutcomes(int m, int offset) {
        int no = step.numObs[m];
        int[] order = sortedOutcomes[m];
        double[] qo = predictedObs;
        int count = 0;
        for (int o = 0; o < no; o++) {
            double p = qo[offset + o];
            if (!(p > 0.0)) {
                continue;
            }
            int at = count++;
            while (at > 0 && qo[offset + order[at - 1]] < p) {
                order[at] = order[at - 1];
                at--;
            }
            order[at] = o;
        }
        int k = Math.min(config.topKObservations(), count);
        double sum = 0.0;
        for (int r = 0; r < k; r++) {
            sum += qo[offset + order[r]];
        }
        for (int r = 0; r < k; r++) {
            sortedProbs[m][r] = qo[offset + order[r]] / sum;
        }
        return k;
    }

    /** A joint outcome as per-modality ranks into the sorted top-k lists. */
    private record JointOutcome(int[] ranks, int last, double probability) {
    }

    /**
     * The at most maxBranching most probable joint outcomes with probability above the
     * threshold, best first: each tuple's parent is the tuple with its last non-zero rank
     * decremented, so a best-first walk from the all-zero tuple meets every tuple once and in
     * order of probability.
     */
    private List<JointOutcome> bestJointOutcomes(int[] k) {
        int modalities = k.length;
        int limit = tree.maxBranching;
        List<JointOutcome> out = new ArrayList<>();
        PriorityQueue<JointOutcome> frontier = new PriorityQueue<>((x, y) -> {
            int c = Double.compare(y.probability, x.probability);
            return c != 0 ? c : Arrays.compare(x.ranks, y.ranks);
        });
        for (int km : k) {
            if (km == 0) {
                return out;
            }
        }
        int[] first = new int[modalities];
        frontier.add(new JointOutcome(first, 0, probability(first)));
        while (!frontier.isEmpty()) {
            JointOutcome best = frontier.poll();
            if (!(best.probability > config.observationPruneThreshold())) {
                break;
            }
            if (out.size() == limit) {
                branchingLimited = true;
                observationsDropped++;
                break;
            }
            out.add(best);
            for (int m = best.last; m < modalities; m++) {
                if (best.ranks[m] + 1 < k[m]) {
                    int[] next = best.ranks.clone();
                    next[m]++;
                    frontier.add(new JointOutcome(next, m, probability(next)));
                }
            }
        }
        return out;
    }

    private double probability(int[] ranks) {
        double p = 1.0;
        for (int m = 0; m < ranks.length; m++) {
            p *= sortedProbs[m][ranks[m]];
        }
        return p;
    }

    /** pymdp's dedupe test: min over used observation nodes above this level of Σ_f KL(qs_n ‖ posterior). */
    private double minKl(int level) {
        double best = Double.POSITIVE_INFINITY;
        for (int n = tree.used.nextSetBit(0); n >= 0; n = tree.used.nextSetBit(n + 1)) {
            if (tree.kind[n] != SiTree.OBSERVATION || tree.level[n] >= level) {
                continue;
            }
            double d = 0.0;
            int off = n * stateSize;
            for (int i = 0; i < stateSize; i++) {
                double x = tree.qs[off + i];
                d += x * (Math.log(clip(x)) - Math.log(clip(posterior[i])));
            }
            best = Math.min(best, d);
        }
        return best;
    }

    private static double clip(double x) {
        return Math.min(1.0, Math.max(KL_CLIP, x));
    }

    private int findEqual(int level) {
        List<Integer> candidates = levelIndex.get(hash(posterior));
        if (candidates == null) {
            return -1;
        }
        for (int o : candidates) {
            if (tree.level[o] == level && sameBeliefs(tree.qs, o * stateSize, posterior, 0, MERGE_TOLERANCE)) {
                return o;
            }
        }
        return -1;
    }

    private long hash(double[] q) {
        long h = 1125899906842597L;
        for (double x : q) {
            h = 31 * h + Math.round(x * 1e9);
        }
        return h;
    }

    // ------------------------------------------------------------------ backward

    private void backward(int h) {
        for (int level = h; level >= 0; level--) {
            for (int n = tree.used.nextSetBit(0); n >= 0; n = tree.used.nextSetBit(n + 1)) {
                if (tree.kind[n] == SiTree.OBSERVATION && tree.level[n] == level && tree.childCount[n] > 0) {
                    backwardNode(n);
                }
            }
        }
    }

    private void backwardNode(int n) {
        int count = tree.childCount[n];
        int base = n * tree.maxBranching;
        double[] g = new double[count];
        for (int j = 0; j < count; j++) {
            g[j] = slotValue(tree.children[base + j]);
            logits[j] = gamma * g[j];
        }
        Maths.softmax(logits, 0, logits, 0, count);
        double value = 0.0;
        for (int j = 0; j < count; j++) {
            value += logits[j] * g[j];
        }
        tree.negEfe[n] = value;
        if (n == tree.root) {
            rootValues = g;
        }
        for (int j = 0; j < count; j++) {
            double p = logits[j];
            int c = tree.children[base + j];
            if (p < config.policyPruneThreshold() && c >= 0) {
                tree.children[base + j] = -1;
                tree.release(c);
            }
            tree.childProb[base + j] = p;
        }
    }

    /** G of a slot: the policy node's step value plus its expected outcome values, or -prunePenalty. */
    private double slotValue(int c) {
        if (c < 0 || tree.childCount[c] == 0) {
            return -config.prunePenalty();
        }
        int base = c * tree.maxBranching;
        double g = tree.negEfe[c];
        for (int k = 0; k < tree.childCount[c]; k++) {
            int o = tree.children[base + k];
            if (o >= 0) {
                g += tree.childProb[base + k] * tree.negEfe[o];
            }
        }
        return g;
    }

    /** The one-step posterior σ(γ G) at the root when not even its first level fits. */
    private double[] oneStepPosterior() {
        int root = tree.root;
        for (int a = 0; a < numActions; a++) {
            stepNegEfe[a] = step.predict(tree.qs, root * stateSize, a, 0, predictedStates, a * stateSize,
                    predictedObs, a * obsSize);
        }
        return softmax(stepNegEfe, numActions);
    }

    // ------------------------------------------------------------------ plan

    private record Plan(int[][] actions, double[][][] beliefs) {
    }

    /**
     * The most probable first action, then down the tree: at a policy node its most probable
     * outcome, at an observation node its most probable action; the beliefs after each step are
     * the outcome node's (or, below the tree, the predicted beliefs).
     */
    private Plan plan(double[] q, boolean fallback) {
        List<int[]> actions = new ArrayList<>();
        List<double[][]> beliefs = new ArrayList<>();
        int a = Maths.argmax(q);
        if (fallback) {
            actions.add(step.actions[a].clone());
            beliefs.add(step.unflatten(predictedStates, a * stateSize));
            return new Plan(actions.toArray(new int[0][]), beliefs.toArray(new double[0][][]));
        }
        int node = tree.root;
        int slot = slotOf(node, a);
        while (true) {
            actions.add(step.actions[a].clone());
            int c = tree.children[node * tree.maxBranching + slot];
            if (c < 0 || tree.childCount[c] == 0) {
                beliefs.add(predicted(node, a));
                break;
            }
            int o = tree.children[c * tree.maxBranching + mostProbableSlot(c)];
            beliefs.add(step.unflatten(tree.qs, o * stateSize));
            if (tree.childCount[o] == 0) {
                break;
            }
            node = o;
            slot = mostProbableSlot(o);
            a = tree.slotAction[o * tree.maxBranching + slot];
        }
        return new Plan(actions.toArray(new int[0][]), beliefs.toArray(new double[0][][]));
    }

    private double[][] predicted(int node, int a) {
        double[] next = new double[stateSize];
        double[] qo = new double[obsSize];
        step.predict(tree.qs, node * stateSize, a, tree.level[node], next, 0, qo, 0);
        return step.unflatten(next, 0);
    }

    private int slotOf(int node, int a) {
        int base = node * tree.maxBranching;
        for (int j = 0; j < tree.childCount[node]; j++) {
            if (tree.slotAction[base + j] == a) {
                return j;
            }
        }
        throw new IllegalStateException("action " + a + " has no slot at node " + node);
    }

    /** The first slot with the largest probability. */
    private int mostProbableSlot(int node) {
        int base = node * tree.maxBranching;
        int best = 0;
        for (int j = 1; j < tree.childCount[node]; j++) {
            if (tree.childProb[base + j] > tree.childProb[base + best]) {
                best = j;
            }
        }
        return best;
    }
}
