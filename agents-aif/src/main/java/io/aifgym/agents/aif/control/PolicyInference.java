package io.aifgym.agents.aif.control;

import io.aifgym.gym.random.Key;
import io.aifgym.gym.vector.Parallel;
import java.util.List;
import java.util.Objects;

/**
 * Policy inference (pymdp's {@code Agent.infer_policies}, spec 5): the negative expected free
 * energy of every policy and the posterior {@code q_pi}, for one agent or a batch.
 *
 * <p>The fast path evaluates a {@link PlanningModel} over the prefix tree of the policies,
 * level by level, on flat arrays; it equals the policy-by-policy reference
 * {@link ExpectedFreeEnergy} to rounding (tested within 1e-12). A batch runs one task per agent
 * on {@link Parallel} threads; the results do not depend on the thread count.
 *
 * <pre>{@code
 * PolicyInference inference = PolicyInference.of(Policies.enumerate(new int[] {4}, 3));
 * PlanningModel compiled = PlanningModel.compile(model, EfeOptions.DEFAULT.withTerms(true, true, true, false));
 * PolicyPosterior posterior = inference.infer(compiled, qs, PolicyPrior.uniform(16));
 * int[] action = ActionSampler.select(posterior.qPi(), inference.policies(), ActionSelection.deterministic(),
 *         SamplingMode.FULL, null);
 * }</pre>
 */
public final class PolicyInference {

    private final Policies policies;
    private final PolicyTree tree;
    private final Kernel kernel;
    /** Scratch space of the planner, one per thread, reused while the model layout stays the same. */
    private final ThreadLocal<TreeEvaluator> scratch = new ThreadLocal<>();

    private PolicyInference(Policies policies, Kernel kernel) {
        this.policies = policies;
        this.tree = PolicyTree.of(policies);
        this.kernel = kernel;
    }

    /**
     * Policy inference over a fixed set of policies.
     *
     * @param policies the policies
     * @return the inference
     */
    public static PolicyInference of(Policies policies) {
        return of(policies, Kernels.preferred());
    }

    /** Policy inference with a given kernel (tests compare the kernels). */
    static PolicyInference of(Policies policies, Kernel kernel) {
        return new PolicyInference(Objects.requireNonNull(policies, "policies"), Objects.requireNonNull(kernel, "kernel"));
    }

    /**
     * The inner-loop implementation in use: {@code "vector"} when the JVM runs with
     * {@code --add-modules jdk.incubator.vector} (JDK Vector API), else {@code "plain"}; the
     * system property {@code aifgym.kernel=plain} forces the plain one.
     *
     * @return the kernel's name
     */
    public String kernel() {
        return kernel.name();
    }

    /** @return the policies */
    public Policies policies() {
        return policies;
    }

    /**
     * The number of nodes the planner evaluates: one per distinct policy prefix (84 instead of
     * 192 steps for 64 policies of length 3 over 4 actions).
     *
     * @return the node count of the prefix tree
     */
    public int nodeCount() {
        return tree.nodeCount();
    }

    /**
     * An upper bound of the memory the fast planner takes to evaluate these policies for a
     * model: its scratch space, held once per thread that plans. Computed from the dimensions
     * alone, so a policy tree too large for the heap can be refused before anything is
     * allocated.
     *
     * @param model the compiled model
     * @return the bytes, per planning thread
     */
    public long plannerBytes(PlanningModel model) {
        return TreeEvaluator.bytesFor(model, tree);
    }

    /**
     * The negative expected free energy of every policy, by the fast planner.
     *
     * @param model the compiled model
     * @param qs the current beliefs, one distribution per factor
     * @return {@code neg_efe} per policy
     * @throws IllegalArgumentException if the beliefs or the policies do not fit the model
     */
    public double[] negEfe(PlanningModel model, double[][] qs) {
        check(model, qs);
        double[] out = new double[policies.count()];
        TreeEvaluator evaluator = scratch.get();
        if (evaluator == null || !evaluator.fits(model)) {
            evaluator = new TreeEvaluator(model, tree, kernel);
            scratch.set(evaluator);
        }
        evaluator.evaluate(model, qs, out);
        return out;
    }

    /**
     * {@code q_pi} and {@code neg_efe} for one agent.
     *
     * @param model the compiled model
     * @param qs the current beliefs
     * @param prior gamma and the policy prior
     * @return the posterior
     */
    public PolicyPosterior infer(PlanningModel model, double[][] qs, PolicyPrior prior) {
        double[] negEfe = negEfe(model, qs);
        return new PolicyPosterior(prior.posterior(negEfe), negEfe);
    }

