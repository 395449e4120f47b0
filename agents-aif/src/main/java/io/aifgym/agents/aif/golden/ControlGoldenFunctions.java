package io.aifgym.agents.aif.golden;

import io.aifgym.agents.aif.control.ActionSampler;
import io.aifgym.agents.aif.control.ActionSelection;
import io.aifgym.agents.aif.control.EfeModel;
import io.aifgym.agents.aif.control.EfeOptions;
import io.aifgym.agents.aif.control.ExpectedFreeEnergy;
import io.aifgym.agents.aif.control.LogForm;
import io.aifgym.agents.aif.control.NoveltyForm;
import io.aifgym.agents.aif.control.Policies;
import io.aifgym.agents.aif.control.PolicyInference;
import io.aifgym.agents.aif.control.PolicyPosterior;
import io.aifgym.agents.aif.control.PolicyPrior;
import io.aifgym.agents.aif.control.PreferenceForm;
import io.aifgym.agents.aif.control.SamplingMode;
import io.aifgym.agents.aif.control.StateInfoGainForm;
import io.aifgym.agents.aif.maths.Maths;
import io.aifgym.gym.golden.GoldenCase;
import io.aifgym.gym.golden.GoldenFunctions;
import io.aifgym.gym.golden.GoldenValues;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The golden functions of the control package (policies, expected free energy, policy
 * posterior, action selection): the legacy NumPy and SPM cases of {@code shared/golden} and
 * pymdp 1.0's cases of {@code shared/golden-jax}, in the formats their READMEs describe.
 *
 * <p>Legacy cases use the legacy forms ({@link EfeOptions#LEGACY}: log-softmax preferences
 * laid out {@code (No, T)}, SPM novelty weights, {@code spm_MDP_G}, {@code ln(x + 1e-16)});
 * pymdp 1.0 cases use the defaults and the fast planner.
 */
public final class ControlGoldenFunctions implements GoldenFunctions {

    private static final Set<String> FUNCTIONS = Set.of("construct_policies", "get_expected_states",
            "get_expected_obs", "calc_expected_utility", "calc_states_info_gain", "calc_states_info_gain_factorized",
            "calc_pA_info_gain", "calc_pB_info_gain", "infer_policies", "infer_policies_factorized", "sample_action",
            "jax_neg_efe", "jax_sample_action");

    /** Creates the plugin (ServiceLoader needs a public no-argument constructor). */
    public ControlGoldenFunctions() {
    }

    @Override
    public Set<String> functions() {
        return FUNCTIONS;
    }

    @Override
    public Map<String, Object> evaluate(GoldenCase c) {
        return switch (c.function()) {
            case "construct_policies" -> constructPolicies(c);
            case "get_expected_states" -> expectedStates(c);
            case "get_expected_obs" -> expectedObs(c);
            case "calc_expected_utility" -> expectedUtility(c);
            case "calc_states_info_gain" -> statesInfoGain(c, false);
            case "calc_states_info_gain_factorized" -> statesInfoGain(c, true);
            case "calc_pA_info_gain" -> pAInfoGain(c);
            case "calc_pB_info_gain" -> pBInfoGain(c);
            case "infer_policies" -> inferPolicies(c, false);
            case "infer_policies_factorized" -> inferPolicies(c, true);
            case "sample_action" -> sampleActionLegacy(c);
            case "jax_neg_efe" -> jaxNegEfe(c);
            case "jax_sample_action" -> jaxSampleAction(c);
            default -> throw new IllegalArgumentException("function: expected one of " + FUNCTIONS + ", found "
                    + c.function());
        };
    }

    // ------------------------------------------------------------------ legacy cases

    private static Map<String, Object> constructPolicies(GoldenCase c) {
        int policyLength = intParam(c, "policy_len");
        Object controls = c.input("num_controls");
        Object controlFactors = c.params().get("control_fac_idx");
        Policies policies = Policies.construct(GoldenValues.ints(c.input("num_states")),
                controls == null ? null : GoldenValues.ints(controls), policyLength,
                controlFactors == null ? null : GoldenValues.ints(controlFactors));
        return Map.of("policies", policies.toTensor());
    }

    private static Map<String, Object> expectedStates(GoldenCase c) {
        double[][] qs = vectors(c.input("qs"));
        List<DoubleTensor> b = GoldenValues.tensors(c.input("B"));
        int[][] policy = intMatrix(c.input("policy"));
        int[][] deps = EfeModel.selfDependencies(b.size());
        List<Object> out = new ArrayList<>();
        for (int[] step : policy) {
            qs = ExpectedFreeEnergy.expectedStates(qs, b, deps, step);
            out.add(List.of(qs));
        }
        return Map.of("qs_pi", out);
    }

    private static Map<String, Object> expectedObs(GoldenCase c) {
        List<double[][]> qsPi = sequence(c.input("qs_pi"));
        List<DoubleTensor> a = GoldenValues.tensors(c.input("A"));
        int[][] deps = EfeModel.fullDependencies(a.size(), qsPi.get(0).length);
        List<Object> out = new ArrayList<>();
        for (double[][] qs : qsPi) {
            out.add(List.of(ExpectedFreeEnergy.expectedObs(qs, a, deps)));
        }
        return Map.of("qo_pi", out);
    }

    private static Map<String, Object> expectedUtility(GoldenCase c) {
        List<double[][]> qoPi = sequence(c.input("qo_pi"));
        List<DoubleTensor> pref = legacyPreferences(GoldenValues.tensors(c.input("C")));
        double u = 0.0;
        for (int t = 0; t < qoPi.size(); t++) {
            u += ExpectedFreeEnergy.utility(qoPi.get(t), pref, t, PreferenceForm.LOG_SOFTMAX);
        }
        return Map.of("utility", u);
    }

    private static Map<String, Object> statesInfoGain(GoldenCase c, boolean factorized) {
        List<DoubleTensor> a = GoldenValues.tensors(c.input("A"));
        List<double[][]> qsPi = sequence(c.input("qs_pi"));
        int[][] deps = factorized ? intLists(c.input("A_factor_list"))
                : EfeModel.fullDependencies(a.size(), qsPi.get(0).length);
        StateInfoGainForm form = factorized ? StateInfoGainForm.SPM_PER_MODALITY : StateInfoGainForm.SPM_JOINT;
        double gain = 0.0;
        for (double[][] qs : qsPi) {
            gain += ExpectedFreeEnergy.statesInfoGain(qs, null, a, deps, form);
        }
        return Map.of("info_gain", gain);
    }

    private static Map<String, Object> pAInfoGain(GoldenCase c) {
        List<DoubleTensor> pA = GoldenValues.tensors(c.input("pA"));
        List<double[][]> qoPi = sequence(c.input("qo_pi"));
        List<double[][]> qsPi = sequence(c.input("qs_pi"));
        List<DoubleTensor> weights = new ArrayList<>();
        for (DoubleTensor t : pA) {
            weights.add(ExpectedFreeEnergy.noveltyWeights(t, NoveltyForm.SPM));
        }
        int[][] deps = EfeModel.fullDependencies(pA.size(), qsPi.get(0).length);
        double gain = 0.0;
        for (int t = 0; t < qoPi.size(); t++) {
            gain += ExpectedFreeEnergy.pANovelty(qoPi.get(t), qsPi.get(t), weights, deps);
        }
        return Map.of("info_gain", gain);
    }

    private static Map<String, Object> pBInfoGain(GoldenCase c) {
        List<DoubleTensor> pB = GoldenValues.tensors(c.input("pB"));
        List<double[][]> qsPi = sequence(c.input("qs_pi"));
        double[][] prev = vectors(c.input("qs_prev"));
        int[][] policy = intMatrix(c.input("policy"));
        List<DoubleTensor> weights = new ArrayList<>();
        for (DoubleTensor t : pB) {
            weights.add(ExpectedFreeEnergy.noveltyWeights(t, NoveltyForm.SPM));
        }
        int[][] deps = EfeModel.selfDependencies(pB.size());
        double gain = 0.0;
        for (int t = 0; t < qsPi.size(); t++) {
            gain += ExpectedFreeEnergy.pBNovelty(qsPi.get(t), prev, weights, deps, policy[t]);
            prev = qsPi.get(t);
        }
        return Map.of("info_gain", gain);
    }

    private static Map<String, Object> inferPolicies(GoldenCase c, boolean factorized) {
        double[][] qs = vectors(c.input("qs"));
        List<DoubleTensor> a = GoldenValues.tensors(c.input("A"));
        List<DoubleTensor> b = GoldenValues.tensors(c.input("B"));
        int[][] aDeps = factorized ? intLists(c.input("A_factor_list")) : EfeModel.fullDependencies(a.size(), b.size());
        int[][] bDeps = factorized ? intLists(c.input("B_factor_list")) : EfeModel.selfDependencies(b.size());
        List<DoubleTensor> pA = nullableTensors(c.input("pA"));
        List<DoubleTensor> pB = nullableTensors(c.input("pB"));
        EfeModel model = new EfeModel(a, b, aDeps, bDeps, legacyPreferences(GoldenValues.tensors(c.input("C"))), pA,
                pB, null);
        boolean paramInfoGain = boolParam(c, "use_param_info_gain") && (pA != null || pB != null);
        EfeOptions options = EfeOptions.LEGACY
                .withTerms(boolParam(c, "use_utility"), boolParam(c, "use_states_info_gain"), paramInfoGain, false)
                .withStateInfoGain(factorized ? StateInfoGainForm.SPM_PER_MODALITY : StateInfoGainForm.SPM_JOINT);
        Policies policies = Policies.of(intTensor3(c.input("policies")), model.numControls());
        Object e = c.input("E");
        PolicyPrior prior = PolicyPrior.of(doubleParam(c, "gamma"), e == null ? null : GoldenValues.doubles(e),
                LogForm.SPM);
        PolicyPosterior posterior = PolicyInference.of(policies).infer(model, options, qs, prior);
        return Map.of("q_pi", posterior.qPi(), "G", posterior.negEfe());
    }

    private static Map<String, Object> sampleActionLegacy(GoldenCase c) {
        double[] qPi = GoldenValues.doubles(c.input("q_pi"));
        Policies policies = Policies.of(intTensor3(c.input("policies")), GoldenValues.ints(c.input("num_controls")));
        double[][] marginals = ActionSampler.marginals(qPi, policies);
        ActionSelection.Stochastic stochastic = new ActionSelection.Stochastic(doubleParam(c, "alpha"), LogForm.SPM);
        List<double[]> normalised = new ArrayList<>();
        List<double[]> stochasticP = new ArrayList<>();
        int[] action = new int[marginals.length];
        for (int f = 0; f < marginals.length; f++) {
            double[] m = marginals[f].clone();
            double sum = Maths.sum(m, 0, m.length);
            for (int i = 0; i < m.length; i++) {
                m[i] /= sum;
            }
            normalised.add(m);
            action[f] = ActionSelection.deterministic().choose(m, null);
            stochasticP.add(stochastic.probabilities(m));
        }
        return Map.of("action_marginals", normalised, "action", action, "p_actions_stochastic", stochasticP);
    }

    // ------------------------------------------------------------------ pymdp 1.0 cases

    private static Map<String, Object> jaxNegEfe(GoldenCase c) {
        double[][] qs = vectors(c.input("qs"));
        List<DoubleTensor> a = GoldenValues.tensors(c.input("A"));
        List<DoubleTensor> b = GoldenValues.tensors(c.input("B"));
        List<DoubleTensor> pA = nullableTensors(c.input("pA"));
        List<DoubleTensor> pB = nullableTensors(c.input("pB"));
        EfeModel model = new EfeModel(a, b, intLists(c.params().get("A_dependencies")),
                intLists(c.params().get("B_dependencies")), GoldenValues.tensors(c.input("C")), pA, pB, null);
        Policies policies = Policies.of(intTensor3(c.input("policies")), model.numControls());
        PolicyInference inference = PolicyInference.of(policies);
        Object e = c.input("E");
        PolicyPrior prior = PolicyPrior.of(doubleParam(c, "gamma"), e == null ? null : GoldenValues.doubles(e));
        EfeOptions options = EfeOptions.DEFAULT.withTerms(boolParam(c, "use_utility"),
                boolParam(c, "use_states_info_gain"), boolParam(c, "use_param_info_gain"), false);
        PolicyPosterior posterior = inference.infer(model, options, qs, prior);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("neg_efe", posterior.negEfe());
        out.put("q_pi", posterior.qPi());
        EfeOptions none = EfeOptions.DEFAULT.withTerms(false, false, false, false);
        out.put("neg_efe_utility", inference.infer(model, none.withTerms(true, false, false, false), qs, prior).negEfe());
        out.put("neg_efe_states_info_gain",
                inference.infer(model, none.withTerms(false, true, false, false), qs, prior).negEfe());
        EfeOptions novelty = none.withTerms(false, false, true, false);
        if (pA != null) {
            out.put("neg_efe_pA_info_gain", inference.infer(model.withDirichlet(pA, null), novelty, qs, prior).negEfe());
        }
        if (pB != null) {
            out.put("neg_efe_pB_info_gain", inference.infer(model.withDirichlet(null, pB), novelty, qs, prior).negEfe());
        }
        return out;
    }

    private static Map<String, Object> jaxSampleAction(GoldenCase c) {
        double[] qPi = GoldenValues.doubles(c.input("q_pi"));
        int[] numControls = GoldenValues.ints(c.params().get("num_controls"));
        Policies policies = Policies.of(intTensor3(c.input("policies")), numControls);
        SamplingMode mode = switch (String.valueOf(c.params().get("sampling_mode"))) {
            case "full" -> SamplingMode.FULL;
            case "marginal" -> SamplingMode.MARGINAL;
            default -> throw new IllegalArgumentException("sampling_mode: expected full or marginal, found "
                    + c.params().get("sampling_mode"));
        };
        Object selection = c.params().get("action_selection");
        if (!"deterministic".equals(selection)) {
            throw new IllegalArgumentException("action_selection: expected deterministic (stochastic draws are not "
                    + "reproducible across RNGs), found " + selection);
        }
        int[] action = ActionSampler.select(qPi, policies, ActionSelection.deterministic(), mode, null);
        return Map.of("action", action, "marginals", List.of(ActionSampler.marginals(qPi, policies)));
    }

    // ------------------------------------------------------------------ value conversions

    /** The legacy {@code (No, T)} preference layout as pymdp 1.0's {@code (T, No)}. */
    private static List<DoubleTensor> legacyPreferences(List<DoubleTensor> c) {
        List<DoubleTensor> out = new ArrayList<>(c.size());
        for (DoubleTensor cm : c) {
            if (cm.rank() == 2) {
                int no = cm.dim(0);
                int steps = cm.dim(1);
                double[] data = new double[no * steps];
                for (int o = 0; o < no; o++) {
                    for (int t = 0; t < steps; t++) {
                        data[t * no + o] = cm.get(o, t);
                    }
                }
                out.add(DoubleTensor.wrap(data, steps, no));
            } else {
                out.add(cm);
            }
        }
        return out;
    }

    private static List<DoubleTensor> nullableTensors(Object value) {
        if (value == null) {
            return null;
        }
        List<DoubleTensor> out = new ArrayList<>();
        for (Object o : GoldenValues.list(value)) {
            out.add(o == null ? null : GoldenValues.tensor(o));
        }
        return out;
    }

    private static double[][] vectors(Object value) {
        List<?> list = GoldenValues.list(value);
        double[][] out = new double[list.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = GoldenValues.doubles(list.get(i));
        }
        return out;
    }

    private static List<double[][]> sequence(Object value) {
        List<double[][]> out = new ArrayList<>();
        for (Object step : GoldenValues.list(value)) {
            out.add(vectors(step));
        }
        return out;
    }

    private static int[][] intLists(Object value) {
        List<?> list = GoldenValues.list(value);
        int[][] out = new int[list.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = GoldenValues.ints(list.get(i));
        }
        return out;
    }

    private static int[][] intMatrix(Object value) {
        return intLists(value);
    }

    private static int[][][] intTensor3(Object value) {
        List<?> list = GoldenValues.list(value);
        int[][][] out = new int[list.size()][][];
        for (int i = 0; i < out.length; i++) {
            out[i] = intLists(list.get(i));
        }
        return out;
    }

    private static int intParam(GoldenCase c, String key) {
        Object v = c.params().get(key);
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException(key + ": expected a number param, found " + v);
        }
        return n.intValue();
    }

    private static double doubleParam(GoldenCase c, String key) {
        Object v = c.params().get(key);
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException(key + ": expected a number param, found " + v);
        }
        return n.doubleValue();
    }

    private static boolean boolParam(GoldenCase c, String key) {
        Object v = c.params().get(key);
        if (!(v instanceof Boolean b)) {
            throw new IllegalArgumentException(key + ": expected a boolean param, found " + v);
        }
        return b;
    }
}
