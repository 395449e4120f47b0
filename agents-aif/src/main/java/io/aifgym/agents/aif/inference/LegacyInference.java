package io.aifgym.agents.aif.inference;

import io.aifgym.agents.aif.maths.FactorDot;
import io.aifgym.agents.aif.maths.Maths;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.ArrayList;
import java.util.List;

/**
 * The state inference of pymdp's legacy NumPy package and SPM, kept apart from pymdp 1.0's
 * {@link Inference} for comparisons and the reference cases of {@code shared/golden}: the
 * vanilla and factorised fixed-point iterations with their free-energy stopping rule
 * ({@code run_vanilla_fpi}, {@code run_vanilla_fpi_factorized}), marginal message passing
 * with SPM's gradient steps ({@code run_mmp}) and the legacy free energy
 * ({@code calc_free_energy}).
 *
 * <p>Everything here uses SPM's epsilon {@code ln(x + 1e-16)} instead of pymdp 1.0's clipping,
 * works on raw tensors (legacy layouts: {@code A[m]} over all factors unless a factor list is
 * given, {@code B[f]} of shape {@code (Ns, Ns, Nu)}) and takes observations as distributions
 * per modality ({@link Observations#oneHot} for indices).
 */
public final class LegacyInference {

    private static final double EPS = Maths.SPM_EPS;

    private LegacyInference() {
    }

    /**
     * The stopping rule of the legacy fixed-point iterations.
     *
     * @param numIter the most iterations
     * @param initialDF the initial free-energy change ({@code dF})
     * @param dFTolerance stop when the change falls below this ({@code dF_tol})
     * @param computeFreeEnergy whether to compute the free energy and stop early (otherwise
     *     exactly {@code numIter} iterations run)
     */
    public record FpiOptions(int numIter, double initialDF, double dFTolerance, boolean computeFreeEnergy) {

        /** The legacy defaults: 10 iterations, {@code dF = 1}, {@code dF_tol = 0.001}, early stop on. */
        public static final FpiOptions DEFAULT = new FpiOptions(10, 1.0, 0.001, true);
    }

    /**
     * The legacy free energy ({@code calc_free_energy}):
     * {@code Σ_f q_f · (ln(q_f + 1e-16) - logPrior_f) - E_q[logLikelihood]}.
     *
     * @param qs {@code [f][s]}
     * @param logPrior {@code [f][s]}, already in log space
     * @param logLikelihood the joint log-likelihood over all factors, or {@code null} to omit the accuracy
     * @return the free energy
     */
    public static double freeEnergy(double[][] qs, double[][] logPrior, DoubleTensor logLikelihood) {
        double f = 0.0;
        for (int k = 0; k < qs.length; k++) {
            for (int s = 0; s < qs[k].length; s++) {
                f += qs[k][s] * Math.log(qs[k][s] + EPS) - qs[k][s] * logPrior[k][s];
            }
        }
        if (logLikelihood != null) {
            f -= logLikelihood.rank() == 0 ? logLikelihood.unsafeData()[0]
                    : FactorDot.contractAll(logLikelihood.unsafeData(), logLikelihood.shape(), qs);
        }
        return f;
    }

