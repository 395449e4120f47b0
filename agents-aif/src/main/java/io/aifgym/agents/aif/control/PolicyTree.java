package io.aifgym.agents.aif.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The prefix tree of a set of policies: level {@code t} holds one node per distinct prefix
 * {@code π[0..t]}, the children of each node contiguous, so a planner evaluates each shared
 * prefix once, level by level (all first actions, then all second actions, ...). Works for any
 * policy set, enumerated or user-given. Not API.
 */
final class PolicyTree {

    final int depth;
    final int numFactors;
    /** Nodes per level. */
    final int[] levelSize;
    /** {@code parent[t][n]}: the node's parent at level {@code t - 1} (0 = the root for level 0). */
    final int[][] parent;
    /** {@code action[t][n * F + f]}: the node's action for factor {@code f}. */
    final int[][] action;
    /** Children at level {@code t} of parent {@code P}: {@code childStart[t][P] .. childStart[t][P + 1]}. */
    final int[][] childStart;
    /** The leaf node (level {@code depth - 1}) of each policy. */
    final int[] leaf;

    private PolicyTree(int depth, int numFactors, int[] levelSize, int[][] parent, int[][] action,
            int[][] childStart, int[] leaf) {
        this.depth = depth;
        this.numFactors = numFactors;
        this.levelSize = levelSize;
        this.parent = parent;
        this.action = action;
        this.childStart = childStart;
        this.leaf = leaf;
    }

    /** Number of parents of level {@code t} (1 for the root level). */
    int parents(int t) {
        return t == 0 ? 1 : levelSize[t - 1];
    }

    /** Total number of nodes. */
    int nodeCount() {
        int n = 0;
        for (int s : levelSize) {
            n += s;
        }
        return n;
    }

    static PolicyTree of(Policies policies) {
        int depth = policies.length();
        int f = policies.numFactors();
        int[] nu = policies.numControls();
        Node root = new Node(null, null);
        Node[] leafNodes = new Node[policies.count()];
        for (int p = 0; p < policies.count(); p++) {
            Node cur = root;
            for (int t = 0; t < depth; t++) {
                int[] u = policies.actions(p, t);
                long key = 0;
                for (int k = 0; k < f; k++) {
                    key = key * nu[k] + u[k];
                }
                Node parentNode = cur;
                cur = cur.children.computeIfAbsent(key, k -> new Node(parentNode, u));
            }
            leafNodes[p] = cur;
        }
        int[] levelSize = new int[depth];
        int[][] parent = new int[depth][];
        int[][] action = new int[depth][];
        int[][] childStart = new int[depth][];
        List<Node> previous = List.of(root);
        root.index = 0;
        for (int t = 0; t < depth; t++) {
            List<Node> level = new ArrayList<>();
            childStart[t] = new int[previous.size() + 1];
            for (int pIdx = 0; pIdx < previous.size(); pIdx++) {
                childStart[t][pIdx] = level.size();
                for (Node child : previous.get(pIdx).children.values()) {
                    child.index = level.size();
                    level.add(child);
                }
            }
            childStart[t][previous.size()] = level.size();
            levelSize[t] = level.size();
            parent[t] = new int[level.size()];
            action[t] = new int[level.size() * f];
            for (int n = 0; n < level.size(); n++) {
                Node node = level.get(n);
                parent[t][n] = node.parent.index;
                System.arraycopy(node.action, 0, action[t], n * f, f);
            }
            previous = level;
        }
        int[] leaf = new int[leafNodes.length];
        for (int p = 0; p < leaf.length; p++) {
            leaf[p] = leafNodes[p].index;
        }
        return new PolicyTree(depth, f, levelSize, parent, action, childStart, leaf);
    }

    private static final class Node {
        final Node parent;
        final int[] action;
        final Map<Long, Node> children = new LinkedHashMap<>();
        int index;

        Node(Node parent, int[] action) {
            this.parent = parent;
            this.action = action;
        }
    }
}
