package io.aifgym.envs.pomdp.graph;

import io.aifgym.envs.pomdp.AbstractPomdpEnv;
import io.aifgym.envs.pomdp.CategoricalObservations;
import io.aifgym.envs.pomdp.HiddenState;
import io.aifgym.envs.pomdp.TensorBuilder;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.model.GenerativeProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * pymdp's {@code GraphEnv} (pymdp/envs/graph_worlds.py): an agent moves along the edges of a
 * graph and looks for an object, which may be at a node or nowhere.
 *
 * <p><b>Generative process.</b> {@code L} nodes. Factors: agent location ({@code L}) and object
 * location ({@code L + 1}; index {@code L} is "nowhere"). Modalities: location ({@code I_L},
 * deps {@code [0]}); object seen ({@code (2, L, L + 1)}, deps {@code [0, 1]}): 1 iff the agent
 * is at the object's node, else 0 (always 0 when the object is nowhere). {@code B[0]}
 * {@code (L, L, L)}: action {@code a} moves to node {@code a} if an edge joins the current
 * node to it, else stays; {@code B[1] = I_{L+1}} with one action. {@code D}: one-hot at
 * {@code agentLocation} and {@code objectLocation} when given, else uniform (the location is
 * drawn at every reset).
 *
 * <p><b>Observation.</b> {@code int[2]} (location, object seen) in
 * {@code MultiDiscrete([L, 2])}; one-hot with {@code categoricalObs}.
 *
 * <p><b>Action.</b> {@code int[2]} in {@code MultiDiscrete([L, 1])}: the node to move to, and 0
 * for the uncontrolled object.
 *
 * <p><b>Reward.</b> {@code findReward} (+1) when the step brings the agent to the object,
 * minus {@code stepCost} (0) every step.
 *
 * <p><b>Termination and truncation.</b> With {@code terminateOnFind} (default) the episode ends
 * when the object is found; truncated after {@code maxEpisodeSteps} (20), which is how an
 * episode with the object nowhere ends.
 *
 * <p><b>State.</b> {@link State}: agent and object locations.
 *
 * <p>Difference from pymdp: pymdp draws missing locations once, when the env is built, from a
 * key; here they are drawn at every reset from its key.
 */
public final class GraphWorld extends AbstractPomdpEnv<GraphWorld.State> {

    /** The registry id. */
    public static final String ID = "GraphWorld-v0";

    private static final String DESCRIPTION = "pymdp GraphEnv: move along a graph's edges to find an object";

    /**
     * The state.
     *
     * @param agent the agent's node
     * @param object the object's node, or {@code numNodes} for nowhere
     */
    public record State(int agent, int object) implements HiddenState {

        @Override
        public int[] factors() {
            return new int[] {agent, object};
        }
    }

    /**
     * The configuration, bound from JSON or YAML.
     *
     * @param edges the graph's edges as {@code [a, b]} pairs, or null to generate pymdp's
     *     connected clusters (default null)
     * @param numNodes the number of nodes, or null for the largest node in {@code edges} plus one
     * @param clusterSize for the generated graph: nodes per hub, positive (default 2)
     * @param connections for the generated graph: number of hubs, positive (default 2)
     * @param objectLocation the object's node ({@code numNodes} = nowhere), or null to draw it
     * @param agentLocation the agent's start node, or null to draw it
     * @param categoricalObs whether observations are one-hot (default false)
     * @param findReward the reward for reaching the object, finite (default 1)
     * @param stepCost subtracted from every step's reward, finite (default 0)
     * @param terminateOnFind whether finding the object ends the episode (default true)
     * @param maxEpisodeSteps the time limit, 0 for none (default 20)
     */
    public record Config(List<List<Integer>> edges, Integer numNodes, int clusterSize, int connections,
            Integer objectLocation, Integer agentLocation, boolean categoricalObs, double findReward, double stepCost,
            boolean terminateOnFind, int maxEpisodeSteps) {

        /** pymdp's connected clusters (2, 2), both locations drawn at reset. */
        public static final Config DEFAULT = new Config(null, null, 2, 2, null, null, false, 1.0, 0.0, true, 20);

        /** Validates every field and copies the lists. */
        public Config {
            Graph graph = graph(edges, numNodes, clusterSize, connections);
            edges = edges == null ? null : graph.edges();
            int l = graph.numNodes();
            if (objectLocation != null && (objectLocation < 0 || objectLocation > l)) {
                throw new IllegalArgumentException("objectLocation: expected a node in [0, " + l + "] (" + l
                        + " = nowhere) or null, found " + objectLocation);
            }
            if (agentLocation != null && (agentLocation < 0 || agentLocation >= l)) {
                throw new IllegalArgumentException("agentLocation: expected a node in [0, " + l + ") or null, found "
                        + agentLocation);
            }
            if (!Double.isFinite(findReward)) {
                throw new IllegalArgumentException("findReward: expected a finite number, found " + findReward);
            }
            if (!Double.isFinite(stepCost)) {
                throw new IllegalArgumentException("stepCost: expected a finite number, found " + stepCost);
            }
            if (maxEpisodeSteps < 0) {
                throw new IllegalArgumentException("maxEpisodeSteps: expected 0 (no limit) or a positive limit, found "
                        + maxEpisodeSteps);
            }
        }

        private static Graph graph(List<List<Integer>> edges, Integer numNodes, int clusterSize, int connections) {
            Graph generated = Graph.connectedClusters(clusterSize, connections);
            if (edges == null) {
                if (numNodes != null) {
                    throw new IllegalArgumentException("numNodes: expected null when the graph is generated (no "
                            + "edges), found " + numNodes);
                }
                return generated;
            }
            return numNodes == null ? Graph.of(edges) : new Graph(numNodes, edges);
        }

        /**
         * A config on given edges with fixed locations.
         *
         * @param edges the edges
         * @param objectLocation the object's node or null
         * @param agentLocation the agent's node or null
         * @return the config
         */
        public static Config of(List<List<Integer>> edges, Integer objectLocation, Integer agentLocation) {
            return new Config(edges, null, 2, 2, objectLocation, agentLocation, false, 1.0, 0.0, true, 20);
        }

        /** @return the graph of this config */
        public Graph graph() {
            return graph(edges, numNodes, clusterSize, connections);
        }
    }