    /**
     * {@code run_vanilla_fpi}: mean-field FPI on the joint log-likelihood
     * {@code ln(Π_m A[m]·o_m + 1e-16)} (every {@code A[m]} over all factors); one factor is
     * closed form; several factors update in parallel from the previous iterate until
     * {@code numIter} iterations or a free-energy change below the tolerance.
     *
     * @param A per modality {@code (No, Ns0, Ns1, ...)}
     * @param obs {@code [m][o]} observation distributions
     * @param prior {@code [f][s]}, or {@code null} for uniform
     * @param options iterations and the stopping rule
     * @return {@code qs[f][s]}
     */
    public static double[][] fpi(List<DoubleTensor> A, double[][] obs, double[][] prior, FpiOptions options) {
        int[] numStates = stateShape(A.get(0));
        int factors = numStates.length;
        double[] joint = filledOnes(Maths.product(numStates));
        for (int m = 0; m < A.size(); m++) {
            double[] l = dotLikelihood(A.get(m), obs[m]);
            for (int i = 0; i < joint.length; i++) {
                joint[i] *= l[i];
            }
        }
        for (int i = 0; i < joint.length; i++) {
            joint[i] = Math.log(joint[i] + EPS);
        }
        DoubleTensor logLikelihood = DoubleTensor.wrap(joint, numStates);
        double[][] logPrior = logPrior(prior, numStates);
        double[][] qs = uniform(numStates);
        if (factors == 1) {
            double[] q = new double[numStates[0]];
            for (int s = 0; s < q.length; s++) {
                q[s] = joint[s] + logPrior[0][s];
            }
            return new double[][] {Maths.softmax(q)};
        }
        double prevVfe = options.computeFreeEnergy() ? freeEnergy(qs, logPrior, null) : 0.0;
        double dF = options.initialDF();
        int iter = 0;
        while (iter < options.numIter() && (!options.computeFreeEnergy() || dF >= options.dFTolerance())) {
            double[][] next = new double[factors][];
            for (int f = 0; f < factors; f++) {
                double[][] vectors = qs.clone();
                vectors[f] = null;
                double[] qL = FactorDot.contract(joint, numStates, vectors);
                for (int s = 0; s < qL.length; s++) {
                    qL[s] += logPrior[f][s];
                }
                next[f] = Maths.softmax(qL);
            }
            qs = next;
            if (options.computeFreeEnergy()) {
                double vfe = freeEnergy(qs, logPrior, logLikelihood);
                dF = Math.abs(prevVfe - vfe);
                prevVfe = vfe;
            }
            iter++;
        }
        return qs;
    }

    /**
     * {@code run_vanilla_fpi_factorized} (the legacy Agent's path): per-modality
     * log-likelihoods {@code ln(A[m]·o_m + 1e-16)} over the factors of
     * {@code factorLists[m]}, summed per factor under the other factors' beliefs, all factors
     * updated in parallel; the stopping rule uses the joint sum of the log-likelihoods.
     *
     * @param A per modality {@code (No, Ns[factorLists[m]]...)}
     * @param obs {@code [m][o]} observation distributions
     * @param prior {@code [f][s]}, or {@code null} for uniform
     * @param numStates the number of states per factor
     * @param factorLists for each modality, the factors it depends on
     * @param options iterations and the stopping rule
     * @return {@code qs[f][s]}
     */
    public static double[][] fpiFactorized(List<DoubleTensor> A, double[][] obs, double[][] prior, int[] numStates,
            int[][] factorLists, FpiOptions options) {
        int factors = numStates.length;
        int modalities = A.size();
        double[][] logLikelihood = new double[modalities][];
        for (int m = 0; m < modalities; m++) {
            double[] l = dotLikelihood(A.get(m), obs[m]);
            for (int i = 0; i < l.length; i++) {
                l[i] = Math.log(l[i] + EPS);
            }
            logLikelihood[m] = l;
        }
        double[][] logPrior = logPrior(prior, numStates);
        double[][] qs = uniform(numStates);
        double prevVfe = freeEnergy(qs, logPrior, null);
        if (factors == 1) {
            double[] q = logPrior[0].clone();
            for (int m = 0; m < modalities; m++) {
                for (int s = 0; s < q.length; s++) {
                    q[s] += logLikelihood[m][s];
                }
            }
            return new double[][] {Maths.softmax(q)};
        }
        DoubleTensor joint = null;
        if (options.computeFreeEnergy()) {
            double[] j = new double[Maths.product(numStates)];
            int[] idx = new int[factors];
            for (int flat = 0; flat < j.length; flat++) {
                int rest = flat;
                for (int f = factors - 1; f >= 0; f--) {
                    idx[f] = rest % numStates[f];
                    rest /= numStates[f];
                }
                double sum = 0.0;
                for (int m = 0; m < modalities; m++) {
                    int off = 0;
                    for (int d : factorLists[m]) {
                        off = off * numStates[d] + idx[d];
                    }
                    sum += logLikelihood[m][off];
                }
                j[flat] = sum;
            }
            joint = DoubleTensor.wrap(j, numStates);
        }
        double dF = options.initialDF();
        int iter = 0;
        while (iter < options.numIter() && (!options.computeFreeEnergy() || dF >= options.dFTolerance())) {
            double[][] next = new double[factors][];
            for (int f = 0; f < factors; f++) {
                double[] qL = new double[numStates[f]];
                for (int m = 0; m < modalities; m++) {
                    int[] deps = factorLists[m];
                    int axis = Inference.indexOf(deps, f);
                    if (axis < 0) {
                        continue;
                    }
                    double[][] vectors = new double[deps.length][];
                    int[] shape = new int[deps.length];
                    for (int j = 0; j < deps.length; j++) {
                        shape[j] = numStates[deps[j]];
                        vectors[j] = j == axis ? null : qs[deps[j]];
                    }
                    double[] part = FactorDot.contract(logLikelihood[m], shape, vectors);
                    for (int s = 0; s < qL.length; s++) {
                        qL[s] += part[s];
                    }
                }
                for (int s = 0; s < qL.length; s++) {
                    qL[s] += logPrior[f][s];
                }
                next[f] = Maths.softmax(qL);
            }
            qs = next;
            if (options.computeFreeEnergy()) {
                double vfe = freeEnergy(qs, logPrior, joint);
                dF = Math.abs(prevVfe - vfe);
                prevVfe = vfe;
            }
            iter++;
        }
        return qs;
    }

