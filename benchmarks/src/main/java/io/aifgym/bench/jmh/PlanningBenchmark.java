package io.aifgym.bench.jmh;

import io.aifgym.agents.aif.inference.Inference;
import io.aifgym.agents.aif.inference.Observations;
import io.aifgym.agents.aif.model.GenerativeModel;
import io.aifgym.agents.aif.planning.PolicySearch;
import io.aifgym.agents.aif.planning.SearchInput;
import io.aifgym.agents.aif.planning.SearchResult;
import io.aifgym.envs.pomdp.cue.CueChaining;
import io.aifgym.gym.env.Reset;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time per decision of the deep planners of issue 7 on CueChaining (5x7, the default layout,
 * pymdp's demo preferences: Cheese +3, Shock -6 on the reward modality, 0 elsewhere): one
 * decision is the search from the agent's beliefs to its distribution over the five moves.
 *
 * <ul>
 *   <li>{@code sophisticated}: sophisticated inference with pymdp's defaults, horizon 5 and
 *       5000 nodes (equal beliefs merged, the default);</li>
 *   <li>{@code sophisticatedPymdpTree}: the same without merging, pymdp's tree node for node;</li>
 *   <li>{@code mcts}: Gumbel MuZero, 1024 simulations, depth 6 (a new key per decision);</li>
 *   <li>{@code enumerate3}: the baseline, policy enumeration with policy length 3 (125 policies).</li>
 * </ul>
 *
 * <p>{@code position}: {@code start} decides from the first observation (nothing known yet,
 * the widest tree); {@code cue1} decides on the first cue, after two moves down (the cue-2
 * location known, the reward condition not).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlanningBenchmark {

    /** Creates the benchmark (JMH calls this). */
    public PlanningBenchmark() {
        // stateless; the state below holds the model and beliefs
    }

    /** The model, the beliefs to decide from and the searches. */
    @State(Scope.Thread)
    public static class Decision {
        /** Where in the episode the decision is made. */
        @Param({"start", "cue1"})
        public String position;
        SearchInput input;
        PolicySearch sophisticated;
        PolicySearch sophisticatedPymdpTree;
        PolicySearch mcts;
        PolicySearch enumerate3;
        Key key;
        long decision;

        /** Builds the model and walks the env to the decision point. */
        @Setup
        public void setUp() {
            GenerativeModel base = GenerativeModel.fromProcess(CueChaining.process(CueChaining.Config.DEFAULT));
            List<DoubleTensor> c = new ArrayList<>();
            for (int m = 0; m < base.numModalities(); m++) {
                c.add(DoubleTensor.zeros(base.numObs(m)));
            }
            c.set(3, DoubleTensor.vector(0.0, 3.0, -6.0));
            GenerativeModel model = base.toBuilder().C(c).build();
            CueChaining env = new CueChaining(CueChaining.Config.of(1, 0));
            Reset<CueChaining.State, int[]> reset = env.reset(Key.of(1));
            CueChaining.State state = reset.state();
            double[][] prior = new double[model.numFactors()][];
            for (int f = 0; f < prior.length; f++) {
                prior[f] = model.dData(f);
            }
            double[][] qs = Inference.oneStep(model, Observations.oneHot(reset.observation(), model.numObs()), prior, 16);
            if (position.equals("cue1")) {
                int[] down = {CueChaining.DOWN, 0, 0};
                for (int t = 0; t < 2; t++) {
                    Step<CueChaining.State, int[]> s = env.step(Key.of(2).child(t), state, down);
                    state = s.state();
                    qs = Inference.oneStep(model, Observations.oneHot(s.observation(), model.numObs()),
                            Inference.empiricalPrior(model, qs, down), 16);
                }
            } else if (!position.equals("start")) {
                throw new IllegalArgumentException("position: expected start or cue1, found " + position);
            }
            input = SearchInput.of(model, qs);
            sophisticated = PolicySearch.Sophisticated.DEFAULT;
            sophisticatedPymdpTree = PolicySearch.Sophisticated.DEFAULT.withTreeOptions(false, false);
            mcts = PolicySearch.Mcts.DEFAULT.withBudget(1024, 6);
            enumerate3 = new PolicySearch.Enumerate(3);
            key = Key.of(2024);
        }
    }

    /**
     * Sophisticated inference, horizon 5, 5000 nodes.
     *
     * @param d the decision
     * @return the search result
     */
    @Benchmark
    public SearchResult sophisticated(Decision d) {
        return d.sophisticated.search(d.input, null);
    }

    /**
     * Sophisticated inference, horizon 5, 5000 nodes, without merging equal beliefs.
     *
     * @param d the decision
     * @return the search result
     */
    @Benchmark
    public SearchResult sophisticatedPymdpTree(Decision d) {
        return d.sophisticatedPymdpTree.search(d.input, null);
    }

    /**
     * Gumbel MuZero, 1024 simulations, depth 6.
     *
     * @param d the decision
     * @return the search result
     */
    @Benchmark
    public SearchResult mcts(Decision d) {
        return d.mcts.search(d.input, d.key.fold(d.decision++));
    }

    /**
     * Policy enumeration, policy length 3.
     *
     * @param d the decision
     * @return the search result
     */
    @Benchmark
    public SearchResult enumerate3(Decision d) {
        return d.enumerate3.search(d.input, null);
    }
}
