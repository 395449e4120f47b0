package io.aifgym.bench.jmh;

import io.aifgym.agents.aif.control.ActionSampler;
import io.aifgym.agents.aif.control.ActionSelection;
import io.aifgym.agents.aif.control.EfeModel;
import io.aifgym.agents.aif.control.EfeOptions;
import io.aifgym.agents.aif.control.Policies;
import io.aifgym.agents.aif.control.PolicyDecision;
import io.aifgym.agents.aif.control.PlanningModel;
import io.aifgym.agents.aif.control.PolicyInference;
import io.aifgym.agents.aif.control.PolicyPosterior;
import io.aifgym.agents.aif.control.PolicyPrior;
import io.aifgym.agents.aif.control.SamplingMode;
import io.aifgym.agents.aif.maths.Maths;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.tensor.DoubleTensor;
import io.aifgym.gym.vector.Parallel;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Agent-steps per second of batched policy inference on the model of the 7x7 GridWorld of
 * issue 4: 49 states observed through an identity {@code A}, a deterministic {@code B} with
 * the actions UP, RIGHT, DOWN, LEFT (a move into a wall stays), Dirichlet counts
 * {@code pB = 1/49} everywhere, policy length 3 (64 policies), state and parameter (pB)
 * information gain on, utility off (as in pymdp's learning-gridworld notebook),
 * {@code gamma = 16}, stochastic full sampling with {@code alpha = 16}, and a batch of
 * {@value #AGENTS} agents, each with its own beliefs (the near-one-hot posterior that exact
 * inference gives after observing a different cell under a different prior) and its own key,
 * one task per agent on {@code threads} threads. An operation is one agent-step.
 *
 * <ul>
 *   <li>{@code inferPoliciesAndSampleAction}: {@code neg_efe} of the 64 policies, {@code q_pi},
 *       and one sampled action per agent in one parallel pass ({@link PolicyInference#decideBatch}),
 *       on compiled models that do not change;</li>
 *   <li>{@code inferPoliciesSampleActionAndLearnPB}: the same plus the online pB update of the
 *       sampled action ({@code pB[:, :, a] += outer(B_a q, q)}) and the recompilation of each
 *       agent's planning model, so the novelty weights of the changed slice are recomputed
 *       every step, as in a learning run;</li>
 *   <li>{@code keysOnly}: the baseline, deriving the per-agent keys.</li>
 * </ul>
 *
 * <p>State inference is not part of these operations (it belongs to the agent). The target of
 * issue 4 is 20,000 agent-steps per second for the whole step on the 2-core machine. The fork
 * runs with {@code --add-modules jdk.incubator.vector}, so the planner uses its JDK Vector API
 * kernel; {@code -jvmArgsAppend -Daifgym.kernel=plain} measures the plain-Java kernel.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class AifPolicyInferenceBenchmark {

    /** Agents in the batch. */
    public static final int AGENTS = 20;
    private static final int SIDE = 7;
    private static final int STATES = SIDE * SIDE;
    private static final int ACTIONS = 4;

    /** Creates the benchmark (JMH calls this). */
    public AifPolicyInferenceBenchmark() {
        // stateless; the state below holds the agents
    }

    /** The model, the policies and {@value #AGENTS} agents' beliefs, compiled models and keys. */
    @State(Scope.Thread)
    public static class Batch {
        /** Threads of the batch (one task per agent). */
        @Param({"1", "2"})
        public int threads;
        double[] transitions;
        PolicyInference inference;
        Policies policies;
        PolicyPrior prior;
        ActionSelection selection;
        EfeModel[] models;
        PlanningModel[] compiled;
        List<PlanningModel> compiledList;
        List<double[][]> beliefList;
        List<PolicyPrior> priors;
        double[][][] beliefs;
        int[][] actions;
        Key key;
        long step;

        /** Builds the grid model by hand and the agents' beliefs. */
        @Setup
        public void setUp() {
            double[] a = new double[STATES * STATES];
            for (int s = 0; s < STATES; s++) {
                a[s * STATES + s] = 1.0;
            }
            transitions = new double[STATES * STATES * ACTIONS];
            for (int s = 0; s < STATES; s++) {
                int row = s / SIDE;
                int col = s % SIDE;
                int[] next = {row > 0 ? s - SIDE : s, col < SIDE - 1 ? s + 1 : s, row < SIDE - 1 ? s + SIDE : s,
                    col > 0 ? s - 1 : s};
                for (int u = 0; u < ACTIONS; u++) {
                    transitions[(next[u] * STATES + s) * ACTIONS + u] = 1.0;
                }
            }
            double[] pb = new double[STATES * STATES * ACTIONS];
            Arrays.fill(pb, 1.0 / STATES);
            EfeModel model = new EfeModel(List.of(DoubleTensor.wrap(a, STATES, STATES)),
                    List.of(DoubleTensor.wrap(transitions, STATES, STATES, ACTIONS)), new int[][] {{0}},
                    new int[][] {{0}}, null, null, List.of(DoubleTensor.wrap(pb, STATES, STATES, ACTIONS)), null);
            EfeOptions options = EfeOptions.DEFAULT.withTerms(false, true, true, false);
            policies = Policies.enumerate(new int[] {ACTIONS}, 3);
            inference = PolicyInference.of(policies);
            prior = PolicyPrior.uniform(16.0);
            selection = ActionSelection.stochastic(16.0);
            models = new EfeModel[AGENTS];
            compiled = new PlanningModel[AGENTS];
            beliefs = new double[AGENTS][][];
            actions = new int[AGENTS][];
            UniformRandomProvider rng = Key.of(2024).generator();
            for (int i = 0; i < AGENTS; i++) {
                models[i] = model;
                compiled[i] = PlanningModel.compile(model, options);
                // the exact posterior after observing a different cell under a random prior
                int observed = (7 * i + i / 7) % STATES;
                double[] logits = new double[STATES];
                double sum = 0.0;
                double[] priorBelief = new double[STATES];
                for (int s = 0; s < STATES; s++) {
                    priorBelief[s] = -Math.log(1.0 - rng.nextDouble());
                    sum += priorBelief[s];
                }
                for (int s = 0; s < STATES; s++) {
                    logits[s] = Maths.logStable(a[observed * STATES + s]) + Maths.logStable(priorBelief[s] / sum);
                }
                beliefs[i] = new double[][] {Maths.softmax(logits)};
            }
            key = Key.of(7);
            compiledList = List.of(compiled);
            beliefList = List.of(beliefs);
            priors = Collections.nCopies(AGENTS, prior);
        }

        /** One agent's policy inference and action. */
        void plan(int i, Key stepKey) {
            PolicyPosterior posterior = inference.infer(compiled[i], beliefs[i], prior);
            actions[i] = ActionSampler.select(posterior.qPi(), policies, selection, SamplingMode.FULL,
                    stepKey.child(i));
        }

        /** The online pB update of agent i's sampled action and its recompilation. */
        void learn(int i) {
            double[] q = beliefs[i][0];
            int u = actions[i][0];
            double[] next = new double[STATES];
            for (int s2 = 0; s2 < STATES; s2++) {
                double v = 0.0;
                for (int s1 = 0; s1 < STATES; s1++) {
                    v += transitions[(s2 * STATES + s1) * ACTIONS + u] * q[s1];
                }
                next[s2] = v;
            }
            DoubleTensor old = models[i].pB().get(0);
            double[] pb = old.data();
            for (int s2 = 0; s2 < STATES; s2++) {
                for (int s1 = 0; s1 < STATES; s1++) {
                    pb[(s2 * STATES + s1) * ACTIONS + u] += next[s2] * q[s1];
                }
            }
            models[i] = models[i].withDirichlet(null, List.of(DoubleTensor.wrap(pb, old.shape())));
            compiled[i] = compiled[i].update(models[i]);
        }
    }

    /**
     * Policy inference and action sampling for the batch.
     *
     * @param batch the agents
     * @return the actions
     */
    @Benchmark
    @OperationsPerInvocation(AGENTS)
    public List<PolicyDecision> inferPoliciesAndSampleAction(Batch batch) {
        Key stepKey = batch.key.fold(batch.step++);
        return batch.inference.decideBatch(batch.compiledList, batch.beliefList, batch.priors, batch.selection,
                SamplingMode.FULL, stepKey, batch.threads);
    }

    /**
     * Policy inference, action sampling and the online pB update for the batch.
     *
     * @param batch the agents
     * @return the actions
     */
    @Benchmark
    @OperationsPerInvocation(AGENTS)
    public int[][] inferPoliciesSampleActionAndLearnPB(Batch batch) {
        Key stepKey = batch.key.fold(batch.step++);
        Parallel.forEach(AGENTS, batch.threads, i -> {
            batch.plan(i, stepKey);
            batch.learn(i);
        });
        return batch.actions;
    }

    /**
     * The baseline: the per-agent keys alone.
     *
     * @param batch the agents
     * @param blackhole sink
     */
    @Benchmark
    @OperationsPerInvocation(AGENTS)
    public void keysOnly(Batch batch, Blackhole blackhole) {
        Key stepKey = batch.key.fold(batch.step++);
        for (int i = 0; i < AGENTS; i++) {
            blackhole.consume(stepKey.child(i));
        }
    }
}