    /**
     * The result of {@link #mmp}.
     *
     * @param qsSeq {@code [t][f][s]} over the inference window (past and future)
     * @param freeEnergy the free energy accumulated in the last iteration
     */
    public record MmpResult(double[][][] qsSeq, double freeEnergy) {
    }

    /**
     * Options of {@link #mmp} ({@code run_mmp}'s keyword arguments).
     *
     * @param numIter the number of iterations
     * @param gradDescent gradient steps (SPM) instead of the fixed-point solution
     * @param tau the gradient step size
     * @param lastTimestep whether this is the last step of the trial (the window is one shorter)
     */
    public record MmpOptions(int numIter, boolean gradDescent, double tau, boolean lastTimestep) {

        /** The legacy defaults: 10 iterations, gradient steps with {@code tau = 0.25}. */
        public static final MmpOptions DEFAULT = new MmpOptions(10, true, 0.25, false);
    }

    /**
     * The legacy {@code run_mmp}: marginal message passing over a window of past
     * observations and a future policy, updating time points and factors in place (SPM's
     * {@code spm_MDP_VB_X} scheme).
     *
     * @param likelihoodSeq per past step, the joint likelihood over all factors (not logged)
     * @param B per factor {@code (Ns, Ns, Nu)}
     * @param policy {@code (L, F)} future actions
     * @param prevActions {@code (past - 1, F)} past actions, or {@code null}
     * @param prior {@code [f][s]} for the first window step, or {@code null} for uniform
     * @param options iterations, gradient steps, step size, last-step flag
     * @return the window beliefs and the free energy
     */
    public static MmpResult mmp(List<DoubleTensor> likelihoodSeq, List<DoubleTensor> B, int[][] policy,
            int[][] prevActions, double[][] prior, MmpOptions options) {
        return mmp(likelihoodSeq, B, policy, prevActions, prior, options, false).result();
    }

    /**
     * What {@link #mmpTrace} records besides the result (the legacy {@code _run_mmp_testing},
     * used to compare with SPM's {@code spm_MDP_VB_X}).
     *
     * @param result the window beliefs and the free energy, as {@link #mmp} returns them
     * @param beliefs {@code [iteration][f][s][t]}: each belief right after its update
     * @param errors {@code [iteration][f][s][t]}: each update's prediction error minus its mean
     *     ({@code err - mean(err)}); zeros without gradient steps
     */
    public record MmpTrace(MmpResult result, double[][][][] beliefs, double[][][][] errors) {
    }

    /**
     * {@link #mmp} recording, at every iteration, each window belief after its update and the
     * centred prediction error that drove it (the legacy {@code _run_mmp_testing}).
     *
     * @param likelihoodSeq per past step, the joint likelihood over all factors (not logged)
     * @param B per factor {@code (Ns, Ns, Nu)}
     * @param policy {@code (L, F)} future actions
     * @param prevActions {@code (past - 1, F)} past actions, or {@code null}
     * @param prior {@code [f][s]} for the first window step, or {@code null} for uniform
     * @param options iterations, gradient steps, step size, last-step flag
     * @return the result and the per-iteration beliefs and errors
     */
    public static MmpTrace mmpTrace(List<DoubleTensor> likelihoodSeq, List<DoubleTensor> B, int[][] policy,
            int[][] prevActions, double[][] prior, MmpOptions options) {
        return mmp(likelihoodSeq, B, policy, prevActions, prior, options, true);
    }

