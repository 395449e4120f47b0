package io.aifgym.agents.aif.planning;

import io.aifgym.agents.aif.control.Policies;
import io.aifgym.agents.aif.maths.Maths;
import io.aifgym.gym.random.Key;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Gumbel MuZero search (Danihelka et al. 2022, "Policy improvement by planning with Gumbel";
 * the algorithm of DeepMind's {@code mctx.gumbel_muzero_policy}) with the active-inference
 * recurrent step of pymdp's {@code mcts_policy_search} (spec 10.2), written for this project.
 *
 * <p><b>Tree.</b> Node 0 is the root (the current beliefs); each simulation adds at most one
 * node, so {@code numSimulations + 1} nodes bound the memory. The child of (node, action) is
 * one node; its outcome is sampled once, when it is created (MuZero's deterministic tree).
 *
 * <p><b>Recurrent step</b> for a node's beliefs {@code q} and joint action {@code u}:
 * {@code q' = B[u] q}, {@code qo = A q'}; reward = the step's negative expected free energy
 * (utility and state information gain, and the other terms the options switch on); one outcome
 * per modality sampled from {@code qo_m} with the simulation's key; discount
 * {@code Π_m qo_m[o_m]} (pymdp's use of the discount slot; 1 without {@code outcomeDiscount});
 * the child's beliefs are the posterior of the sampled outcome under {@code q'}; its value and
 * prior logits are 0 and {@code ln E}.
 *
 * <p><b>Selection.</b> At the root, Sequential Halving with Gumbel: the Gumbel noise
 * {@code g} (scaled by {@code gumbelScale}) is drawn once from the key; the next action is the
 * argmax of {@code g + logits + σ(q̂)} over the actions whose visit count equals the count
 * Sequential Halving considers at this simulation. Elsewhere, the deterministic selection
 * {@code argmax softmax(logits + σ(q̂)) − N/(1 + ΣN)}. {@code σ(q̂)} are the completed
 * Q-values: the Q-value {@code r + discount · v(child)} of visited actions, the mixed value
 * estimate for the others, rescaled to [0, 1] over the node's actions and scaled by
 * {@code (maxVisitInit + max N) · valueScale}. A simulation descends while the chosen child
 * exists and the depth is below {@code maxDepth}; it then evaluates the chosen action and backs
 * the value up to the root.
 *
 * <p><b>Result.</b> The improved policy {@code softmax(logits + σ(q̂_root))} is {@code q};
 * the plan is its argmax, then the most visited child actions.
 */
final class GumbelMuZero {

    private static final double LOW_LOGIT = -1e9;
    private static final double EPSILON = 1e-8;
    private static final double TINY = Double.MIN_NORMAL;

    private final PolicySearch.Mcts config;
    private final StepModel step;
    private final int numActions;
    private final int stateSize;
    private final int nodes;
    private final double[] priorLogits;
    private final double[] priorProbs;
    private final int[] parent;
    private final int[] actionFromParent;
    private final int[] depth;
    private final int[] nodeVisits;
    private final double[] rawValue;
    private final double[] nodeValue;
    private final int[] childIndex;
    private final int[] childVisits;
    private final double[] childValue;
    private final double[] childReward;
    private final double[] childDiscount;
    private final double[] qs;
    private final double[] predicted;
    private final double[] predictedObs;
    private final int[] outcome;
    private final double[] completed;
    private final double[] scratch;
    private int created;
    private int depthLimitHits;
    private int maxDepthReached;

    private GumbelMuZero(PolicySearch.Mcts config, StepModel step, double[] logPrior) {
        this.config = config;
        this.step = step;
        this.numActions = step.numActions();
        this.stateSize = step.stateSize;
        this.nodes = config.numSimulations() + 1;
        this.priorLogits = logPrior;
        this.priorProbs = Maths.softmax(logPrior);
        this.parent = new int[nodes];
        this.actionFromParent = new int[nodes];
        this.depth = new int[nodes];
        this.nodeVisits = new int[nodes];
        this.rawValue = new double[nodes];
        this.nodeValue = new double[nodes];
        this.childIndex = new int[nodes * numActions];
        Arrays.fill(childIndex, -1);
        this.childVisits = new int[nodes * numActions];
        this.childValue = new double[nodes * numActions];
        this.childReward = new double[nodes * numActions];
        this.childDiscount = new double[nodes * numActions];
        this.qs = new double[nodes * stateSize];
        this.predicted = new double[stateSize];
        this.predictedObs = new double[step.obsSize];
        this.outcome = new int[step.numModalities];
        this.completed = new double[numActions];
        this.scratch = new double[numActions];
    }

    /**
     * Runs the search.
     *
     * @param config the search parameters
     * @param input the model, beliefs and options
     * @param actions the joint actions
     * @param key the search's key
     * @return the result
     */
    static SearchResult run(PolicySearch.Mcts config, SearchInput input, Policies actions, Key key) {
        StepModel step = new StepModel(input.model(), input.options(), input.inductive(), input.qs(), actions,
                input.numIter());
        config.requireTreeFits(step.stateSize, step.numActions());
        double[] logPrior = logPrior(input, step.numActions());
        return new GumbelMuZero(config, step, logPrior).search(input, actions, key);
    }

    /** {@code ln E} over the joint actions (pymdp 1.0's clipped log), or zeros for a uniform prior. */
    private static double[] logPrior(SearchInput input, int numActions) {
        double[] e = input.model().eData();
        double[] out = new double[numActions];
        if (e == null) {
            return out;
        }
        if (e.length != numActions) {
            throw new IllegalArgumentException("E: expected one prior entry per joint action (" + numActions
                    + ") for an MCTS search, found " + e.length);
        }
        for (int a = 0; a < numActions; a++) {
            out[a] = Maths.logStable(e[a]);
        }
        return out;
    }

    private SearchResult search(SearchInput input, Policies actions, Key key) {
        step.flatten(input.qs(), qs, 0);
        nodeVisits[0] = 1;
        created = 1;
        int n = config.numSimulations();
        double[] gumbel = gumbel(key.child(0));
        int considered = Math.min(config.maxConsideredActions(), numActions);
        int[] consideredVisits = consideredVisits(considered, n);
        Key simulationKeys = key.child(1);
        for (int sim = 0; sim < n; sim++) {
            simulate(sim, gumbel, consideredVisits, simulationKeys.child(sim));
        }
        completedQ(0, completed);
        double[] q = new double[numActions];
        for (int a = 0; a < numActions; a++) {
            q[a] = priorLogits[a] + completed[a];
        }
        Maths.softmax(q, q);
        double[] scores = new double[numActions];
        qValuesCompletedRaw(0, scores);
        List<int[]> planActions = new ArrayList<>();
        List<double[][]> planBeliefs = new ArrayList<>();
        plan(Maths.argmax(q), planActions, planBeliefs);
        SearchStats stats = new SearchStats(created, created, n, maxDepthReached, n, false, false,
                depthLimitHits > 0, 0, 0, 0, 0, false, 0);
        return new SearchResult(PolicySearch.Kind.MCTS, q, actions, scores, planActions.toArray(new int[0][]),
                planBeliefs.toArray(new double[0][][]), stats, null);
    }

    private double[] gumbel(Key key) {
        double[] g = new double[numActions];
        if (config.gumbelScale() == 0.0) {
            return g;
        }
        UniformRandomProvider rng = key.generator();
        for (int a = 0; a < numActions; a++) {
            double u;
            do {
                u = rng.nextDouble();
            } while (u <= 0.0);
            g[a] = config.gumbelScale() * -Math.log(-Math.log(u));
        }
        return g;
    }

    /**
     * Sequential Halving's visit counts (mctx's {@code get_sequence_of_considered_visits}): at
     * simulation {@code i} the root considers the actions with exactly {@code out[i]} visits.
     */
    static int[] consideredVisits(int maxConsidered, int numSimulations) {
        int[] out = new int[numSimulations];
        if (maxConsidered <= 1) {
            for (int i = 0; i < numSimulations; i++) {
                out[i] = i;
            }
            return out;
        }
        int log2max = (int) Math.ceil(Math.log(maxConsidered) / Math.log(2));
        int[] visits = new int[maxConsidered];
        int numConsidered = maxConsidered;
        int length = 0;
        while (length < numSimulations) {
            int extra = Math.max(1, (int) (numSimulations / ((double) log2max * numConsidered)));
            for (int e = 0; e < extra && length < numSimulations; e++) {
                for (int i = 0; i < numConsidered && length < numSimulations; i++) {
                    out[length++] = visits[i];
                }
                for (int i = 0; i < numConsidered; i++) {
                    visits[i]++;
                }
            }
            numConsidered = Math.max(2, numConsidered / 2);
        }
        return out;
    }

    private void simulate(int sim, double[] gumbel, int[] consideredVisits, Key key) {
        int node = 0;
        int d = 0;
        int action;
        while (true) {
            action = node == 0 ? rootAction(gumbel, consideredVisits) : interiorAction(node);
            int next = childIndex[node * numActions + action];
            d++;
            if (next >= 0 && d < config.maxDepth()) {
                node = next;
                continue;
            }
            if (next >= 0) {
                depthLimitHits++;
            }
            break;
        }
        int slot = node * numActions + action;
        int next = childIndex[slot] >= 0 ? childIndex[slot] : sim + 1;
        if (childIndex[slot] < 0) {
            created++;
        }
        double reward = step.predict(qs, node * stateSize, action, depth[node], predicted, 0, predictedObs, 0);
        UniformRandomProvider rng = key.generator();
        double discount = 1.0;
        for (int m = 0; m < step.numModalities; m++) {
            int offset = step.obsOffset[m];
            int o = sample(predictedObs, offset, step.numObs[m], rng.nextDouble());
            outcome[m] = o;
            discount *= predictedObs[offset + o];
        }
        step.beliefs.posterior(outcome, predicted, 0, qs, next * stateSize);
        nodeVisits[next]++;
        rawValue[next] = 0.0;
        nodeValue[next] = 0.0;
        depth[next] = depth[node] + 1;
        maxDepthReached = Math.max(maxDepthReached, depth[next]);
        childIndex[slot] = next;
        childReward[slot] = reward;
        childDiscount[slot] = config.outcomeDiscount() ? discount : 1.0;
        parent[next] = node;
        actionFromParent[next] = action;
        backward(next);
    }

    /** Inverse-CDF draw from a distribution over [offset, offset + n); zero-probability outcomes are never drawn. */
    private static int sample(double[] p, int offset, int n, double u) {
        double total = 0.0;
        for (int i = 0; i < n; i++) {
            total += p[offset + i];
        }
        double target = u * total;
        double cumulative = 0.0;
        int last = 0;
        for (int i = 0; i < n; i++) {
            double v = p[offset + i];
            if (v > 0.0) {
                last = i;
                cumulative += v;
                if (target < cumulative) {
                    return i;
                }
            }
        }
        return last;
    }

    private void backward(int leaf) {
        double value = nodeValue[leaf];
        int index = leaf;
        while (index != 0) {
            int p = parent[index];
            int count = nodeVisits[p];
            int slot = p * numActions + actionFromParent[index];
            value = childReward[slot] + childDiscount[slot] * value;
            nodeValue[p] = (nodeValue[p] * count + value) / (count + 1.0);
            nodeVisits[p] = count + 1;
            childValue[slot] = nodeValue[index];
            childVisits[slot]++;
            index = p;
        }
    }

    private int rootAction(double[] gumbel, int[] consideredVisits) {
        int simulationIndex = 0;
        for (int a = 0; a < numActions; a++) {
            simulationIndex += childVisits[a];
        }
        completedQ(0, completed);
        return argmaxConsidered(consideredVisits[Math.min(simulationIndex, consideredVisits.length - 1)], gumbel);
    }

    /** mctx's {@code score_considered} argmax at the root for a considered visit count. */
    private int argmaxConsidered(int considered, double[] gumbel) {
        double maxLogit = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < numActions; a++) {
            maxLogit = Math.max(maxLogit, priorLogits[a]);
        }
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < numActions; a++) {
            if (childVisits[a] != considered) {
                continue;
            }
            double score = Math.max(LOW_LOGIT, gumbel[a] + priorLogits[a] - maxLogit + completed[a]);
            if (best < 0 || score > bestScore) {
                best = a;
                bestScore = score;
            }
        }
        return best < 0 ? 0 : best;
    }

    private int interiorAction(int node) {
        completedQ(node, completed);
        int base = node * numActions;
        int total = 0;
        for (int a = 0; a < numActions; a++) {
            total += childVisits[base + a];
            scratch[a] = priorLogits[a] + completed[a];
        }
        Maths.softmax(scratch, scratch);
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < numActions; a++) {
            double score = scratch[a] - childVisits[base + a] / (1.0 + total);
            if (score > bestScore) {
                best = a;
                bestScore = score;
            }
        }
        return best;
    }

    /** mctx's {@code qtransform_completed_by_mix_value}: completed, rescaled and scaled Q-values of a node. */
    private void completedQ(int node, double[] out) {
        qValuesCompletedRaw(node, out);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int maxVisits = 0;
        int base = node * numActions;
        for (int a = 0; a < numActions; a++) {
            min = Math.min(min, out[a]);
            max = Math.max(max, out[a]);
            maxVisits = Math.max(maxVisits, childVisits[base + a]);
        }
        double range = Math.max(max - min, EPSILON);
        double scale = (config.maxVisitInit() + maxVisits) * config.valueScale();
        for (int a = 0; a < numActions; a++) {
            out[a] = scale * (out[a] - min) / range;
        }
    }

    /** The Q-values of visited actions and the mixed value for unvisited ones (before rescaling). */
    private void qValuesCompletedRaw(int node, double[] out) {
        int base = node * numActions;
        int sumVisits = 0;
        double sumProbs = 0.0;
        for (int a = 0; a < numActions; a++) {
            int v = childVisits[base + a];
            sumVisits += v;
            if (v > 0) {
                sumProbs += Math.max(TINY, priorProbs[a]);
            }
        }
        double weighted = 0.0;
        for (int a = 0; a < numActions; a++) {
            if (childVisits[base + a] > 0) {
                weighted += Math.max(TINY, priorProbs[a]) * qValue(base + a) / sumProbs;
            }
        }
        double mixed = (rawValue[node] + sumVisits * weighted) / (sumVisits + 1.0);
        for (int a = 0; a < numActions; a++) {
            out[a] = childVisits[base + a] > 0 ? qValue(base + a) : mixed;
        }
    }

    private double qValue(int slot) {
        return childReward[slot] + childDiscount[slot] * childValue[slot];
    }

    private void plan(int first, List<int[]> actions, List<double[][]> beliefs) {
        int node = 0;
        int a = first;
        while (true) {
            actions.add(step.actions[a].clone());
            int child = childIndex[node * numActions + a];
            if (child < 0) {
                double[] next = new double[stateSize];
                double[] qo = new double[step.obsSize];
                step.predict(qs, node * stateSize, a, depth[node], next, 0, qo, 0);
                beliefs.add(step.unflatten(next, 0));
                return;
            }
            beliefs.add(step.unflatten(qs, child * stateSize));
            int base = child * numActions;
            int best = -1;
            for (int b = 0; b < numActions; b++) {
                if (childVisits[base + b] > 0 && (best < 0 || childVisits[base + b] > childVisits[base + best])) {
                    best = b;
                }
            }
            if (best < 0) {
                return;
            }
            node = child;
            a = best;
        }
    }
}