    private final Config config;
    private final Graph graph;

    /**
     * A graph world.
     *
     * @param config the validated config ({@code categoricalObs} is applied by {@link #create})
     */
    public GraphWorld(Config config) {
        super(EnvSpec.of(ID, config.maxEpisodeSteps(), DESCRIPTION), process(config));
        this.config = config;
        this.graph = config.graph();
    }

    /**
     * The env as the config asks: one-hot observations when {@code categoricalObs}.
     *
     * @param config the config
     * @return the env, wrapped in {@link CategoricalObservations} if asked
     */
    public static Env<State, ?, int[]> create(Config config) {
        return CategoricalObservations.encode(new GraphWorld(config), config.categoricalObs());
    }

    /**
     * pymdp's A, B and D for a config.
     *
     * @param config the config
     * @return the generative process
     */
    public static GenerativeProcess process(Config config) {
        Graph graph = config.graph();
        int l = graph.numNodes();
        TensorBuilder seen = TensorBuilder.zeros(2, l, l + 1);
        for (int agent = 0; agent < l; agent++) {
            for (int object = 0; object <= l; object++) {
                seen.set(1.0, agent == object ? 1 : 0, agent, object);
            }
        }
        TensorBuilder move = TensorBuilder.zeros(l, l, l);
        for (int action = 0; action < l; action++) {
            for (int from = 0; from < l; from++) {
                move.set(1.0, graph.hasEdge(from, action) ? action : from, from, action);
            }
        }
        List<String> nodes = graph.labels();
        List<String> objectStates = new ArrayList<>(nodes);
        objectStates.add("nowhere");
        List<String> moves = new ArrayList<>();
        for (int a = 0; a < l; a++) {
            moves.add("go_" + a);
        }
        GenerativeProcess.Labels labels = new GenerativeProcess.Labels(List.of("agent_location", "object_location"),
                List.of("location", "object_seen"), List.of(nodes, objectStates),
                List.of(nodes, List.of("not_seen", "seen")), List.of(moves, List.of("none")));
        return new GenerativeProcess(List.of(TensorBuilder.identity(l), seen.build()),
                List.of(move.build(), TensorBuilder.staticTransition(l + 1)),
                List.of(config.agentLocation() == null ? TensorBuilder.uniform(l)
                        : TensorBuilder.oneHot(config.agentLocation(), l),
                        config.objectLocation() == null ? TensorBuilder.uniform(l + 1)
                                : TensorBuilder.oneHot(config.objectLocation(), l + 1)),
                new int[][] {{0}, {0, 1}}, new int[][] {{0}, {1}}, labels);
    }

    /** @return the config */
    public Config config() {
        return config;
    }

    /** @return the graph */
    public Graph graph() {
        return graph;
    }

    @Override
    protected State state(int[] factors) {
        return new State(factors[0], factors[1]);
    }

    /** {@inheritDoc} {@code findReward} when the object is seen, minus {@code stepCost}. */
    @Override
    protected double reward(State from, State to, int[] observation) {
        return (observation[1] == 1 ? config.findReward() : 0.0) - config.stepCost();
    }

    /** {@inheritDoc} With {@code terminateOnFind}, when the object is seen. */
    @Override
    protected boolean terminated(State to, int[] observation) {
        return config.terminateOnFind() && observation[1] == 1;
    }

    /**
     * One line per node: its number, pymdp's label, its neighbours, and whether the agent
     * ({@code x}) or the object ({@code o}) is there; a last line when the object is nowhere.
     */
    @Override
    public Optional<String> render(State state) {
        List<String> labels = graph.labels();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < graph.numNodes(); i++) {
            sb.append(i).append(' ').append(labels.get(i)).append(" ->");
            for (int nb : graph.neighbours(i)) {
                sb.append(' ').append(nb);
            }
            if (state.agent() == i) {
                sb.append("  x");
            }
            if (state.object() == i) {
                sb.append("  o");
            }
            sb.append('\n');
        }
        if (state.object() == graph.numNodes()) {
            sb.append("object nowhere\n");
        }
        return Optional.of(sb.toString());
    }
}
