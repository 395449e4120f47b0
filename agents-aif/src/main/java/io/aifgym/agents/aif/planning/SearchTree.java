package io.aifgym.agents.aif.planning;

import io.aifgym.agents.aif.control.EfeOptions;
import io.aifgym.agents.aif.control.Policies;
import io.aifgym.agents.aif.model.GenerativeModel;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The tree a sophisticated-inference search ended with, kept so that the next search can
 * continue from it ({@link PolicySearch.Sophisticated#reuseTree()}): an opaque, immutable value
 * (a search that continues from it works on a copy) that an agent state can hold. It remembers
 * the model (by identity), the options and budgets it was built under, and is only reused when
 * they are the same. For checkpoints it is written as flat arrays ({@link #nodes()}) and read
 * back under the conditions of the agent that continues from it ({@link #restore}).
 */
public final class SearchTree {

    private final SiTree tree;
    private final GenerativeModel model;
    private final PolicySearch.Sophisticated config;
    private final EfeOptions options;
    private final double gamma;
    private final int numIter;
    private final List<DoubleTensor> inductive;
    private final int[][] actions;

    SearchTree(SiTree tree, GenerativeModel model, PolicySearch.Sophisticated config, EfeOptions options,
            double gamma, int numIter, List<DoubleTensor> inductive, Policies actions) {
        this.tree = tree;
        this.model = model;
        this.config = config;
        this.options = options;
        this.gamma = gamma;
        this.numIter = numIter;
        this.inductive = inductive;
        this.actions = new int[actions.count()][];
        for (int a = 0; a < this.actions.length; a++) {
            this.actions[a] = actions.actions(a, 0);
        }
    }

    /**
     * The node store of a {@link SearchTree} as flat arrays, for checkpoints
     * ({@link SearchTree#nodes()}, {@link SearchTree#restore}). The used nodes keep their
     * numbers, as a search that continues from the tree takes the lowest free number for a new
     * node and visits nodes in number order. Per used node ({@code nodes[i]}, ascending): its
     * fields at {@code [i]}, its beliefs at {@code beliefs[i·S .. (i+1)·S)} ({@code S} the
     * states of all factors) and its {@code childCount[i]} child slots after those of the
     * nodes before it. Nothing else of the store is read by a later search: free numbers are
     * written before they are read, and the count of nodes created is reset when a search
     * continues from a tree. Arrays are held as given; this record is a transport value.
     *
     * @param root the root, an observation node
     * @param nodes the used node numbers, ascending
     * @param kind per used node: 1 an observation node, 2 a policy node
     * @param level per used node: its depth below the root
     * @param action per used node: a policy node's joint action, -1 for an observation node
     * @param negEfe per used node: its {@code neg_efe}
     * @param beliefs the used nodes' beliefs, flat (factors one after another), node after node
     * @param refs per used node: how many slots reference it (the root: 1)
     * @param childCount per used node: its child slots
     * @param children per slot: the child node, or -1 (pruned or not formed)
     * @param childProb per slot: its probability (action or outcome)
     * @param slotAction per slot: the joint action of an observation node's slot
     */
    public record Nodes(int root, int[] nodes, int[] kind, int[] level, int[] action, double[] negEfe,
            double[] beliefs, int[] refs, int[] childCount, int[] children, double[] childProb, int[] slotAction) {
    }

    /**
     * The node store as flat arrays (the options the tree was built under are not part of it:
     * {@link #restore} takes them from the agent that continues the search).
     *
     * @return the used nodes and their slots
     */
    public Nodes nodes() {
        int n = tree.usedCount;
        int stateSize = tree.stateSize;
        int maxB = tree.maxBranching;
        int[] numbers = new int[n];
        int[] kind = new int[n];
        int[] level = new int[n];
        int[] action = new int[n];
        double[] negEfe = new double[n];
        double[] beliefs = new double[n * stateSize];
        int[] refs = new int[n];
        int[] childCount = new int[n];
        int slots = 0;
        int i = 0;
        for (int node = tree.used.nextSetBit(0); node >= 0; node = tree.used.nextSetBit(node + 1), i++) {
            numbers[i] = node;
            kind[i] = tree.kind[node];
            level[i] = tree.level[node];
            action[i] = tree.action[node];
            negEfe[i] = tree.negEfe[node];
            System.arraycopy(tree.qs, node * stateSize, beliefs, i * stateSize, stateSize);
            refs[i] = tree.refs[node];
            childCount[i] = tree.childCount[node];
            slots += childCount[i];
        }
        int[] children = new int[slots];
        double[] childProb = new double[slots];
        int[] slotAction = new int[slots];
        int at = 0;
        for (i = 0; i < n; i++) {
            int base = numbers[i] * maxB;
            System.arraycopy(tree.children, base, children, at, childCount[i]);
            System.arraycopy(tree.childProb, base, childProb, at, childCount[i]);
            System.arraycopy(tree.slotAction, base, slotAction, at, childCount[i]);
            at += childCount[i];
        }
        return new Nodes(tree.root, numbers, kind, level, action, negEfe, beliefs, refs, childCount, children,
                childProb, slotAction);
    }

    /**
     * A tree saved by {@link #nodes()}, as the search {@code config} would have left it for
     * the agent whose next search reads {@code input}: it is continued from under the same
     * conditions as the tree it was saved from (the model of {@code input}, by identity, its
     * options, precision, iterations, inductive matrices and joint actions, and the budgets of
     * {@code config}).
     *
     * @param nodes the saved node store
     * @param config the search that built the tree
     * @param input what the search would read (its beliefs are not used)
     * @return the tree
     * @throws IllegalArgumentException if the nodes do not form a tree within the budgets of
     *     {@code config} over the beliefs and joint actions of {@code input} (naming the field)
     */
    public static SearchTree restore(Nodes nodes, PolicySearch.Sophisticated config, SearchInput input) {
        Objects.requireNonNull(nodes, "nodes");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(input, "input");
        int stateSize = 0;
        for (int f = 0; f < input.model().numFactors(); f++) {
            stateSize += input.model().numStates(f);
        }
        int numActions = input.actions().count();
        int n = present("nodes", nodes.nodes()).length;
        if (n < 1 || n > config.maxNodes()) {
            throw new IllegalArgumentException("tree.nodes: expected between 1 and maxNodes (" + config.maxNodes()
                    + ") nodes, found " + n);
        }
        for (int i = 0; i < n; i++) {
            int node = nodes.nodes()[i];
            if (node < 0 || node >= config.maxNodes() || (i > 0 && node <= nodes.nodes()[i - 1])) {
                throw new IllegalArgumentException("tree.nodes[" + i + "]: expected ascending node numbers in [0, "
                        + config.maxNodes() + "), found " + node + (i > 0 ? " after " + nodes.nodes()[i - 1] : ""));
            }
        }
        length("kind", present("kind", nodes.kind()).length, n);
        length("level", present("level", nodes.level()).length, n);
        length("action", present("action", nodes.action()).length, n);
        length("negEfe", present("negEfe", nodes.negEfe()).length, n);
        length("refs", present("refs", nodes.refs()).length, n);
        length("childCount", present("childCount", nodes.childCount()).length, n);
        length("beliefs", present("beliefs", nodes.beliefs()).length, (long) n * stateSize);
        long slots = 0;
        for (int i = 0; i < n; i++) {
            int count = nodes.childCount()[i];
            if (count < 0 || count > config.maxBranching()) {
                throw new IllegalArgumentException("tree.childCount[" + i + "]: expected a slot count in [0, "
                        + "maxBranching " + config.maxBranching() + "], found " + count);
            }
            slots += count;
        }
        length("children", present("children", nodes.children()).length, slots);
        length("childProb", present("childProb", nodes.childProb()).length, slots);
        length("slotAction", present("slotAction", nodes.slotAction()).length, slots);
        int capacity = nodes.nodes()[n - 1] + 1;
        SiTree t = new SiTree(config.maxNodes(), config.maxBranching(), stateSize, capacity);
        for (int i = 0; i < n; i++) {
            t.used.set(nodes.nodes()[i]);
        }
        int at = 0;
        for (int i = 0; i < n; i++) {
            int node = nodes.nodes()[i];
            int kind = nodes.kind()[i];
            if (kind != SiTree.OBSERVATION && kind != SiTree.POLICY) {
                throw new IllegalArgumentException("tree.kind[" + i + "]: expected 1 (observation node) or 2 (policy "
                        + "node), found " + kind);
            }
            int action = nodes.action()[i];
            if (kind == SiTree.POLICY ? action < 0 || action >= numActions : action != -1) {
                throw new IllegalArgumentException("tree.action[" + i + "]: expected " + (kind == SiTree.POLICY
                        ? "a joint action in [0, " + numActions + ")" : "-1 for an observation node") + ", found "
                        + action);
            }
            if (nodes.level()[i] < 0) {
                throw new IllegalArgumentException("tree.level[" + i + "]: expected a non-negative depth, found "
                        + nodes.level()[i]);
            }
            if (nodes.refs()[i] < 0) {
                throw new IllegalArgumentException("tree.refs[" + i + "]: expected a non-negative count, found "
                        + nodes.refs()[i]);
            }
            for (int k = i * stateSize; k < (i + 1) * stateSize; k++) {
                double q = nodes.beliefs()[k];
                if (!(q >= 0.0) || Double.isInfinite(q)) {
                    throw new IllegalArgumentException("tree.beliefs[" + k + "]: expected a finite non-negative "
                            + "probability, found " + q);
                }
            }
            t.kind[node] = (byte) kind;
            t.level[node] = nodes.level()[i];
            t.action[node] = action;
            t.negEfe[node] = nodes.negEfe()[i];
            System.arraycopy(nodes.beliefs(), i * stateSize, t.qs, node * stateSize, stateSize);
            t.refs[node] = nodes.refs()[i];
            int count = nodes.childCount()[i];
            t.childCount[node] = count;
            for (int j = 0; j < count; j++, at++) {
                int child = nodes.children()[at];
                if (child != -1 && (child < 0 || child >= capacity || !t.used.get(child))) {
                    throw new IllegalArgumentException("tree.children[" + at + "]: expected -1 or a node of the tree, "
                            + "found " + child);
                }
                int slotAction = nodes.slotAction()[at];
                if (slotAction < -1 || slotAction >= numActions) {
                    throw new IllegalArgumentException("tree.slotAction[" + at + "]: expected -1 or a joint action "
                            + "in [0, " + numActions + "), found " + slotAction);
                }
                int slot = node * config.maxBranching() + j;
                t.children[slot] = child;
                t.childProb[slot] = nodes.childProb()[at];
                t.slotAction[slot] = slotAction;
            }
        }
        int root = nodes.root();
        if (root < 0 || root >= capacity || !t.used.get(root) || t.kind[root] != SiTree.OBSERVATION) {
            throw new IllegalArgumentException("tree.root: expected an observation node of the tree, found " + root);
        }
        t.usedCount = n;
        t.root = root;
        t.created = 0;
        double gamma = config.gamma() != null ? config.gamma() : input.gamma();
        return new SearchTree(t, input.model(), config, input.options(), gamma, input.numIter(), input.inductive(),
                input.actions());
    }

    private static <T> T present(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException("tree." + field + ": expected an array, found none");
        }
        return value;
    }

    private static void length(String field, long found, long expected) {
        if (found != expected) {
            throw new IllegalArgumentException("tree." + field + ": expected " + expected + " entries, found " + found);
        }
    }

    /** The node store; callers must not change it (copy first). */
    SiTree tree() {
        return tree;
    }

    boolean compatible(GenerativeModel otherModel, PolicySearch.Sophisticated otherConfig, EfeOptions otherOptions,
            double otherGamma, int otherNumIter, List<DoubleTensor> otherInductive, int[][] otherActions) {
        return model == otherModel && config.sameTree(otherConfig) && options.equals(otherOptions)
                && Double.compare(gamma, otherGamma) == 0 && numIter == otherNumIter
                && Objects.equals(inductive, otherInductive) && Arrays.deepEquals(actions, otherActions);
    }

    /** @return the number of nodes in the tree */
    public int nodeCount() {
        return tree.usedCount;
    }

    /** @return the deepest level of the tree (0 for a root alone) */
    public int depth() {
        return tree.maxLevel();
    }

    /** @return the most nodes the tree may hold */
    public int maxNodes() {
        return tree.maxNodes;
    }

    /** @return a copy of the root's beliefs, flat (factors one after another) */
    public double[] rootBeliefs() {
        return Arrays.copyOfRange(tree.qs, tree.root * tree.stateSize, (tree.root + 1) * tree.stateSize);
    }

    @Override
    public String toString() {
        return "SearchTree[" + tree.usedCount + " nodes, depth " + depth() + ", maxNodes " + tree.maxNodes + "]";
    }
}