    private static MmpTrace mmp(List<DoubleTensor> likelihoodSeq, List<DoubleTensor> B, int[][] policy,
            int[][] prevActions, double[][] prior, MmpOptions options, boolean trace) {
        int factors = B.size();
        int[] numStates = new int[factors];
        for (int f = 0; f < factors; f++) {
            numStates[f] = B.get(f).dim(0);
        }
        int pastLen = likelihoodSeq.size();
        int futureLen = policy.length;
        int inferLen = options.lastTimestep() ? pastLen + futureLen - 1 : pastLen + futureLen;
        int futureCutoff = pastLen + futureLen - 2;
        double[][][] qsSeq = new double[inferLen][][];
        for (int t = 0; t < inferLen; t++) {
            qsSeq[t] = uniform(numStates);
        }
        double[][] priorProbs = prior == null ? uniform(numStates) : prior;
        // transposed transitions, column-normalised after adding eps: transB[f][u] flat (prev, next)
        double[][][] trans = new double[factors][][];
        double[][][] forward = new double[factors][][];
        for (int f = 0; f < factors; f++) {
            int ns = numStates[f];
            int nu = B.get(f).dim(2);
            double[] d = B.get(f).unsafeData();
            trans[f] = new double[nu][ns * ns];
            forward[f] = new double[nu][ns * ns];
            for (int u = 0; u < nu; u++) {
                for (int next = 0; next < ns; next++) {
                    for (int prev = 0; prev < ns; prev++) {
                        double v = d[(next * ns + prev) * nu + u];
                        forward[f][u][next * ns + prev] = v;
                        trans[f][u][prev * ns + next] = v + EPS;
                    }
                }
                for (int next = 0; next < ns; next++) {
                    double sum = 0.0;
                    for (int prev = 0; prev < ns; prev++) {
                        sum += trans[f][u][prev * ns + next];
                    }
                    for (int prev = 0; prev < ns; prev++) {
                        trans[f][u][prev * ns + next] /= sum;
                    }
                }
            }
        }
        int[][] actions = policy;
        if (prevActions != null) {
            actions = new int[prevActions.length + policy.length][];
            System.arraycopy(prevActions, 0, actions, 0, prevActions.length);
            System.arraycopy(policy, 0, actions, prevActions.length, policy.length);
        }
        double[][] logPriorQuirk = priorProbs; // the legacy bug: probabilities passed as a log prior
        double freeEnergy = 0.0;
        double[][][][] xn = trace ? new double[options.numIter()][factors][][] : null;
        double[][][][] vn = trace ? new double[options.numIter()][factors][][] : null;
        for (int it = 0; it < options.numIter(); it++) {
            freeEnergy = 0.0;
            if (trace) {
                for (int f = 0; f < factors; f++) {
                    xn[it][f] = new double[numStates[f]][inferLen];
                    vn[it][f] = new double[numStates[f]][inferLen];
                }
            }
            for (int t = 0; t < inferLen; t++) {
                for (int f = 0; f < factors; f++) {
                    int ns = numStates[f];
                    double[] lnA = new double[ns];
                    if (t < pastLen) {
                        double[][] vectors = qsSeq[t].clone();
                        vectors[f] = null;
                        double[] l = FactorDot.contract(likelihoodSeq.get(t).unsafeData(), numStates, vectors);
                        for (int s = 0; s < ns; s++) {
                            lnA[s] = Math.log(l[s] + EPS);
                        }
                    }
                    double[] lnPast = new double[ns];
                    if (t == 0) {
                        for (int s = 0; s < ns; s++) {
                            lnPast[s] = Math.log(priorProbs[f][s] + EPS);
                        }
                    } else {
                        double[] msg = new double[ns];
                        FactorDot.matVec(forward[f][actions[t - 1][f]], 0, ns, ns, qsSeq[t - 1][f], msg);
                        for (int s = 0; s < ns; s++) {
                            lnPast[s] = Math.log(msg[s] + EPS);
                        }
                    }
                    double[] lnFuture = new double[ns];
                    if (t < futureCutoff) {
                        double[] msg = new double[ns];
                        FactorDot.matVec(trans[f][actions[t][f]], 0, ns, ns, qsSeq[t + 1][f], msg);
                        for (int s = 0; s < ns; s++) {
                            lnFuture[s] = Math.log(msg[s] + EPS);
                        }
                    }
                    if (options.gradDescent()) {
                        double[] sx = qsSeq[t][f];
                        double coeff = t >= futureCutoff ? 1.0 : 2.0;
                        double[] lnqs = new double[ns];
                        double[] err = new double[ns];
                        double mean = 0.0;
                        for (int s = 0; s < ns; s++) {
                            lnqs[s] = Math.log(sx[s] + EPS);
                            err[s] = (coeff * lnA[s] + lnPast[s] + lnFuture[s]) - coeff * lnqs[s];
                            mean += err[s];
                        }
                        mean /= ns;
                        double[] updated = new double[ns];
                        for (int s = 0; s < ns; s++) {
                            updated[s] = lnqs[s] + options.tau() * (err[s] - mean);
                        }
                        qsSeq[t][f] = Maths.softmax(updated);
                        if (trace) {
                            for (int s = 0; s < ns; s++) {
                                xn[it][f][s][t] = qsSeq[t][f][s];
                                vn[it][f][s][t] = err[s] - mean;
                            }
                        }
                        double contribution = 0.0;
                        boolean edge = t == 0 || t == inferLen - 1;
                        for (int s = 0; s < ns; s++) {
                            double e = edge ? 0.5 * err[s] : 0.5 * (err[s] - (factors - 1) * lnA[s] / factors);
                            contribution += sx[s] * e;
                        }
                        freeEnergy += contribution;
                    } else {
                        double[] v = new double[ns];
                        for (int s = 0; s < ns; s++) {
                            v[s] = lnA[s] + lnPast[s] + lnFuture[s];
                        }
                        qsSeq[t][f] = Maths.softmax(v);
                    }
                }
                if (!options.gradDescent()) {
                    DoubleTensor ll = null;
                    if (t < pastLen) {
                        double[] l = likelihoodSeq.get(t).data();
                        for (int i = 0; i < l.length; i++) {
                            l[i] = Math.log(l[i] + EPS);
                        }
                        ll = DoubleTensor.wrap(l, numStates);
                    }
                    freeEnergy += freeEnergy(qsSeq[t], logPriorQuirk, ll);
                }
            }
        }
        return new MmpTrace(new MmpResult(qsSeq, freeEnergy), xn, vn);
    }

