package io.aifgym.agents.aif.planning;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonValue;
import io.aifgym.gym.internal.Bytes;
import io.aifgym.gym.random.Key;
import java.util.Locale;
import java.util.Objects;

/**
 * How the agent turns its beliefs into a distribution over what to do next: one of three
 * searches, each a validated, Jackson-bindable record of its parameters (in JSON or YAML,
 * {@code {"kind": "si", "horizon": 5, ...}} as a {@code PolicySearch}; a field typed as one of
 * the records binds with or without the {@code kind}; omitted fields need the defaults merged
 * in, as the config loader does).
 *
 * <ul>
 *   <li>{@link Enumerate}: pymdp's default policy inference (spec 5): every sequence of
 *       {@code policyLen} joint actions scored by its expected free energy;
 *       {@code q = softmax(gamma · neg_efe + ln E)} over those policies.</li>
 *   <li>{@link Sophisticated}: sophisticated inference (spec 10.1): a tree over actions and
 *       their expected outcomes with the beliefs updated at every outcome, pruned and bounded;
 *       {@code q} over the first joint actions.</li>
 *   <li>{@link Mcts}: Gumbel MuZero tree search (spec 10.2) with the expected free energy as
 *       reward; {@code q}, the improved policy, over the first joint actions.</li>
 * </ul>
 *
 * <pre>{@code
 * PolicySearch search = PolicySearch.Sophisticated.DEFAULT.withHorizon(7);
 * SearchResult result = search.search(SearchInput.of(model, qs), key);
 * int[] action = ActionSampler.select(result.q(), result.candidates(), ActionSelection.deterministic(),
 *         SamplingMode.FULL, key);
 * }</pre>
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = PolicySearch.Enumerate.class, name = "enumerate"),
    @JsonSubTypes.Type(value = PolicySearch.Sophisticated.class, name = "si"),
    @JsonSubTypes.Type(value = PolicySearch.Mcts.class, name = "mcts")
})
public sealed interface PolicySearch permits PolicySearch.Enumerate, PolicySearch.Sophisticated, PolicySearch.Mcts {

    /** The longest enumerated policy accepted. */
    int MAX_POLICY_LEN = 64;

    /** The largest search tree accepted, in bytes of node storage. */
    long MAX_TREE_BYTES = 1L << 30;

    /**
     * The search.
     *
     * @return which search this is
     */
    Kind kind();

    /**
     * Searches from the given beliefs.
     *
     * @param input the model, the beliefs, the expected free energy terms and precision, the
     *     joint actions, and (SI) the previous tree
     * @param key the key of this search (used by {@link Mcts}; may be null for the others)
     * @return {@code q} over the candidates, the plan and the diagnostics
     * @throws IllegalArgumentException if the search could not fit in memory (naming the size)
     *     or the input does not fit the search
     */
    SearchResult search(SearchInput input, Key key);

    /**
     * The bytes of node storage of one search tree, which a search allocates whole (0 for
     * {@link Enumerate}, whose planner the agent sizes apart).
     *
     * @param stateSize the length of one flat belief vector (the states of every factor)
     * @param numActions the number of joint actions
     * @return the bytes
     */
    default long treeBytes(int stateSize, int numActions) {
        return 0;
    }

    /**
     * Refuses a tree that could not fit in memory: more than {@link #MAX_TREE_BYTES} of node
     * storage ({@link #treeBytes}), or an array past Java's limit. Does nothing for
     * {@link Enumerate}, whose planner the agent sizes apart.
     *
     * @param stateSize the length of one flat belief vector
     * @param numActions the number of joint actions
     * @throws IllegalArgumentException naming the budget ({@link #treeBudget}) and the size
     */
    default void requireTreeFits(int stateSize, int numActions) {
        // no tree
    }

    /**
     * The config field that bounds this search's tree, for messages.
     *
     * @return {@code "si.maxNodes"}, {@code "mcts.numSimulations"}, or null for {@link Enumerate}
     */
    default String treeBudget() {
        return null;
    }

    /**
     * One of the three searches by kind, with the given parameters for each (for a config that
     * keeps a kind and the parameters of every search side by side).
     *
     * @param kind which search
     * @param policyLen the policy length of {@link Enumerate}
     * @param si the parameters of {@link Sophisticated} (null for its default)
     * @param mcts the parameters of {@link Mcts} (null for its default)
     * @return the search
     */
    static PolicySearch of(Kind kind, int policyLen, Sophisticated si, Mcts mcts) {
        return switch (Objects.requireNonNull(kind, "kind")) {
            case ENUMERATE -> new Enumerate(policyLen);
            case SI -> si == null ? Sophisticated.DEFAULT : si;
            case MCTS -> mcts == null ? Mcts.DEFAULT : mcts;
        };
    }

    /** The three searches; bound from JSON or YAML by name in any case, written as {@link #id()}. */
    enum Kind {
        /** {@link Enumerate}. */
        ENUMERATE,
        /** {@link Sophisticated}. */
        SI,
        /** {@link Mcts}. */
        MCTS;

        /** @return the lower-case name used in configs and diagnostics ({@code enumerate}, {@code si}, {@code mcts}) */
        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * The kind of a lower- or upper-case name.
         *
         * @param name {@code enumerate}, {@code si} or {@code mcts}
         * @return the kind
         * @throws IllegalArgumentException for another name
         */
        @JsonCreator
        public static Kind of(String name) {
            for (Kind k : values()) {
                if (k.name().equalsIgnoreCase(name)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("policySearch: expected enumerate, si or mcts, found " + name);
        }
    }

    /**
     * pymdp's default policy inference over every sequence of {@code policyLen} joint actions
     * (spec 5.1-5.3), through the fast planner of the control package.
     *
     * @param policyLen the planning depth {@code L}, in [1, {@value PolicySearch#MAX_POLICY_LEN}]
     */
    @JsonTypeName("enumerate")
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind", defaultImpl = Enumerate.class)
    record Enumerate(int policyLen) implements PolicySearch {

        /** pymdp's default: one step. */
        public static final Enumerate DEFAULT = new Enumerate(1);

        /** Checks the length. */
        public Enumerate {
            if (policyLen < 1 || policyLen > MAX_POLICY_LEN) {
                throw new IllegalArgumentException("policyLen: expected a planning depth in [1, " + MAX_POLICY_LEN
                        + "], found " + policyLen);
            }
        }

        @Override
        public Kind kind() {
            return Kind.ENUMERATE;
        }

        @Override
        public SearchResult search(SearchInput input, Key key) {
            return EnumerateSearch.run(this, Objects.requireNonNull(input, "input"));
        }
    }

    /**
     * Sophisticated inference (spec 10.1; pymdp's {@code si_policy_search} with its defaults),
     * with budgets that cannot blow up: {@code maxNodes} bounds the tree's memory, more joint
     * actions than {@code maxBranching} keep the best by their one-step expected free energy,
     * and the joint outcomes of a policy are enumerated best first, at most
     * {@code maxBranching} of them, whatever the number of modalities. A search that hits a
     * budget still returns a distribution and says so in its {@link SearchStats}.
     *
     * @param horizon the planning depth in steps, in [1, 64] (pymdp: 5)
     * @param maxNodes the most nodes the tree may hold, at least 2 (pymdp: 5000); a search
     *     whose tree could not fit in memory (more than 1 GiB) is refused up front
     * @param maxBranching the most children of a node: joint actions at an observation node,
     *     joint outcomes at a policy node; at least 1 (pymdp: 10)
     * @param policyPruneThreshold an action whose probability is not above this gets no
     *     subtree, and one whose probability falls below it in the backward pass loses it; in
     *     [0, 1) (pymdp: 1/16)
     * @param observationPruneThreshold a joint outcome whose probability is not above this is
     *     not expanded; in [0, 1) (pymdp: 1/16)
     * @param topKObservations the outcomes per modality considered, at least 1 (pymdp: 10000,
     *     i.e. all)
     * @param entropyStopThreshold stop deepening once the entropy of the root's action
     *     distribution is at most this; finite (pymdp: 0.5; negative never stops)
     * @param negEfeStopThreshold stop deepening once the root's {@code neg_efe} is at least
     *     this; not NaN (pymdp: 1e10)
     * @param klThreshold pymdp's dedupe: an outcome whose beliefs are within this summed KL
     *     divergence of an observation node at a smaller depth is dropped; finite (pymdp: -1,
     *     off); costs a scan of the tree per outcome when on
     * @param prunePenalty the {@code neg_efe} of a pruned or empty action slot, finite and
     *     non-negative (pymdp: 512)
     * @param gamma the precision of the softmax over actions in the tree, finite and
     *     non-negative, or null for the agent's {@code gamma} (pymdp's search has its own,
     *     default 1, the agent's default too)
     * @param mergeEqualBeliefs share one observation node among all outcomes of the same depth
     *     whose beliefs are equal (the subtrees would be identical), which makes deep searches
     *     over many paths to the same belief state fit in far fewer nodes; {@code false} builds
     *     pymdp's tree node for node (default true)
     * @param reuseTree continue from the previous search's tree when the beliefs are those of
     *     its root, or of one of its depth-1 outcomes (re-rooted there: the step the agent took
     *     and the outcome it saw); the model, options and budgets must be the same (default
     *     false, as pymdp's rollout does not reuse)
     */
    @JsonTypeName("si")
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind", defaultImpl = Sophisticated.class)
    record Sophisticated(int horizon, int maxNodes, int maxBranching, double policyPruneThreshold,
            double observationPruneThreshold, int topKObservations, double entropyStopThreshold,
            double negEfeStopThreshold, double klThreshold, double prunePenalty, Double gamma,
            boolean mergeEqualBeliefs, boolean reuseTree) implements PolicySearch {

        /** The deepest horizon accepted. */
        public static final int MAX_HORIZON = 64;

        /** pymdp's defaults (gamma: the agent's), with equal beliefs merged and no reuse. */
        public static final Sophisticated DEFAULT = new Sophisticated(5, 5000, 10, 1.0 / 16, 1.0 / 16, 10000, 0.5,
                1e10, -1.0, 512.0, null, true, false);

        /** Checks every parameter. */
        public Sophisticated {
            if (horizon < 1 || horizon > MAX_HORIZON) {
                throw new IllegalArgumentException("horizon: expected a depth in [1, " + MAX_HORIZON + "], found "
                        + horizon);
            }
            if (maxNodes < 2) {
                throw new IllegalArgumentException("maxNodes: expected at least 2 nodes, found " + maxNodes);
            }
            if (maxBranching < 1) {
                throw new IllegalArgumentException("maxBranching: expected at least 1 child, found " + maxBranching);
            }
            if ((long) maxNodes * maxBranching > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("maxNodes: expected maxNodes x maxBranching at most "
                        + (Integer.MAX_VALUE - 8) + ", found " + maxNodes + " x " + maxBranching + " = "
                        + (long) maxNodes * maxBranching);
            }
            probabilityThreshold(policyPruneThreshold, "policyPruneThreshold");
            probabilityThreshold(observationPruneThreshold, "observationPruneThreshold");
            if (topKObservations < 1) {
                throw new IllegalArgumentException("topKObservations: expected at least 1 outcome, found "
                        + topKObservations);
            }
            if (!Double.isFinite(entropyStopThreshold)) {
                throw new IllegalArgumentException("entropyStopThreshold: expected a finite number, found "
                        + entropyStopThreshold);
            }
            if (Double.isNaN(negEfeStopThreshold)) {
                throw new IllegalArgumentException("negEfeStopThreshold: expected a number, found NaN");
            }
            if (!Double.isFinite(klThreshold)) {
                throw new IllegalArgumentException("klThreshold: expected a finite number (negative: off), found "
                        + klThreshold);
            }
            if (!(prunePenalty >= 0.0) || Double.isInfinite(prunePenalty)) {
                throw new IllegalArgumentException("prunePenalty: expected a finite non-negative number, found "
                        + prunePenalty);
            }
            if (gamma != null && (!(gamma >= 0.0) || Double.isInfinite(gamma))) {
                throw new IllegalArgumentException("gamma: expected a finite non-negative precision or null, found "
                        + gamma);
            }
        }

        private static void probabilityThreshold(double value, String field) {
            if (!(value >= 0.0 && value < 1.0)) {
                throw new IllegalArgumentException(field + ": expected a probability in [0, 1), found " + value);
            }
        }

        @Override
        public Kind kind() {
            return Kind.SI;
        }

        @Override
        public long treeBytes(int stateSize, int numActions) {
            return (long) maxNodes * SiTree.bytesPerNode(stateSize, maxBranching);
        }

        @Override
        public void requireTreeFits(int stateSize, int numActions) {
            long bytes = treeBytes(stateSize, numActions);
            if (bytes > MAX_TREE_BYTES || (long) maxNodes * stateSize > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s: expected a search tree of at most %s, found maxNodes %,d x (%,d belief entries, "
                                + "maxBranching %,d) = %s", treeBudget(), Bytes.format(MAX_TREE_BYTES), maxNodes,
                        stateSize, maxBranching, Bytes.format(bytes)));
            }
        }

        @Override
        public String treeBudget() {
            return "si.maxNodes";
        }

        @Override
        public SearchResult search(SearchInput input, Key key) {
            Objects.requireNonNull(input, "input");
            return SophisticatedSearch.run(this, input, input.actions());
        }

        /**
         * @param depth the horizon
         * @return the same search with that horizon
         */
        public Sophisticated withHorizon(int depth) {
            return new Sophisticated(depth, maxNodes, maxBranching, policyPruneThreshold, observationPruneThreshold,
                    topKObservations, entropyStopThreshold, negEfeStopThreshold, klThreshold, prunePenalty, gamma,
                    mergeEqualBeliefs, reuseTree);
        }

        /**
         * @param nodes the node budget
         * @param branching the most children per node
         * @return the same search with those budgets
         */
        public Sophisticated withBudget(int nodes, int branching) {
            return new Sophisticated(horizon, nodes, branching, policyPruneThreshold, observationPruneThreshold,
                    topKObservations, entropyStopThreshold, negEfeStopThreshold, klThreshold, prunePenalty, gamma,
                    mergeEqualBeliefs, reuseTree);
        }

        /**
         * @param policy the policy prune threshold
         * @param observation the observation prune threshold
         * @return the same search with those thresholds
         */
        public Sophisticated withPruning(double policy, double observation) {
            return new Sophisticated(horizon, maxNodes, maxBranching, policy, observation, topKObservations,
                    entropyStopThreshold, negEfeStopThreshold, klThreshold, prunePenalty, gamma, mergeEqualBeliefs,
                    reuseTree);
        }

        /**
         * @param k the outcomes per modality considered
         * @return the same search with that top-k
         */
        public Sophisticated withTopKObservations(int k) {
            return new Sophisticated(horizon, maxNodes, maxBranching, policyPruneThreshold, observationPruneThreshold,
                    k, entropyStopThreshold, negEfeStopThreshold, klThreshold, prunePenalty, gamma, mergeEqualBeliefs,
                    reuseTree);
        }

        /**
         * @param entropy the entropy stop threshold (negative: never)
         * @param negEfe the neg_efe stop threshold
         * @return the same search with those stop rules
         */
        public Sophisticated withStopRules(double entropy, double negEfe) {
            return new Sophisticated(horizon, maxNodes, maxBranching, policyPruneThreshold, observationPruneThreshold,
                    topKObservations, entropy, negEfe, klThreshold, prunePenalty, gamma, mergeEqualBeliefs,
                    reuseTree);
        }

        /**
         * @param threshold pymdp's dedupe threshold (negative: off)
         * @return the same search with that threshold
         */
        public Sophisticated withKlThreshold(double threshold) {
            return new Sophisticated(horizon, maxNodes, maxBranching, policyPruneThreshold, observationPruneThreshold,
                    topKObservations, entropyStopThreshold, negEfeStopThreshold, threshold, prunePenalty, gamma,
                    mergeEqualBeliefs, reuseTree);
        }

        /**
         * @param precision the search's own precision, or null for the agent's
         * @return the same search with that precision
         */
        public Sophisticated withGamma(Double precision) {
            return new Sophisticated(horizon, maxNodes, maxBranching, policyPruneThreshold, observationPruneThreshold,
                    topKObservations, entropyStopThreshold, negEfeStopThreshold, klThreshold, prunePenalty, precision,
                    mergeEqualBeliefs, reuseTree);
        }

        /**
         * @param merge share observation nodes with equal beliefs at the same depth
         * @param reuse continue from the previous tree where it applies
         * @return the same search with those switches
         */
        public Sophisticated withTreeOptions(boolean merge, boolean reuse) {
            return new Sophisticated(horizon, maxNodes, maxBranching, policyPruneThreshold, observationPruneThreshold,
                    topKObservations, entropyStopThreshold, negEfeStopThreshold, klThreshold, prunePenalty, gamma,
                    merge, reuse);
        }

        /** Whether a tree built under {@code other} may be continued under this (all but the horizon agree). */
        boolean sameTree(Sophisticated other) {
            return withHorizon(1).equals(other.withHorizon(1));
        }
    }

    /**
     * Gumbel MuZero tree search (spec 10.2; pymdp's {@code mcts_policy_search} with
     * {@code mctx.gumbel_muzero_policy} and its default Q-transform), with the expected free
     * energy of each step as the reward. Randomness (the root's Gumbel noise, one outcome per
     * modality per simulation) comes only from the search's key. The memory is bounded by
     * {@code numSimulations + 1} nodes; a search whose tree could not fit (more than 1 GiB) is
     * refused up front.
     *
     * @param numSimulations the simulations, at least 1 (pymdp: 4096)
     * @param maxDepth the deepest a simulation descends, at least 1 (pymdp: 6)
     * @param maxConsideredActions the root actions Sequential Halving starts from (the Gumbel
     *     top-k), at least 1 (mctx: 16)
     * @param gumbelScale the scale of the root's Gumbel noise, finite and non-negative (mctx: 1;
     *     0 is a deterministic search)
     * @param outcomeDiscount use the probability of the sampled outcome as the discount (pymdp);
     *     false discounts nothing
     * @param valueScale the Q-value scale of the completed Q-values, positive and finite (mctx: 0.1)
     * @param maxVisitInit the visit offset of that scale, finite and non-negative (mctx: 50)
     */
    @JsonTypeName("mcts")
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind", defaultImpl = Mcts.class)
    record Mcts(int numSimulations, int maxDepth, int maxConsideredActions, double gumbelScale,
            boolean outcomeDiscount, double valueScale, double maxVisitInit) implements PolicySearch {

        /** pymdp's and mctx's defaults. */
        public static final Mcts DEFAULT = new Mcts(4096, 6, 16, 1.0, true, 0.1, 50.0);

        /** Checks every parameter. */
        public Mcts {
            if (numSimulations < 1) {
                throw new IllegalArgumentException("numSimulations: expected at least 1 simulation, found "
                        + numSimulations);
            }
            if (maxDepth < 1) {
                throw new IllegalArgumentException("maxDepth: expected at least 1, found " + maxDepth);
            }
            if (maxConsideredActions < 1) {
                throw new IllegalArgumentException("maxConsideredActions: expected at least 1, found "
                        + maxConsideredActions);
            }
            if (!(gumbelScale >= 0.0) || Double.isInfinite(gumbelScale)) {
                throw new IllegalArgumentException("gumbelScale: expected a finite non-negative scale, found "
                        + gumbelScale);
            }
            if (!(valueScale > 0.0) || Double.isInfinite(valueScale)) {
                throw new IllegalArgumentException("valueScale: expected a finite positive scale, found "
                        + valueScale);
            }
            if (!(maxVisitInit >= 0.0) || Double.isInfinite(maxVisitInit)) {
                throw new IllegalArgumentException("maxVisitInit: expected a finite non-negative count, found "
                        + maxVisitInit);
            }
        }

        @Override
        public Kind kind() {
            return Kind.MCTS;
        }

        @Override
        public long treeBytes(int stateSize, int numActions) {
            long perNode = 4L * 4 + 8L * 2 + 8L * stateSize + (long) numActions * (4 + 4 + 8 + 8 + 8);
            return (numSimulations + 1L) * perNode;
        }

        @Override
        public void requireTreeFits(int stateSize, int numActions) {
            long bytes = treeBytes(stateSize, numActions);
            if (bytes > MAX_TREE_BYTES
                    || (numSimulations + 1L) * Math.max(stateSize, numActions) > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s: expected a search tree of at most %s, found (numSimulations %,d + 1) nodes x (%,d "
                                + "belief entries, %,d actions) = %s", treeBudget(), Bytes.format(MAX_TREE_BYTES),
                        numSimulations, stateSize, numActions, Bytes.format(bytes)));
            }
        }

        @Override
        public String treeBudget() {
            return "mcts.numSimulations";
        }

        @Override
        public SearchResult search(SearchInput input, Key key) {
            Objects.requireNonNull(input, "input");
            if (key == null) {
                throw new IllegalArgumentException("key: expected a key for an MCTS search, found null");
            }
            return GumbelMuZero.run(this, input, input.actions(), key);
        }

        /**
         * @param simulations the simulation budget
         * @param depth the depth budget
         * @return the same search with those budgets
         */
        public Mcts withBudget(int simulations, int depth) {
            return new Mcts(simulations, depth, maxConsideredActions, gumbelScale, outcomeDiscount, valueScale,
                    maxVisitInit);
        }

        /**
         * @param scale the Gumbel scale
         * @return the same search with that scale
         */
        public Mcts withGumbelScale(double scale) {
            return new Mcts(numSimulations, maxDepth, maxConsideredActions, scale, outcomeDiscount, valueScale,
                    maxVisitInit);
        }

        /**
         * @param discount use the sampled outcome's probability as the discount
         * @return the same search with that rule
         */
        public Mcts withOutcomeDiscount(boolean discount) {
            return new Mcts(numSimulations, maxDepth, maxConsideredActions, gumbelScale, discount, valueScale,
                    maxVisitInit);
        }
    }
}
