/**
 * Planning and action: pymdp's {@code control.py} (spec sections 5 and 6) with pymdp 1.0's
 * semantics by default and the legacy NumPy/SPM forms as typed options.
 *
 * <p>Names follow pymdp inside this package: {@code A} likelihoods, {@code B} transitions,
 * {@code C} preferences, {@code E} the prior over policies, {@code pA}/{@code pB} Dirichlet
 * concentrations, {@code qs} beliefs per factor, {@code qo} predicted outcomes per modality,
 * {@code neg_efe} the negative expected free energy of a policy (larger is better; SPM's
 * {@code G}), {@code q_pi = softmax(gamma · neg_efe + ln E)} the posterior over policies.
 *
 * <ul>
 *   <li>{@link io.aifgym.agents.aif.control.Policies}: policy construction for any length and
 *       any number of control factors, or user-given policies.</li>
 *   <li>{@link io.aifgym.agents.aif.control.EfeModel} and
 *       {@link io.aifgym.agents.aif.control.EfeOptions}: what the expected free energy reads,
 *       and which terms in which form (utility with raw or log-softmax {@code C}; state
 *       information gain per modality or SPM's {@code spm_MDP_G}; novelty of {@code pA} and
 *       {@code pB} with exact or SPM weights; inductive value).</li>
 *   <li>{@link io.aifgym.agents.aif.control.ExpectedFreeEnergy}: the policy-by-policy
 *       reference and every term on its own; {@link io.aifgym.agents.aif.control.Inductive}:
 *       inductive planning.</li>
 *   <li>{@link io.aifgym.agents.aif.control.PlanningModel} and
 *       {@link io.aifgym.agents.aif.control.PolicyInference}: the fast planner, which compiles
 *       the policy-independent terms once per model, evaluates the prefix tree of the policies
 *       level by level on flat arrays and runs a batch of agents on parallel threads;
 *       {@link io.aifgym.agents.aif.control.PolicyPrior} and
 *       {@link io.aifgym.agents.aif.control.PolicyPosterior}: {@code gamma}, {@code E},
 *       {@code q_pi}.</li>
 *   <li>{@link io.aifgym.agents.aif.control.ActionSampler} with
 *       {@link io.aifgym.agents.aif.control.ActionSelection} (deterministic or stochastic with
 *       {@code alpha}) and {@link io.aifgym.agents.aif.control.SamplingMode} (full or marginal):
 *       action selection with one {@link io.aifgym.gym.random.Key} per agent.</li>
 * </ul>
 *
 * <p>References: pymdp {@code pymdp/control.py} and {@code pymdp/legacy/control.py}; Da Costa
 * et al. (2020), "Active inference on discrete state-spaces: a synthesis", J. Math. Psychol.
 * (novelty, eq. D.15); Friston et al. (2023), "Active inference and intentional behaviour"
 * (inductive planning).
 */
package io.aifgym.agents.aif.control;