    /**
     * {@code q_pi} and {@code neg_efe} for a model and options of any form: the fast planner when
     * the options allow it, the policy-by-policy reference for the legacy SPM information-gain
     * forms. Compiles the model on every call; keep a {@link PlanningModel} to plan repeatedly.
     *
     * @param model the model
     * @param options the terms and forms
     * @param qs the current beliefs
     * @param prior gamma and the policy prior
     * @return the posterior
     */
    public PolicyPosterior infer(EfeModel model, EfeOptions options, double[][] qs, PolicyPrior prior) {
        double[] negEfe;
        if (options.useStatesInfoGain() && options.stateInfoGain() != StateInfoGainForm.PER_MODALITY) {
            negEfe = ExpectedFreeEnergy.negEfe(model, qs, policies, options);
        } else {
            negEfe = negEfe(PlanningModel.compile(model, options), qs);
        }
        return new PolicyPosterior(prior.posterior(negEfe), negEfe);
    }

    /**
     * {@code neg_efe} for a batch of agents, one task per agent on up to {@code threads} threads.
     *
     * @param models one compiled model per agent (the same instance may repeat)
     * @param qs one belief set per agent
     * @param threads the number of threads (1 runs on the caller's thread)
     * @return {@code neg_efe[i][p]}
     */
    public double[][] negEfeBatch(List<PlanningModel> models, List<double[][]> qs, int threads) {
        requireBatch(models, qs);
        double[][] out = new double[models.size()][];
        Parallel.forEach(models.size(), threads, i -> out[i] = negEfe(models.get(i), qs.get(i)));
        return out;
    }

    /**
     * {@code q_pi} and {@code neg_efe} for a batch of agents.
     *
     * @param models one compiled model per agent
     * @param qs one belief set per agent
     * @param priors one prior per agent
     * @param threads the number of threads
     * @return one posterior per agent
     */
    public List<PolicyPosterior> inferBatch(List<PlanningModel> models, List<double[][]> qs, List<PolicyPrior> priors,
            int threads) {
        requireBatch(models, qs);
        if (priors.size() != models.size()) {
            throw new IllegalArgumentException("priors: expected one per agent (" + models.size() + "), found "
                    + priors.size());
        }
        PolicyPosterior[] out = new PolicyPosterior[models.size()];
        Parallel.forEach(models.size(), threads, i -> out[i] = infer(models.get(i), qs.get(i), priors.get(i)));
        return List.of(out);
    }

    /**
     * One planning step for a batch of agents in one parallel pass: each agent's {@code q_pi},
     * {@code neg_efe} and action; agent {@code i} selects with {@code key.child(i)}.
     *
     * @param models one compiled model per agent
     * @param qs one belief set per agent
     * @param priors one prior per agent
     * @param selection deterministic or stochastic
     * @param mode full or marginal sampling
     * @param key the batch key (may be null for deterministic selection)
     * @param threads the number of threads
     * @return one decision per agent
     */
    public List<PolicyDecision> decideBatch(List<PlanningModel> models, List<double[][]> qs, List<PolicyPrior> priors,
            ActionSelection selection, SamplingMode mode, Key key, int threads) {
        requireBatch(models, qs);
        if (priors.size() != models.size()) {
            throw new IllegalArgumentException("priors: expected one per agent (" + models.size() + "), found "
                    + priors.size());
        }
        PolicyDecision[] out = new PolicyDecision[models.size()];
        Parallel.forEach(models.size(), threads, i -> {
            PolicyPosterior posterior = infer(models.get(i), qs.get(i), priors.get(i));
            int[] action = ActionSampler.select(posterior.qPi(), policies, selection, mode,
                    key == null ? null : key.child(i));
            out[i] = new PolicyDecision(posterior, action);
        });
        return List.of(out);
    }

    private static void requireBatch(List<PlanningModel> models, List<double[][]> qs) {
        if (models.size() != qs.size()) {
            throw new IllegalArgumentException("qs: expected one belief set per agent (" + models.size() + "), found "
                    + qs.size());
        }
    }

    private void check(PlanningModel model, double[][] qs) {
        ExpectedFreeEnergy.checkBeliefs(model.source(), qs);
        ExpectedFreeEnergy.checkPolicies(model.source(), policies);
    }

    @Override
    public String toString() {
        return "PolicyInference[" + policies + ", " + tree.nodeCount() + " nodes, " + kernel.name() + " kernel]";
    }
}
