package io.aifgym.agents.aif.golden;

import io.aifgym.agents.aif.inference.BeliefSmoothing;
import io.aifgym.agents.aif.inference.FreeEnergy;
import io.aifgym.agents.aif.inference.Inference;
import io.aifgym.agents.aif.inference.LegacyInference;
import io.aifgym.agents.aif.inference.Observations;
import io.aifgym.agents.aif.inference.Smoothing;
import io.aifgym.agents.aif.inference.StateInference;
import io.aifgym.agents.aif.learning.CountMask;
import io.aifgym.agents.aif.learning.DirichletLearning;
import io.aifgym.agents.aif.learning.ParameterLearning;
import io.aifgym.agents.aif.maths.Dirichlet;
import io.aifgym.agents.aif.maths.FactorDot;
import io.aifgym.agents.aif.maths.Maths;
import io.aifgym.agents.aif.model.GenerativeModel;
import io.aifgym.gym.golden.GoldenCase;
import io.aifgym.gym.golden.GoldenFunctions;
import io.aifgym.gym.golden.GoldenValues;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The golden functions of the agent's core (maths, model, state inference and learning) for
 * {@code shared/golden} (SPM and pymdp's legacy NumPy package) and {@code shared/golden-jax}
 * (pymdp 1.0): each case's inputs are converted to this module's types, run through the
 * public API, and the outputs returned under the case's expected names. The control part
 * (policies, expected free energy, action selection) has its own plugin.
 */
public final class CoreGoldenFunctions implements GoldenFunctions {

    private static final Set<String> FUNCTIONS = Set.of(
            "softmax", "spm_log", "entropy", "kl_div", "spm_dot", "dot_likelihood", "joint_likelihood", "spm_cross",
            "spm_wnorm", "dirichlet_expected_value", "dirichlet_log_evidence", "vfe", "infer_states_fpi",
            "infer_states_fpi_factorized", "mmp", "update_pA", "update_pB", "update_pD",
            "jax_infer_states", "jax_smoothing_exact", "jax_smoothing_ovf", "jax_update_pA", "jax_update_pB",
            "jax_infer_parameters_offline");

    /** Creates the plugin (found by {@link java.util.ServiceLoader}). */
    public CoreGoldenFunctions() {
    }

    @Override
    public Set<String> functions() {
        return FUNCTIONS;
    }

    @Override
    public Map<String, Object> evaluate(GoldenCase c) {
        return switch (c.function()) {
            case "softmax" -> Map.of("y", Maths.softmax(tensor(c, "x")));
            case "spm_log" -> Map.of("y", spmLog(c));
            case "entropy" -> Map.of("H", entropy(c));
            case "kl_div" -> Map.of("kl", klDiv(c));
            case "spm_dot" -> Map.of("Y", spmDot(c));
            case "dot_likelihood" -> Map.of("L", dotLikelihood(c));
            case "joint_likelihood" -> Map.of("L", jointLikelihood(c));
            case "spm_cross" -> Map.of("Y", FactorDot.outer(tensors(c, "arrays")));
            case "spm_wnorm" -> Map.of("wA", Dirichlet.wnormSpm(tensor(c, "A"), number(c.param("eps", Maths.SPM_EPS))));
            case "dirichlet_expected_value" -> Map.of("A", tensors(c, "pA").stream().map(Dirichlet::expectedValue).toList());
            case "dirichlet_log_evidence" -> logEvidence(c);
            case "vfe" -> Map.of("F", legacyVfe(c));
            case "infer_states_fpi" -> Map.of("qs", legacyFpi(c, false));
            case "infer_states_fpi_factorized" -> Map.of("qs", legacyFpi(c, true));
            case "mmp" -> legacyMmp(c);
            case "update_pA" -> Map.of("qA", legacyUpdateA(c));
            case "update_pB" -> Map.of("qB", legacyUpdateB(c));
            case "update_pD" -> Map.of("qD", legacyUpdateD(c));
            case "jax_infer_states" -> jaxInferStates(c);
            case "jax_smoothing_exact" -> smoothing(c, Smoothing.EXACT);
            case "jax_smoothing_ovf" -> smoothing(c, Smoothing.OVF);
            case "jax_update_pA" -> jaxUpdateA(c);
            case "jax_update_pB" -> jaxUpdateB(c);
            case "jax_infer_parameters_offline" -> jaxInferParameters(c);
            default -> throw new IllegalArgumentException("unknown function '" + c.function() + "', expected one of "
                    + FUNCTIONS);
        };
    }

    // ------------------------------------------------------------------ elementary maths

    private static DoubleTensor spmLog(GoldenCase c) {
        DoubleTensor x = tensor(c, "x");
        return DoubleTensor.wrap(Maths.spmLog(x.unsafeData(), number(c.param("eps", Maths.SPM_EPS))), x.shape());
    }

    private static List<DoubleTensor> entropy(GoldenCase c) {
        double eps = number(c.param("eps", Maths.SPM_EPS));
        List<DoubleTensor> out = new ArrayList<>();
        for (DoubleTensor a : tensors(c, "A")) {
            int[] shape = a.shape();
            out.add(DoubleTensor.wrap(Maths.spmColumnEntropies(a.unsafeData(), shape[0], eps),
                    Arrays.copyOfRange(shape, 1, shape.length)));
        }
        return out;
    }

    private static double klDiv(GoldenCase c) {
        double eps = number(c.param("eps", Maths.SPM_EPS));
        List<double[]> p = vectors(c.input("P"));
        List<double[]> q = vectors(c.input("Q"));
        double kl = 0.0;
        for (int i = 0; i < p.size(); i++) {
            kl += Maths.klDivergence(p.get(i), q.get(i), eps);
        }
        return kl;
    }

    /** SPM's spm_dot / legacy spm_dot_classic, including its squeeze of size-1 axes. */
    private static DoubleTensor spmDot(GoldenCase c) {
        DoubleTensor x = tensor(c, "X");
        Object omit = c.param("dims_to_omit", null);
        int[] dims = omit == null ? new int[0] : GoldenValues.ints(omit);
        List<?> given = GoldenValues.list(c.input("x"));
        if (!given.isEmpty() && given.get(0) instanceof Number) {
            // a single vector (not a list of vectors): SPM and the legacy package contract axis 1
            if (dims.length > 0) {
                return squeeze(x);
            }
            double[][] perAxis = new double[x.rank()][];
            perAxis[1] = GoldenValues.doubles(given);
            int[] shape = x.shape();
            int[] kept = new int[shape.length - 1];
            for (int k = 0, j = 0; k < shape.length; k++) {
                if (k != 1) {
                    kept[j++] = shape[k];
                }
            }
            return squeeze(DoubleTensor.wrap(FactorDot.contract(x.unsafeData(), shape, perAxis), kept));
        }
        return squeeze(FactorDot.spmDot(x, vectors(given), dims));
    }

    private static DoubleTensor dotLikelihood(GoldenCase c) {
        DoubleTensor a = tensor(c, "A");
        double[] obs = GoldenValues.doubles(c.input("obs"));
        int[] shape = a.shape();
        return squeeze(DoubleTensor.wrap(LegacyInference.dotLikelihood(a, obs), Arrays.copyOfRange(shape, 1,
                shape.length)));
    }

    private static DoubleTensor jointLikelihood(GoldenCase c) {
        List<DoubleTensor> a = tensors(c, "A");
        int[] obs = GoldenValues.ints(c.input("obs"));
        return LegacyInference.jointLikelihood(a, Observations.oneHot(obs, numObs(a)));
    }

    private static Map<String, Object> logEvidence(GoldenCase c) {
        DoubleTensor q = tensor(c, "q_dir");
        DoubleTensor p = tensor(c, "p_dir");
        DoubleTensor r = tensor(c, "r_dir");
        boolean vectors = q.rank() == 1 && p.rank() == 1 && r.rank() == 1;
        Dirichlet.Reduction red = Dirichlet.logEvidence(asColumn(q), asColumn(p), asColumn(r));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("F", vectors ? (Object) red.freeEnergy()[0] : red.freeEnergy());
        out.put("s_dir", vectors ? red.reducedPosterior().reshape(q.dim(0)) : red.reducedPosterior());
        return out;
    }

    private static DoubleTensor asColumn(DoubleTensor t) {
        return t.rank() == 1 ? t.reshape(t.dim(0), 1) : t;
    }

    // ------------------------------------------------------------------ legacy inference

    private static double legacyVfe(GoldenCase c) {
        double[][] qs = vectors(c.input("qs")).toArray(new double[0][]);
        double[][] logPrior = vectors(c.input("log_prior")).toArray(new double[0][]);
        Object ll = c.input("log_likelihood");
        return LegacyInference.freeEnergy(qs, logPrior, ll == null ? null : GoldenValues.tensor(ll));
    }

    private static List<double[]> legacyFpi(GoldenCase c, boolean factorized) {
        List<DoubleTensor> a = tensors(c, "A");
        int[] obs = GoldenValues.ints(c.input("obs"));
        double[][] obsDist = Observations.oneHot(obs, numObs(a));
        Object p = c.input("prior");
        double[][] prior = p == null ? null : vectors(p).toArray(new double[0][]);
        LegacyInference.FpiOptions options = new LegacyInference.FpiOptions(
                (int) number(c.param("num_iter", 10L)), number(c.param("dF", 1.0)), number(c.param("dF_tol", 0.001)),
                (Boolean) c.param("compute_vfe", Boolean.TRUE));
        double[][] qs = factorized
                ? LegacyInference.fpiFactorized(a, obsDist, prior, GoldenValues.ints(c.input("num_states")),
                        intMatrix(c.input("A_factor_list")), options)
                : LegacyInference.fpi(a, obsDist, prior, options);
        return List.of(qs);
    }

    private static Map<String, Object> legacyMmp(GoldenCase c) {
        List<DoubleTensor> b = tensors(c, "B");
        List<DoubleTensor> lh = GoldenValues.list(c.input("lh_seq")).stream().map(GoldenValues::tensor).toList();
        int[][] policy = intMatrix(c.input("policy"));
        Object prev = c.input("prev_actions");
        Object p = c.input("prior");
        LegacyInference.MmpOptions options = new LegacyInference.MmpOptions((int) number(c.param("num_iter", 10L)),
                (Boolean) c.param("grad_descent", Boolean.TRUE), number(c.param("tau", 0.25)),
                (Boolean) c.param("last_timestep", Boolean.FALSE));
        LegacyInference.MmpResult r = LegacyInference.mmp(lh, b, policy, prev == null ? null : intMatrix(prev),
                p == null ? null : vectors(p).toArray(new double[0][]), options);
        List<Object> seq = new ArrayList<>();
        for (double[][] qt : r.qsSeq()) {
            seq.add(List.of(qt));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("qs_seq", seq);
        out.put("F", r.freeEnergy());
        out.put("qs_last", seq.get(seq.size() - 1));
        return out;
    }

    // ------------------------------------------------------------------ legacy learning

    private static List<DoubleTensor> legacyUpdateA(GoldenCase c) {
        List<DoubleTensor> pA = tensors(c, "pA");
        List<DoubleTensor> a = tensors(c, "A");
        int[] obs = GoldenValues.ints(c.input("obs"));
        double[][] qs = vectors(c.input("qs")).toArray(new double[0][]);
        double lr = number(c.param("lr", 1.0));
        int[] which = selection(c.param("modalities", "all"), pA.size());
        List<DoubleTensor> out = new ArrayList<>();
        for (int m = 0; m < pA.size(); m++) {
            DoubleTensor prior = pA.get(m);
            if (!contains(which, m)) {
                out.add(prior);
                continue;
            }
            double[][][] factors = new double[qs.length][1][];
            for (int f = 0; f < qs.length; f++) {
                factors[f][0] = qs[f];
            }
            double[][] o = {Maths.oneHot(obs[m], prior.dim(0))};
            out.add(DoubleTensor.wrap(DirichletLearning.addObservationCounts(prior.unsafeData(), o, factors, lr,
                    a.get(m).unsafeData()), prior.shape()));
        }
        return out;
    }

    private static List<DoubleTensor> legacyUpdateB(GoldenCase c) {
        List<DoubleTensor> pB = tensors(c, "pB");
        List<DoubleTensor> b = tensors(c, "B");
        int[] actions = GoldenValues.ints(c.input("actions"));
        double[][] qs = vectors(c.input("qs")).toArray(new double[0][]);
        double[][] qsPrev = vectors(c.input("qs_prev")).toArray(new double[0][]);
        double lr = number(c.param("lr", 1.0));
        int[] which = selection(c.param("factors", "all"), pB.size());
        List<DoubleTensor> out = new ArrayList<>();
        for (int f = 0; f < pB.size(); f++) {
            DoubleTensor prior = pB.get(f);
            if (!contains(which, f)) {
                out.add(prior);
                continue;
            }
            double[][] joint = {FactorDot.outer(qs[f], qsPrev[f])};
            out.add(DoubleTensor.wrap(DirichletLearning.addTransitionCounts(prior.unsafeData(),
                    prior.dim(prior.rank() - 1), joint, new int[] {actions[f]}, lr, b.get(f).unsafeData()),
                    prior.shape()));
        }
        return out;
    }

    private static List<DoubleTensor> legacyUpdateD(GoldenCase c) {
        List<DoubleTensor> pD = tensors(c, "pD");
        double[][] qs = vectors(c.input("qs")).toArray(new double[0][]);
        int[] which = selection(c.param("factors", "all"), pD.size());
        return DirichletLearning.updateD(pD, qs, number(c.param("lr", 1.0)), which, CountMask.STRUCTURAL)
                .concentrations();
    }

    // ------------------------------------------------------------------ pymdp 1.0

    private static Map<String, Object> jaxInferStates(GoldenCase c) {
        List<DoubleTensor> a = tensors(c, "A");
        List<DoubleTensor> b = tensors(c, "B");
        GenerativeModel model = GenerativeModel.builder(a, b)
                .aDependencies(intMatrix(c.param("A_dependencies", null)))
                .bDependencies(intMatrix(c.param("B_dependencies", null)))
                .build();
        StateInference method = StateInference.of((String) c.param("method", "fpi"),
                (int) number(c.param("num_iter", 16L)));
        Inference.requireCompatible(method, model);
        int[][] obsIdx = intMatrix(c.input("obs"));
        double[][][] obs = Observations.oneHotSequence(obsIdx, model.numObs());
        Object pa = c.input("past_actions");
        int[][] pastActions = pa == null ? null : intMatrix(pa, model.numFactors());
        double[][] prior = vectors(c.input("prior")).toArray(new double[0][]);
        Object horizon = c.param("inference_horizon", null);
        Object valid = c.param("valid_steps", null);
        Inference.Result r = Inference.infer(method, model, obs, pastActions, prior, null,
                new Inference.Options(horizon == null ? 0 : (int) number(horizon), valid == null ? 0 : (int) number(valid),
                        true));
        Map<String, Object> out = new LinkedHashMap<>();
        List<DoubleTensor> qs = new ArrayList<>();
        for (int f = 0; f < r.qs().length; f++) {
            qs.add(stack(r.qs()[f]));
        }
        out.put("qs", qs);
        FreeEnergy vfe = r.freeEnergy();
        out.put("vfe", vfe.vfe());
        out.put("vfe_t", vfe.sequence() ? vfe.vfeT() : (Object) vfe.vfeT()[0]);
        return out;
    }

    private static Map<String, Object> smoothing(GoldenCase c, Smoothing smoothing) {
        List<DoubleTensor> b = tensors(c, "B");
        double[][][] filtered = beliefSequences(c.input("filtered_post"));
        int[][] actions = intMatrix(c.input("past_actions"), b.size());
        BeliefSmoothing.Result r = BeliefSmoothing.smooth(smoothing, b, filtered, actions);
        List<DoubleTensor> marginals = new ArrayList<>();
        List<DoubleTensor> joints = new ArrayList<>();
        for (int f = 0; f < b.size(); f++) {
            marginals.add(stack(r.marginals()[f]));
            int ns = b.get(f).dim(0);
            joints.add(stackJoints(r.joints()[f], ns, ns));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("marginals", marginals);
        out.put("joints", joints);
        return out;
    }

    private static Map<String, Object> jaxUpdateA(GoldenCase c) {
        List<DoubleTensor> pA = nullableTensors(c.input("pA"));
        List<DoubleTensor> a = tensors(c, "A");
        int[] numObs = GoldenValues.ints(c.param("num_obs", null));
        boolean categorical = Boolean.TRUE.equals(c.param("categorical_obs", Boolean.FALSE));
        List<?> obsList = GoldenValues.list(c.input("obs"));
        double[][][] obs = new double[obsList.size()][][];
        for (int m = 0; m < obs.length; m++) {
            if (categorical) {
                obs[m] = matrix(GoldenValues.tensor(obsList.get(m)));
            } else {
                int[] idx = GoldenValues.ints(obsList.get(m));
                obs[m] = new double[idx.length][];
                for (int t = 0; t < idx.length; t++) {
                    obs[m][t] = Maths.oneHot(idx[t], numObs[m]);
                }
            }
        }
        double[][][] qs = beliefSequences(c.input("qs"));
        DirichletLearning.Update u = DirichletLearning.updateA(pA, a, obs, qs, intMatrix(c.param("A_dependencies", null)),
                number(c.param("lr", 1.0)), CountMask.NONE);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("qA", u.concentrations());
        out.put("E_qA", u.expected());
        return out;
    }

    private static Map<String, Object> jaxUpdateB(GoldenCase c) {
        List<DoubleTensor> pB = tensors(c, "pB");
        List<DoubleTensor> b = tensors(c, "B");
        int[][] deps = intMatrix(c.param("B_dependencies", null));
        boolean jointIsArray = Boolean.TRUE.equals(c.param("joint_is_array", Boolean.FALSE));
        List<?> jb = GoldenValues.list(c.input("joint_beliefs"));
        int[][] actions = intMatrix(c.input("actions"), pB.size());
        double[][][] joints = new double[pB.size()][][];
        for (int f = 0; f < pB.size(); f++) {
            if (jointIsArray) {
                DoubleTensor j = GoldenValues.tensor(jb.get(f));
                joints[f] = matrix(j.reshape(j.dim(0), j.size() / Math.max(j.dim(0), 1)));
            } else {
                List<?> parts = GoldenValues.list(jb.get(f));
                double[][][] seqs = new double[parts.size()][][];
                for (int k = 0; k < seqs.length; k++) {
                    seqs[k] = matrix(GoldenValues.tensor(parts.get(k)));
                }
                int steps = seqs[0].length;
                joints[f] = new double[steps][];
                for (int t = 0; t < steps; t++) {
                    double[][] vectors = new double[seqs.length][];
                    for (int k = 0; k < seqs.length; k++) {
                        vectors[k] = seqs[k][t];
                    }
                    joints[f][t] = FactorDot.outer(vectors);
                }
            }
        }
        if (deps != null && deps.length != pB.size()) {
            throw new IllegalArgumentException("B_dependencies: expected one entry per factor (" + pB.size() + "), found "
                    + deps.length);
        }
        Object which = c.param("factors_to_update", "all");
        int[] factors = "all".equals(which) ? null : GoldenValues.ints(which);
        DirichletLearning.Update u = DirichletLearning.updateB(pB, b, joints, actions, number(c.param("lr", 1.0)),
                factors, CountMask.NONE);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("qB", u.concentrations());
        out.put("E_qB", u.expected());
        return out;
    }

    private static Map<String, Object> jaxInferParameters(GoldenCase c) {
        List<DoubleTensor> a = tensors(c, "A");
        List<DoubleTensor> b = tensors(c, "B");
        GenerativeModel model = GenerativeModel.builder(a, b)
                .aDependencies(intMatrix(c.param("A_dependencies", null)))
                .bDependencies(intMatrix(c.param("B_dependencies", null)))
                .D(c.input("D") == null ? null : tensors(c, "D"))
                .pA(c.input("pA") == null ? null : nullableTensors(c.input("pA")))
                .pB(c.input("pB") == null ? null : nullableTensors(c.input("pB")))
                .build();
        StateInference method = StateInference.of((String) c.param("inference_algo", "fpi"), 16);
        ParameterLearning.Options options = new ParameterLearning.Options(
                Boolean.TRUE.equals(c.param("learn_A", Boolean.FALSE)), Boolean.TRUE.equals(c.param("learn_B", Boolean.FALSE)),
                number(c.param("lr_pA", 1.0)), number(c.param("lr_pB", 1.0)), CountMask.NONE);
        double[][][] beliefs = beliefSequences(c.input("beliefs"));
        double[][][] obs = Observations.oneHotSequence(intMatrix(c.input("observations")), model.numObs());
        int[][] actions = intMatrix(c.input("actions"), model.numFactors());
        GenerativeModel learned = ParameterLearning.inferParameters(model, method, options, beliefs, obs, actions, null);
        Map<String, Object> out = new LinkedHashMap<>();
        List<DoubleTensor> pA = new ArrayList<>();
        List<DoubleTensor> pB = new ArrayList<>();
        for (int m = 0; m < learned.numModalities(); m++) {
            pA.add(learned.pA(m).orElse(null));
        }
        for (int f = 0; f < learned.numFactors(); f++) {
            pB.add(learned.pB(f).orElse(null));
        }
        out.put("pA", pA);
        out.put("A", learned.A());
        out.put("pB", pB);
        out.put("B", learned.B());
        return out;
    }

    // ------------------------------------------------------------------ conversions

    private static DoubleTensor tensor(GoldenCase c, String key) {
        return GoldenValues.tensor(c.input(key));
    }

    private static List<DoubleTensor> tensors(GoldenCase c, String key) {
        return GoldenValues.tensors(c.input(key));
    }

    private static List<DoubleTensor> nullableTensors(Object value) {
        List<DoubleTensor> out = new ArrayList<>();
        for (Object o : GoldenValues.list(value)) {
            out.add(o == null ? null : GoldenValues.tensor(o));
        }
        return out;
    }

    private static List<double[]> vectors(Object value) {
        return GoldenValues.list(value).stream().map(v -> GoldenValues.tensor(v).data()).toList();
    }

    private static double[][] matrix(DoubleTensor t) {
        if (t.rank() != 2) {
            throw new IllegalArgumentException("expected a (T, N) array, found shape " + Arrays.toString(t.shape()));
        }
        int rows = t.dim(0);
        int cols = t.dim(1);
        double[][] out = new double[rows][];
        for (int r = 0; r < rows; r++) {
            out[r] = Arrays.copyOfRange(t.unsafeData(), r * cols, (r + 1) * cols);
        }
        return out;
    }

    /** A list over factors of (T, Ns) arrays. */
    private static double[][][] beliefSequences(Object value) {
        List<?> l = GoldenValues.list(value);
        double[][][] out = new double[l.size()][][];
        for (int f = 0; f < out.length; f++) {
            out[f] = matrix(GoldenValues.tensor(l.get(f)));
        }
        return out;
    }

    private static int[][] intMatrix(Object value) {
        if (value == null) {
            return null;
        }
        List<?> rows = GoldenValues.list(value);
        int[][] out = new int[rows.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = rows.get(i) instanceof List<?> ? GoldenValues.ints(rows.get(i))
                    : new int[] {(int) number(rows.get(i))};
        }
        return out;
    }

    /** A (T, F) action array; a flat list is read as (T, 1) when F = 1. */
    private static int[][] intMatrix(Object value, int factors) {
        int[][] m = intMatrix(value);
        for (int[] row : m) {
            if (row.length != factors) {
                throw new IllegalArgumentException("actions: expected " + factors + " per step, found " + row.length);
            }
        }
        return m;
    }

    private static DoubleTensor stack(double[][] rows) {
        int cols = rows.length == 0 ? 0 : rows[0].length;
        double[] data = new double[rows.length * cols];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, data, r * cols, cols);
        }
        return DoubleTensor.wrap(data, rows.length, cols);
    }

    private static DoubleTensor stackJoints(double[][] joints, int rows, int cols) {
        double[] data = new double[joints.length * rows * cols];
        for (int t = 0; t < joints.length; t++) {
            System.arraycopy(joints[t], 0, data, t * rows * cols, rows * cols);
        }
        return DoubleTensor.wrap(data, joints.length, rows, cols);
    }

    /** NumPy's squeeze, and a length-1 vector in place of a scalar (legacy spm_dot_classic). */
    private static DoubleTensor squeeze(DoubleTensor t) {
        int[] kept = Arrays.stream(t.shape()).filter(d -> d != 1).toArray();
        if (t.size() <= 1) {
            return DoubleTensor.wrap(t.data(), 1);
        }
        return t.reshape(kept);
    }

    private static int[] numObs(List<DoubleTensor> a) {
        return a.stream().mapToInt(t -> t.dim(0)).toArray();
    }

    private static int[] selection(Object param, int n) {
        if ("all".equals(param) || param == null) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        return GoldenValues.ints(param);
    }

    private static boolean contains(int[] values, int v) {
        for (int x : values) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    private static double number(Object o) {
        if (!(o instanceof Number n)) {
            throw new IllegalArgumentException("expected a number, found " + o);
        }
        return n.doubleValue();
    }
}
