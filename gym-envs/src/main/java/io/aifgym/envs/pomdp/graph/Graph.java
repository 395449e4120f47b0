package io.aifgym.envs.pomdp.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * An undirected graph on nodes {@code 0 .. numNodes-1}, as pymdp's graph worlds use it.
 *
 * @param numNodes the number of nodes, positive
 * @param edges the edges as {@code [a, b]} pairs, at least one, endpoints in range
 */
public record Graph(int numNodes, List<List<Integer>> edges) {

    /** Validates the graph and copies the edges. */
    public Graph {
        if (numNodes <= 0) {
            throw new IllegalArgumentException("numNodes: expected a positive number of nodes, found " + numNodes);
        }
        if (edges == null || edges.isEmpty()) {
            throw new IllegalArgumentException("edges: expected at least one edge, found an empty graph");
        }
        List<List<Integer>> copy = new ArrayList<>(edges.size());
        for (int i = 0; i < edges.size(); i++) {
            List<Integer> e = edges.get(i);
            if (e == null || e.size() != 2 || e.get(0) == null || e.get(1) == null || e.get(0) < 0
                    || e.get(0) >= numNodes || e.get(1) < 0 || e.get(1) >= numNodes) {
                throw new IllegalArgumentException("edges[" + i + "]: expected a pair of nodes in [0, " + numNodes
                        + "), found " + e);
            }
            copy.add(List.copyOf(e));
        }
        edges = List.copyOf(copy);
    }

    /**
     * A graph whose nodes are those its edges name: {@code numNodes = max node + 1}.
     *
     * @param edges the edges
     * @return the graph
     */
    public static Graph of(List<List<Integer>> edges) {
        if (edges == null || edges.isEmpty()) {
            throw new IllegalArgumentException("edges: expected at least one edge, found an empty graph");
        }
        int max = -1;
        for (List<Integer> e : edges) {
            if (e != null) {
                for (Integer v : e) {
                    max = v == null ? max : Math.max(max, v);
                }
            }
        }
        return new Graph(max + 1, edges);
    }

    /**
     * pymdp's {@code generate_connected_clusters(cluster_size, connections)}: start with hub
     * {@code c = 0}, add edges {@code (c, c+1) ... (c, c+clusterSize)}, set {@code c} to the
     * number of edges so far, and repeat while {@code c < connections * clusterSize}.
     *
     * @param clusterSize the nodes attached to each hub, positive
     * @param connections how many hubs, positive
     * @return the graph
     */
    public static Graph connectedClusters(int clusterSize, int connections) {
        if (clusterSize <= 0) {
            throw new IllegalArgumentException("clusterSize: expected a positive size, found " + clusterSize);
        }
        if (connections <= 0) {
            throw new IllegalArgumentException("connections: expected a positive number, found " + connections);
        }
        List<List<Integer>> edges = new ArrayList<>();
        int hub = 0;
        while (hub < connections * clusterSize) {
            for (int a = hub + 1; a <= hub + clusterSize; a++) {
                edges.add(List.of(hub, a));
            }
            hub = edges.size();
        }
        return of(edges);
    }

    /**
     * Whether two nodes are joined by an edge (in either direction).
     *
     * @param a a node
     * @param b a node
     * @return true if {@code [a, b]} or {@code [b, a]} is an edge
     */
    public boolean hasEdge(int a, int b) {
        for (List<Integer> e : edges) {
            if ((e.get(0) == a && e.get(1) == b) || (e.get(0) == b && e.get(1) == a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The neighbours of a node, in increasing order.
     *
     * @param node the node
     * @return its neighbours
     */
    public List<Integer> neighbours(int node) {
        List<Integer> out = new ArrayList<>();
        for (int b = 0; b < numNodes; b++) {
            if (hasEdge(node, b)) {
                out.add(b);
            }
        }
        return List.copyOf(out);
    }

    /**
     * pymdp's location labels: {@code "hallway i"} for a node with more than one neighbour,
     * else {@code "room i"}.
     *
     * @return one label per node
     */
    public List<String> labels() {
        List<String> out = new ArrayList<>(numNodes);
        for (int i = 0; i < numNodes; i++) {
            out.add((neighbours(i).size() > 1 ? "hallway " : "room ") + i);
        }
        return List.copyOf(out);
    }
}
