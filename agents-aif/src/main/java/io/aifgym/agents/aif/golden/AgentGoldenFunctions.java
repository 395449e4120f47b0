package io.aifgym.agents.aif.golden;

import io.aifgym.agents.aif.agent.AifAgent;
import io.aifgym.agents.aif.agent.AifConfig;
import io.aifgym.agents.aif.agent.AifState;
import io.aifgym.agents.aif.control.ExpectedFreeEnergy;
import io.aifgym.agents.aif.control.NoveltyForm;
import io.aifgym.agents.aif.control.PolicyPosterior;
import io.aifgym.agents.aif.control.PreferenceForm;
import io.aifgym.agents.aif.control.SamplingMode;
import io.aifgym.agents.aif.control.StateInfoGainForm;
import io.aifgym.agents.aif.inference.LegacyInference;
import io.aifgym.agents.aif.maths.Maths;
import io.aifgym.agents.aif.model.GenerativeModel;
import io.aifgym.gym.agent.Decision;
import io.aifgym.gym.agent.Transition;
import io.aifgym.gym.golden.GoldenCase;
import io.aifgym.gym.golden.GoldenFunctions;
import io.aifgym.gym.golden.GoldenValues;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The golden functions of whole agent loops (the legacy NumPy agent's cases of
 * {@code shared/golden}):
 *
 * <ul>
 *   <li>{@code agent_gridworld}: a closed loop on a deterministic grid, run through
 *       {@link AifAgent} with the legacy options the case needs ({@link AifConfig.Legacy#NUMPY}:
 *       log-softmax preferences, SPM state information gain, masked pB counts, B learned before
 *       planning; SPM novelty; marginal deterministic selection; gamma 16);</li>
 *   <li>{@code agent_mmp_loop}: the legacy agent's policy-conditioned marginal message passing
 *       on a fixed observation sequence, which pymdp 1.0's agent does not have (spec 12.7), run
 *       through the legacy building blocks in the legacy order:
 *       {@link LegacyInference#mmpTrace} per policy with per-policy priors, the utility and
 *       {@code spm_MDP_G} information gain over the last {@code policy_len + 1} window beliefs,
 *       {@code q_pi = softmax(gamma G - F + ln E)}, the argmax of the action marginals.</li>
 * </ul>
 */
public final class AgentGoldenFunctions implements GoldenFunctions {

    private static final Set<String> FUNCTIONS = Set.of("agent_gridworld", "agent_mmp_loop");

    /** Creates the plugin (ServiceLoader needs a public no-argument constructor). */
    public AgentGoldenFunctions() {
    }

    @Override
    public Set<String> functions() {
        return FUNCTIONS;
    }

    @Override
    public Map<String, Object> evaluate(GoldenCase c) {
        return switch (c.function()) {
            case "agent_gridworld" -> gridWorld(c);
            case "agent_mmp_loop" -> mmpLoop(c);
            default -> throw new IllegalArgumentException("function: expected one of " + FUNCTIONS + ", found "
                    + c.function());
        };
    }

    // ------------------------------------------------------------------ agent_gridworld

    private static Map<String, Object> gridWorld(GoldenCase c) {
        List<DoubleTensor> pB = GoldenValues.tensors(c.input("pB"));
        List<DoubleTensor> b = new ArrayList<>();
        for (DoubleTensor t : pB) {
            b.add(Maths.normaliseColumns(t));
        }
        GenerativeModel model = GenerativeModel.builder(GoldenValues.tensors(c.input("A")), b)
                .C(GoldenValues.tensors(c.input("C")))
                .D(GoldenValues.tensors(c.input("D")))
                .pB(pB)
                .build();
        AifConfig config = AifConfig.DEFAULT
                .withPolicyLen(intParam(c, "policy_len"))
                .withInference(AifConfig.Algorithm.FPI, intParam(c, "num_iter"))
                .withPrecisions(doubleParam(c, "gamma"), doubleParam(c, "alpha"))
                .withActionSelection(selection(c), SamplingMode.MARGINAL)
                .withTerms(boolParam(c, "use_utility"), boolParam(c, "use_states_info_gain"),
                        boolParam(c, "use_param_info_gain"))
                .withNovelty(NoveltyForm.SPM)
                .withLegacy(AifConfig.Legacy.NUMPY)
                .withLearning(AifConfig.LearningMode.ONLINE, false, true)
                .withLearningRates(1.0, doubleParam(c, "lr_pB"), 1.0);
        AifAgent agent = new AifAgent(model, config);
        int[][][] given = intTensor3(c.input("policies"));
        if (!Arrays.deepEquals(given, agent.policies().toArray())) {
            throw new IllegalArgumentException("policies: expected the agent's enumeration of "
                    + agent.policies().count() + " policies, found " + given.length + " different ones");
        }
        DoubleTensor trueB = GoldenValues.tensors(c.input("B_true")).get(0);
        int steps = intParam(c, "T");
        int state = ((Number) c.input("init_state")).intValue();
        Key key = Key.of(0);
        AifState agentState = agent.init(key);
        int[] obs = new int[steps];
        int[] actions = new int[steps];
        List<Object> qs = new ArrayList<>();
        List<Object> qPi = new ArrayList<>();
        List<Object> g = new ArrayList<>();
        for (int t = 0; t < steps; t++) {
            int[] observation = {state};
            Decision<AifState, int[]> d = agent.act(key.child(t), agentState, observation);
            PolicyPosterior posterior = d.state().posterior().orElseThrow();
            obs[t] = state;
            actions[t] = d.action()[0];
            qs.add(List.of(d.state().beliefs()));
            qPi.add(posterior.qPi());
            g.add(posterior.negEfe());
            int next = deterministicNext(trueB, state, actions[t]);
            agentState = agent.learn(d.state(), new Transition<>(observation, d.action(), 0.0, new int[] {next},
                    false, false));
            state = next;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("obs", obs);
        out.put("qs", qs);
        out.put("q_pi", qPi);
        out.put("G", g);
        out.put("action", actions);
        out.put("pB_final", List.of(agentState.model().pB(0).orElseThrow()));
        return out;
    }

    private static AifConfig.Selection selection(GoldenCase c) {
        String s = (String) c.param("action_selection", "deterministic");
        return "stochastic".equals(s) ? AifConfig.Selection.STOCHASTIC : AifConfig.Selection.DETERMINISTIC;
    }

    /** {@code argmax B[:, s, a]} of a single-factor transition tensor. */
    private static int deterministicNext(DoubleTensor b, int s, int a) {
        int ns = b.dim(0);
        int nu = b.dim(2);
        double[] data = b.unsafeData();
        int best = 0;
        for (int next = 1; next < ns; next++) {
            if (data[(next * ns + s) * nu + a] > data[(best * ns + s) * nu + a]) {
                best = next;
            }
        }
        return best;
    }

    // ------------------------------------------------------------------ agent_mmp_loop

    private static Map<String, Object> mmpLoop(GoldenCase c) {
        List<DoubleTensor> a = GoldenValues.tensors(c.input("A"));
        List<DoubleTensor> b = GoldenValues.tensors(c.input("B"));
        List<DoubleTensor> pref = GoldenValues.tensors(c.input("C"));
        double[][] d = vectors(c.input("D"));
        int[][] observations = observationSequence(c.input("obs"), a.size());
        int steps = intParam(c, "T");
        int horizon = intParam(c, "inference_horizon");
        int policyLen = intParam(c, "policy_len");
        double gamma = doubleParam(c, "gamma");
        boolean utility = boolParam(c, "use_utility");
        boolean infoGain = boolParam(c, "use_states_info_gain");
        if (boolParam(c, "use_BMA") || !boolParam(c, "policy_sep_prior") || policyLen != 1 || b.size() != 1) {
            throw new IllegalArgumentException("params: expected one factor, policy_len 1, use_BMA false and "
                    + "policy_sep_prior true (the legacy loop implemented here), found " + c.params());
        }
        LegacyInference.MmpOptions options = new LegacyInference.MmpOptions(intParam(c, "num_iter"),
                boolParam(c, "grad_descent"), doubleParam(c, "tau"), false);
        int numControls = b.get(0).dim(2);
        int[][] aDeps = new int[a.size()][];
        for (int m = 0; m < aDeps.length; m++) {
            aDeps[m] = new int[] {0};
        }
        double[][][] priors = new double[numControls][][];
        Arrays.fill(priors, d);
        List<int[]> pastActions = new ArrayList<>();
        int[] actions = new int[steps - 1];
        List<Object> xnOut = new ArrayList<>();
        List<Object> vnOut = new ArrayList<>();
        List<Object> qPiOut = new ArrayList<>();
        List<Object> fOut = new ArrayList<>();
        for (int t = 0; t < steps; t++) {
            int first = Math.max(0, t + 1 - horizon);
            List<DoubleTensor> likelihoods = new ArrayList<>();
            for (int k = first; k <= t; k++) {
                likelihoods.add(LegacyInference.jointLikelihood(a, oneHot(observations[k], a)));
            }
            int pastCount = Math.min(t, horizon - 1);
            int[][] prev = pastCount == 0 ? null
                    : pastActions.subList(pastActions.size() - pastCount, pastActions.size()).toArray(new int[0][]);
            double[] g = new double[numControls];
            double[] f = new double[numControls];
            double[][][][] seqs = new double[numControls][][][];
            LegacyInference.MmpTrace[] traces = new LegacyInference.MmpTrace[numControls];
            for (int p = 0; p < numControls; p++) {
                traces[p] = LegacyInference.mmpTrace(likelihoods, b, new int[][] {{p}}, prev, priors[p], options);
                seqs[p] = traces[p].result().qsSeq();
                f[p] = traces[p].result().freeEnergy();
                for (int k = seqs[p].length - (policyLen + 1); k < seqs[p].length; k++) {
                    double[][] qs = seqs[p][k];
                    double[][] qo = ExpectedFreeEnergy.expectedObs(qs, a, aDeps);
                    if (utility) {
                        g[p] += ExpectedFreeEnergy.utility(qo, pref, 0, PreferenceForm.LOG_SOFTMAX);
                    }
                    if (infoGain) {
                        g[p] += ExpectedFreeEnergy.statesInfoGain(qs, qo, a, aDeps, StateInfoGainForm.SPM_PER_MODALITY);
                    }
                }
            }
            double logE = Maths.spmLog(1.0 / numControls, Maths.SPM_EPS);
            double[] logits = new double[numControls];
            for (int p = 0; p < numControls; p++) {
                logits[p] = gamma * g[p] - f[p] + logE;
            }
            double[] qPi = Maths.softmax(logits);
            int action = Maths.argmax(qPi);
            if (t < steps - 1) {
                actions[t] = action;
            }
            pastActions.add(new int[] {action});
            boolean last = t == steps - 1;
            xnOut.add(stackByPolicy(traces, true, last));
            vnOut.add(stackByPolicy(traces, false, last));
            qPiOut.add(qPi);
            fOut.add(f);
            if (t + 1 >= horizon) {
                for (int p = 0; p < numControls; p++) {
                    priors[p] = seqs[p][0];
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("actions", actions);
        out.put("xn", xnOut);
        out.put("vn", vnOut);
        out.put("q_pi", qPiOut);
        out.put("F", fOut);
        return out;
    }

    /**
     * {@code [iteration][s][t][p]} of factor 0's trace, without the future column at the last
     * step (SPM has none there).
     */
    private static DoubleTensor stackByPolicy(LegacyInference.MmpTrace[] traces, boolean beliefs, boolean last) {
        double[][][][] first = beliefs ? traces[0].beliefs() : traces[0].errors();
        int iterations = first.length;
        int ns = first[0][0].length;
        int window = first[0][0][0].length - (last ? 1 : 0);
        int policies = traces.length;
        double[] data = new double[iterations * ns * window * policies];
        for (int p = 0; p < policies; p++) {
            double[][][][] x = beliefs ? traces[p].beliefs() : traces[p].errors();
            for (int it = 0; it < iterations; it++) {
                for (int s = 0; s < ns; s++) {
                    for (int t = 0; t < window; t++) {
                        data[((it * ns + s) * window + t) * policies + p] = x[it][0][s][t];
                    }
                }
            }
        }
        return DoubleTensor.wrap(data, iterations, ns, window, policies);
    }

    // ------------------------------------------------------------------ helpers

    private static double[][] oneHot(int[] obs, List<DoubleTensor> a) {
        double[][] out = new double[obs.length][];
        for (int m = 0; m < obs.length; m++) {
            out[m] = Maths.oneHot(obs[m], a.get(m).dim(0));
        }
        return out;
    }

    /** Observations {@code [t][m]} from a list of ints (one modality) or of per-modality lists. */
    private static int[][] observationSequence(Object value, int modalities) {
        List<?> list = GoldenValues.list(value);
        int[][] out = new int[list.size()][];
        for (int t = 0; t < out.length; t++) {
            Object o = list.get(t);
            out[t] = o instanceof Number n ? new int[] {n.intValue()} : GoldenValues.ints(o);
            if (out[t].length != modalities) {
                throw new IllegalArgumentException("obs[" + t + "]: expected " + modalities + " outcomes, found "
                        + out[t].length);
            }
        }
        return out;
    }

    private static double[][] vectors(Object value) {
        List<DoubleTensor> tensors = GoldenValues.tensors(value);
        double[][] out = new double[tensors.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = tensors.get(i).data();
        }
        return out;
    }

    private static int[][][] intTensor3(Object value) {
        List<?> outer = GoldenValues.list(value);
        int[][][] out = new int[outer.size()][][];
        for (int i = 0; i < out.length; i++) {
            List<?> rows = GoldenValues.list(outer.get(i));
            out[i] = new int[rows.size()][];
            for (int j = 0; j < rows.size(); j++) {
                out[i][j] = GoldenValues.ints(rows.get(j));
            }
        }
        return out;
    }

    private static int intParam(GoldenCase c, String key) {
        Object v = c.params().get(key);
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException("params." + key + ": expected an integer, found " + v);
        }
        return n.intValue();
    }

    private static double doubleParam(GoldenCase c, String key) {
        Object v = c.params().get(key);
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException("params." + key + ": expected a number, found " + v);
        }
        return n.doubleValue();
    }

    private static boolean boolParam(GoldenCase c, String key) {
        Object v = c.params().get(key);
        if (!(v instanceof Boolean b)) {
            throw new IllegalArgumentException("params." + key + ": expected true or false, found " + v);
        }
        return b;
    }
}