    /**
     * The legacy joint likelihood of one observation ({@code get_joint_likelihood}):
     * {@code Π_m A[m]·o_m} over all factors.
     *
     * @param A per modality {@code (No, Ns0, Ns1, ...)}
     * @param obs {@code [m][o]}
     * @return the likelihood over the joint states, shape {@code (Ns0, Ns1, ...)}
     */
    public static DoubleTensor jointLikelihood(List<DoubleTensor> A, double[][] obs) {
        int[] numStates = stateShape(A.get(0));
        double[] joint = filledOnes(Maths.product(numStates));
        for (int m = 0; m < A.size(); m++) {
            double[] l = dotLikelihood(A.get(m), obs[m]);
            for (int i = 0; i < joint.length; i++) {
                joint[i] *= l[i];
            }
        }
        return DoubleTensor.wrap(joint, numStates);
    }

    /**
     * {@code dot_likelihood}: {@code L[s...] = Σ_o obs[o] A[o, s...]}.
     *
     * @param A a likelihood tensor
     * @param obs an outcome distribution
     * @return the likelihood over the parent states (flat)
     */
    public static double[] dotLikelihood(DoubleTensor A, double[] obs) {
        int rows = A.dim(0);
        if (obs.length != rows) {
            throw new IllegalArgumentException("obs: expected " + rows + " outcome probabilities, found " + obs.length);
        }
        double[] out = new double[A.size() / rows];
        FactorDot.vecMat(obs, A.unsafeData(), 0, rows, out.length, out);
        return out;
    }

    private static int[] stateShape(DoubleTensor a) {
        int[] shape = a.shape();
        int[] out = new int[shape.length - 1];
        System.arraycopy(shape, 1, out, 0, out.length);
        return out;
    }

    private static double[][] logPrior(double[][] prior, int[] numStates) {
        double[][] p = prior == null ? uniform(numStates) : prior;
        List<double[]> out = new ArrayList<>();
        for (double[] v : p) {
            double[] l = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                l[i] = Math.log(v[i] + EPS);
            }
            out.add(l);
        }
        return out.toArray(new double[0][]);
    }

    private static double[][] uniform(int[] numStates) {
        double[][] out = new double[numStates.length][];
        for (int f = 0; f < numStates.length; f++) {
            out[f] = Maths.uniform(numStates[f]);
        }
        return out;
    }

    private static double[] filledOnes(int n) {
        double[] out = new double[n];
        java.util.Arrays.fill(out, 1.0);
        return out;
    }
}
