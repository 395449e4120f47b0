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
 * they are the same.
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
