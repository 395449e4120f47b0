package io.aifgym.agents.aif.planning;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The node store of a sophisticated-inference tree (spec 10.1's {@code Tree}): parallel flat
 * arrays indexed by node, grown geometrically up to {@link #maxNodes} and never beyond it, so
 * {@code maxNodes} bounds the memory whatever the model does.
 *
 * <p>A node is free, an observation node (beliefs after an outcome; the root is one) or a
 * policy node (predicted beliefs after a joint action, with that step's {@code neg_efe}).
 * Each node has up to {@link #maxBranching} child slots: an observation node's slots hold its
 * candidate actions ({@link #slotAction}; a slot whose action was pruned holds -1), a policy
 * node's slots its outcome branches with their probabilities. Observation nodes with equal
 * beliefs at the same depth may be shared by several parents ({@link #refs} counts them), so
 * the tree can be a DAG; a node is freed when nothing references it any more.
 *
 * <p>Mutable; owned by one search. A search that continues from an earlier tree works on a
 * {@link #copy()} or a {@link #subtree(int)}.
 */
final class SiTree {

    static final byte FREE = 0;
    static final byte OBSERVATION = 1;
    static final byte POLICY = 2;

    final int maxNodes;
    final int maxBranching;
    final int stateSize;
    int capacity;
    byte[] kind;
    int[] level;
    int[] action;
    double[] negEfe;
    double[] qs;
    int[] childCount;
    int[] children;
    double[] childProb;
    int[] slotAction;
    int[] refs;
    final BitSet used = new BitSet();
    int usedCount;
    int root = -1;
    /** Nodes created since the tree was made (not counting copied ones). */
    int created;

    SiTree(int maxNodes, int maxBranching, int stateSize, int initialCapacity) {
        this.maxNodes = maxNodes;
        this.maxBranching = maxBranching;
        this.stateSize = stateSize;
        allocate(Math.max(1, Math.min(maxNodes, initialCapacity)));
    }

    private void allocate(int cap) {
        capacity = cap;
        kind = new byte[cap];
        level = new int[cap];
        action = new int[cap];
        negEfe = new double[cap];
        qs = new double[cap * stateSize];
        childCount = new int[cap];
        children = new int[cap * maxBranching];
        childProb = new double[cap * maxBranching];
        slotAction = new int[cap * maxBranching];
        refs = new int[cap];
    }

    private void grow(int needed) {
        int cap = capacity;
        while (cap < needed) {
            cap = (int) Math.min(maxNodes, Math.max(needed, 2L * cap));
        }
        kind = Arrays.copyOf(kind, cap);
        level = Arrays.copyOf(level, cap);
        action = Arrays.copyOf(action, cap);
        negEfe = Arrays.copyOf(negEfe, cap);
        qs = Arrays.copyOf(qs, cap * stateSize);
        childCount = Arrays.copyOf(childCount, cap);
        children = Arrays.copyOf(children, cap * maxBranching);
        childProb = Arrays.copyOf(childProb, cap * maxBranching);
        slotAction = Arrays.copyOf(slotAction, cap * maxBranching);
        refs = Arrays.copyOf(refs, cap);
        capacity = cap;
    }

    /**
     * Takes the lowest free slot (pymdp's rule).
     *
     * @param nodeKind {@link #OBSERVATION} or {@link #POLICY}
     * @param nodeLevel the node's depth
     * @return the node, or -1 when the tree already holds {@link #maxNodes} nodes
     */
    int allocate(byte nodeKind, int nodeLevel) {
        if (usedCount >= maxNodes) {
            return -1;
        }
        int n = used.nextClearBit(0);
        if (n >= capacity) {
            grow(n + 1);
        }
        used.set(n);
        usedCount++;
        created++;
        kind[n] = nodeKind;
        level[n] = nodeLevel;
        action[n] = -1;
        negEfe[n] = 0.0;
        childCount[n] = 0;
        refs[n] = 0;
        return n;
    }

    /** Frees one node without touching its children (rollback of a level). */
    void free(int n) {
        used.clear(n);
        usedCount--;
        kind[n] = FREE;
        childCount[n] = 0;
        refs[n] = 0;
    }

    /** Drops one reference to {@code n}; frees it and releases its children when none is left. */
    void release(int n) {
        if (--refs[n] > 0) {
            return;
        }
        int count = childCount[n];
        int base = n * maxBranching;
        for (int j = 0; j < count; j++) {
            int c = children[base + j];
            if (c >= 0) {
                release(c);
            }
        }
        free(n);
    }

    /** @return the deepest level of any node (0 for a root alone) */
    int maxLevel() {
        int h = 0;
        for (int n = used.nextSetBit(0); n >= 0; n = used.nextSetBit(n + 1)) {
            h = Math.max(h, level[n]);
        }
        return h;
    }

    /** @return a deep copy with the same node indices */
    SiTree copy() {
        SiTree t = new SiTree(maxNodes, maxBranching, stateSize, 1);
        t.capacity = capacity;
        t.kind = kind.clone();
        t.level = level.clone();
        t.action = action.clone();
        t.negEfe = negEfe.clone();
        t.qs = qs.clone();
        t.childCount = childCount.clone();
        t.children = children.clone();
        t.childProb = childProb.clone();
        t.slotAction = slotAction.clone();
        t.refs = refs.clone();
        t.used.or(used);
        t.usedCount = usedCount;
        t.root = root;
        return t;
    }

    /**
     * A new tree holding only what is reachable from {@code newRoot}, renumbered from 0, with
     * levels shifted so that {@code newRoot} is at level 0.
     *
     * @param newRoot an observation node of this tree
     * @return the subtree
     */
    SiTree subtree(int newRoot) {
        int[] map = new int[capacity];
        Arrays.fill(map, -1);
        int[] order = new int[usedCount];
        int count = 0;
        order[count++] = newRoot;
        map[newRoot] = 0;
        for (int i = 0; i < count; i++) {
            int n = order[i];
            int base = n * maxBranching;
            for (int j = 0; j < childCount[n]; j++) {
                int c = children[base + j];
                if (c >= 0 && map[c] < 0) {
                    map[c] = count;
                    order[count++] = c;
                }
            }
        }
        int shift = level[newRoot];
        SiTree t = new SiTree(maxNodes, maxBranching, stateSize, count);
        for (int i = 0; i < count; i++) {
            int n = order[i];
            t.used.set(i);
            t.kind[i] = kind[n];
            t.level[i] = level[n] - shift;
            t.action[i] = action[n];
            t.negEfe[i] = negEfe[n];
            System.arraycopy(qs, n * stateSize, t.qs, i * stateSize, stateSize);
            t.childCount[i] = childCount[n];
            int from = n * maxBranching;
            int to = i * maxBranching;
            for (int j = 0; j < childCount[n]; j++) {
                int c = children[from + j];
                int mapped = c >= 0 ? map[c] : -1;
                t.children[to + j] = mapped;
                t.childProb[to + j] = childProb[from + j];
                t.slotAction[to + j] = slotAction[from + j];
                if (mapped >= 0) {
                    t.refs[mapped]++;
                }
            }
        }
        t.usedCount = count;
        t.root = 0;
        t.refs[0] = 1;
        return t;
    }

    /** @return the bytes one node takes at most (the memory bound is {@code maxNodes} times this) */
    static long bytesPerNode(int stateSize, int maxBranching) {
        return 1L + 4 + 4 + 8 + 4 + 4 + 8L * stateSize + (long) maxBranching * (4 + 8 + 4);
    }
}
