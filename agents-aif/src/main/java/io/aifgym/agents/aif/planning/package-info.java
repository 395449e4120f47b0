/**
 * Deep planning for the active inference agent (issue 7; pymdp's {@code pymdp/planning},
 * spec section 10): how the agent turns its current beliefs into a distribution over what to
 * do next, by enumerating policies, by sophisticated inference, or by Gumbel MuZero tree
 * search, with budgets that bound memory and work, and an option to act on a stored plan
 * between searches.
 *
 * <ul>
 *   <li>{@link io.aifgym.agents.aif.planning.PolicySearch}: the three searches as validated,
 *       Jackson-bindable records ({@code kind: enumerate | si | mcts}) with one entry point,
 *       {@code search(SearchInput, Key)}.</li>
 *   <li>{@link io.aifgym.agents.aif.planning.SearchInput}: the model, beliefs, expected free
 *       energy terms, precision, joint actions and previous tree;
 *       {@link io.aifgym.agents.aif.planning.SearchResult}: {@code q} over the candidates
 *       (policies or first actions), the scores, the plan and the beliefs it expects,
 *       {@link io.aifgym.agents.aif.planning.SearchStats} (time-free counters, including
 *       whether a budget cut the search) and the reusable
 *       {@link io.aifgym.agents.aif.planning.SearchTree}.</li>
 *   <li>{@link io.aifgym.agents.aif.planning.Replanning} and
 *       {@link io.aifgym.agents.aif.planning.StoredPlan}: search every {@code k} steps or when
 *       the beliefs leave the plan's expectation, and act on the stored plan in between.</li>
 * </ul>
 *
 * <p>Differences from pymdp, all on purpose (issue 7): more joint actions than
 * {@code maxBranching} keep the best instead of failing (pymdp issue 418); the joint outcomes of
 * many modalities are enumerated best first and bounded by {@code maxBranching} instead of
 * forming their whole product (issue 436); a node slot exists only for a real action, so the
 * root's distribution sums to one (pymdp pads to {@code maxBranching} slots worth
 * {@code -prunePenalty}, whose mass {@code e^{-γ·512}} is negligible at pymdp's settings);
 * observation nodes with equal beliefs at the same depth may be shared
 * ({@code mergeEqualBeliefs}); the searches follow the agent's expected free energy switches and
 * use row {@code t} of a time-indexed {@code C} at step {@code t}; a tree is continued only up to
 * its {@code horizon} (pymdp deepens a given tree by at least one more level).
 *
 * <p>References: pymdp {@code pymdp/planning/si.py}, {@code pymdp/planning/mcts.py}; Friston et
 * al. (2021), "Sophisticated inference", Neural Computation 33(3); Danihelka et al. (2022),
 * "Policy improvement by planning with Gumbel", ICLR; DeepMind's {@code mctx}.
 */
package io.aifgym.agents.aif.planning;
