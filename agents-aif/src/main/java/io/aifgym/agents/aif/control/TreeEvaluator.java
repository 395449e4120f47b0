package io.aifgym.agents.aif.control;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The fast planner's core: the negative expected free energy of every policy of a
 * {@link PolicyTree}, evaluated level by level on flat arrays.
 *
 * <p>At level {@code t} the parents are the root ({@code t = 0}) or the distinct prefixes of
 * length {@code t}. For each factor, the parents' beliefs are gathered into one block and
 * multiplied at once with the column-stacked transitions of every action and with each
 * action's pB novelty weights, giving every (parent, factor, action) prediction and novelty. For each
 * modality, the distinct (parent, actions of its factors) combinations of the level's
 * children are gathered into one block and multiplied at once with the stacked likelihood,
 * ambiguity and pA weights. Each child then only adds its precomputed terms.
 *
 * <p>An evaluator is scratch space for one layout (model dimensions and tree) and one thread
 * at a time; {@link #fits(PlanningModel)} says whether it can evaluate a model. Not API.
 */
final class TreeEvaluator {

    private final PolicyTree tree;
    private final Kernel kernel;
    private final int numFactors;
    private final int numModalities;
    private final int[] numStates;
    private final int[] numControls;
    private final int[][] aDeps;
    private final int[][] bDeps;
    private final int[] obsRows;
    /** Rows of factor f's stacked products: {@code Nu[f] * Ns[f]}. */
    private final int[] stackRows;
    /** Offset of factor f's actions within a parent's per-(f, u) block. */
    private final int[] actionOffset;
    private final int actionBlock;
    /** states[t][f][p * stackRows[f] + u * Ns[f] + s]: parent p's prediction for factor f under action u. */
    private final double[][][] states;
    private final double[][] noveltyB;
    private final double[][] inductive;
    private final double[][] cumulative;
    /** Per level and modality: the parent of each distinct combination. */
    private final int[][][] comboParent;
    /** Per level and modality: one child of each distinct combination (its actions define the combination). */
    private final int[][][] comboChild;
    /** Per level and modality: the combination of each child. */
    private final int[][][] childCombo;
    /** Per modality, per combination: info gain, utility, pA novelty. */
    private final double[][] comboValues;
    private final double[] gathered;
    private final double[] product;
    private final double[] scratchX;

    TreeEvaluator(PlanningModel pm, PolicyTree tree, Kernel kernel) {
        this.tree = tree;
        this.kernel = kernel;
        this.numFactors = pm.numFactors;
        this.numModalities = pm.numModalities;
        this.numStates = pm.numStates;
        this.numControls = pm.numControls;
        this.aDeps = pm.aDeps;
        this.bDeps = pm.bDeps;
        obsRows = new int[numModalities];
        for (int m = 0; m < numModalities; m++) {
            obsRows[m] = pm.observation[m].rows;
        }
        stackRows = new int[numFactors];
        actionOffset = new int[numFactors];
        int a = 0;
        int maxCols = 1;
        int maxStack = 1;
        for (int f = 0; f < numFactors; f++) {
            stackRows[f] = numControls[f] * numStates[f];
            actionOffset[f] = a;
            a += numControls[f];
            maxCols = Math.max(maxCols, pm.bCols[f]);
            maxStack = Math.max(maxStack, stackRows[f]);
        }
        actionBlock = a;
        int depth = tree.depth;
        states = new double[depth][numFactors][];
        noveltyB = new double[depth][];
        inductive = new double[depth][];
        cumulative = new double[depth][];
        comboParent = new int[depth][numModalities][];
        comboChild = new int[depth][numModalities][];
        childCombo = new int[depth][numModalities][];
        long gatherSize = 1;
        long productSize = 1;
        int maxCombos = 1;
        for (int t = 0; t < depth; t++) {
            int parents = tree.parents(t);
            for (int f = 0; f < numFactors; f++) {
                states[t][f] = new double[parents * stackRows[f]];
                gatherSize = Math.max(gatherSize, (long) parents * pm.bCols[f]);
                productSize = Math.max(productSize, (long) parents * stackRows[f]);
            }
            noveltyB[t] = new double[parents * actionBlock];
            inductive[t] = new double[parents * actionBlock];
            cumulative[t] = new double[tree.levelSize[t]];
            for (int m = 0; m < numModalities; m++) {
                buildCombos(t, m);
                int combos = comboParent[t][m].length;
                maxCombos = Math.max(maxCombos, combos);
                gatherSize = Math.max(gatherSize, (long) combos * pm.aCols[m]);
                productSize = Math.max(productSize, (long) combos * obsRows[m]);
            }
        }
        for (int m = 0; m < numModalities; m++) {
            maxCols = Math.max(maxCols, pm.aCols[m]);
        }
        if (gatherSize > Integer.MAX_VALUE || productSize > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("policies: expected a policy tree whose levels fit in memory, found "
                    + Arrays.toString(tree.levelSize) + " nodes per level");
        }
        comboValues = new double[numModalities][3 * maxCombos];
        gathered = new double[(int) gatherSize];
        product = new double[(int) productSize];
        scratchX = new double[maxCols];
    }

    /**
     * An upper bound, in bytes, of the scratch space an evaluator of this model and tree
     * allocates (before allocating any of it): the predictions of every parent of every level,
     * their novelty and inductive terms, the combination tables and the gather and product
     * buffers, counting every child of a level as a distinct combination.
     *
     * @param pm the compiled model
     * @param tree the policy tree
     * @return the bytes
     */
    static long bytesFor(PlanningModel pm, PolicyTree tree) {
        long stack = 0;
        long actions = 0;
        long maxB = 1;
        for (int f = 0; f < pm.numFactors; f++) {
            stack += (long) pm.numControls[f] * pm.numStates[f];
            actions += pm.numControls[f];
            maxB = Math.max(maxB, Math.max((long) pm.bCols[f], (long) pm.numControls[f] * pm.numStates[f]));
        }
        long maxA = 1;
        for (int m = 0; m < pm.numModalities; m++) {
            maxA = Math.max(maxA, Math.max(pm.aCols[m], pm.observation[m].rows));
        }
        long doubles = 0;
        long ints = 0;
        long buffer = 1;
        for (int t = 0; t < tree.depth; t++) {
            long parents = tree.parents(t);
            long children = tree.levelSize[t];
            doubles += parents * (stack + 2 * actions) + children;
            ints += 3L * children * pm.numModalities;
            buffer = Math.max(buffer, Math.max(parents * maxB, children * maxA));
        }
        doubles += 2 * buffer + 3L * pm.numModalities * maxChildren(tree);
        return 8 * doubles + 4 * ints;
    }

    private static long maxChildren(PolicyTree tree) {
        long max = 1;
        for (int size : tree.levelSize) {
            max = Math.max(max, size);
        }
        return max;
    }

    /** Groups the children of level t by (parent, actions of modality m's factors). */
    private void buildCombos(int t, int m) {
        int[] actions = tree.action[t];
        int[] childStart = tree.childStart[t];
        int children = tree.levelSize[t];
        int[] combo = new int[children];
        int[] parentOf = new int[children];
        int[] childOf = new int[children];
        int count = 0;
        Map<Long, Integer> seen = new HashMap<>();
        for (int p = 0; p < tree.parents(t); p++) {
            seen.clear();
            for (int c = childStart[p]; c < childStart[p + 1]; c++) {
                long key = 0;
                for (int d : aDeps[m]) {
                    key = key * numControls[d] + actions[c * numFactors + d];
                }
                Integer id = seen.get(key);
                if (id == null) {
                    id = count++;
                    seen.put(key, id);
                    parentOf[id] = p;
                    childOf[id] = c;
                }
                combo[c] = id;
            }
        }
        comboParent[t][m] = Arrays.copyOf(parentOf, count);
        comboChild[t][m] = Arrays.copyOf(childOf, count);
        childCombo[t][m] = combo;
    }

    /** Whether this evaluator's scratch fits a model (same dimensions, dependencies and stacked rows). */
    boolean fits(PlanningModel pm) {
        if (!Arrays.equals(pm.numStates, numStates) || !Arrays.equals(pm.numControls, numControls)
                || !Arrays.deepEquals(pm.aDeps, aDeps) || !Arrays.deepEquals(pm.bDeps, bDeps)) {
            return false;
        }
        for (int m = 0; m < numModalities; m++) {
            if (pm.observation[m].rows != obsRows[m]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Evaluates every policy.
     *
     * @param pm the model, which {@link #fits(PlanningModel)}
     * @param qs0 the current beliefs, one distribution per factor
     * @param out {@code neg_efe} per policy, written
     */
    void evaluate(PlanningModel pm, double[][] qs0, double[] out) {
        double[][] penalties = pm.inductivePenalties(qs0);
        int depth = tree.depth;
        for (int t = 0; t < depth; t++) {
            int parents = tree.parents(t);
            for (int f = 0; f < numFactors; f++) {
                predictFactor(pm, t, f, parents, qs0, penalties == null ? null : penalties[f]);
            }
            for (int m = 0; m < numModalities; m++) {
                modalityTerms(pm, t, m);
            }
            int[] actions = tree.action[t];
            int[] childStart = tree.childStart[t];
            double[] novelty = noveltyB[t];
            double[] ind = inductive[t];
            for (int p = 0; p < parents; p++) {
                int actionBase = p * actionBlock;
                double base = t == 0 ? 0.0 : cumulative[t - 1][p];
                for (int c = childStart[p], end = childStart[p + 1]; c < end; c++) {
                    double infoGain = 0.0;
                    double utility = 0.0;
                    double noveltyA = 0.0;
                    for (int m = 0; m < numModalities; m++) {
                        int at = 3 * childCombo[t][m][c];
                        double[] values = comboValues[m];
                        infoGain += values[at];
                        utility += values[at + 1];
                        noveltyA += values[at + 2];
                    }
                    double noveltyTotal = noveltyA;
                    double inductiveValue = 0.0;
                    int actionAt = c * numFactors;
                    for (int f = 0; f < numFactors; f++) {
                        int at = actionBase + actionOffset[f] + actions[actionAt + f];
                        noveltyTotal += novelty[at];
                        inductiveValue += ind[at];
                    }
                    cumulative[t][c] = base + (infoGain + utility + noveltyTotal + inductiveValue);
                }
            }
        }
        double[] leaves = cumulative[depth - 1];
        for (int p = 0; p < out.length; p++) {
            out[p] = leaves[tree.leaf[p]];
        }
    }

    /** Predictions, pB novelty and inductive values of factor f for every parent of level t. */
    private void predictFactor(PlanningModel pm, int t, int f, int parents, double[][] qs0, double[] penalty) {
        int[] deps = bDeps[f];
        int cols = pm.bCols[f];
        for (int p = 0; p < parents; p++) {
            if (deps.length == 1) {
                int d = deps[0];
                double[] src = t == 0 ? qs0[d] : states[t - 1][d];
                int off = t == 0 ? 0 : parentOffset(t, p, d);
                for (int j = 0; j < cols; j++) {
                    gathered[j * parents + p] = src[off + j];
                }
            } else {
                int len = 1;
                scratchX[0] = 1.0;
                for (int d : deps) {
                    double[] src = t == 0 ? qs0[d] : states[t - 1][d];
                    len = outerStep(scratchX, len, src, t == 0 ? 0 : parentOffset(t, p, d), numStates[d]);
                }
                for (int j = 0; j < cols; j++) {
                    gathered[j * parents + p] = scratchX[j];
                }
            }
        }
        double[] level = states[t][f];
        int rows = stackRows[f];
        int ns = numStates[f];
        int nu = numControls[f];
        pm.transitions[f].multiplyBlock(kernel, gathered, 0, parents, level, 0);
        ColumnMatrix[] w = pm.noveltyB[f];
        double[] novelty = noveltyB[t];
        double[] ind = inductive[t];
        for (int u = 0; u < nu; u++) {
            if (w != null) {
                w[u].multiplyBlock(kernel, gathered, 0, parents, product, 0);
            }
            for (int p = 0; p < parents; p++) {
                int at = p * actionBlock + actionOffset[f] + u;
                int off = p * rows + u * ns;
                novelty[at] = w == null ? 0.0 : Kernels.dot(level, off, product, p * ns, ns);
                ind[at] = penalty == null ? 0.0 : Kernels.dot(penalty, 0, level, off, ns);
            }
        }
    }

    /** Where parent p of level t (a node of level t - 1) keeps its prediction for factor d. */
    private int parentOffset(int t, int p, int d) {
        return tree.parent[t - 1][p] * stackRows[d] + tree.action[t - 1][p * numFactors + d] * numStates[d];
    }

    /** Info gain, utility and pA novelty of modality m for every distinct combination of level t. */
    private void modalityTerms(PlanningModel pm, int t, int m) {
        int[] parentOf = comboParent[t][m];
        int[] childOf = comboChild[t][m];
        int combos = parentOf.length;
        int[] deps = aDeps[m];
        int cols = pm.aCols[m];
        int[] actions = tree.action[t];
        for (int k = 0; k < combos; k++) {
            int p = parentOf[k];
            int c = childOf[k];
            if (deps.length == 1) {
                int d = deps[0];
                int off = p * stackRows[d] + actions[c * numFactors + d] * numStates[d];
                double[] src = states[t][d];
                for (int j = 0; j < cols; j++) {
                    gathered[j * combos + k] = src[off + j];
                }
            } else {
                int len = 1;
                scratchX[0] = 1.0;
                for (int d : deps) {
                    int off = p * stackRows[d] + actions[c * numFactors + d] * numStates[d];
                    len = outerStep(scratchX, len, states[t][d], off, numStates[d]);
                }
                for (int j = 0; j < cols; j++) {
                    gathered[j * combos + k] = scratchX[j];
                }
            }
        }
        int rows = obsRows[m];
        pm.observation[m].multiplyBlock(kernel, gathered, 0, combos, product, 0);
        int no = pm.numObs[m];
        int ambiguityRow = pm.ambiguityRow[m];
        int noveltyRow = pm.noveltyARow[m];
        double[] c = pm.preferenceAt(m, t);
        double[] values = comboValues[m];
        for (int k = 0; k < combos; k++) {
            int base = k * rows;
            values[3 * k] = ambiguityRow >= 0 ? kernel.entropy(product, base, no) - product[base + ambiguityRow] : 0.0;
            values[3 * k + 1] = c == null ? 0.0 : Kernels.dot(product, base, c, 0, no);
            values[3 * k + 2] = noveltyRow >= 0 ? Kernels.dot(product, base, product, base + noveltyRow, no) : 0.0;
        }
    }

    /** out[0..len) (x) v[off..off+n) in place, the earlier factors slower; returns the new length. */
    private static int outerStep(double[] out, int len, double[] v, int off, int n) {
        for (int i = len - 1; i >= 0; i--) {
            double w = out[i];
            int base = i * n;
            for (int k = n - 1; k >= 0; k--) {
                out[base + k] = w * v[off + k];
            }
        }
        return len * n;
    }
}
