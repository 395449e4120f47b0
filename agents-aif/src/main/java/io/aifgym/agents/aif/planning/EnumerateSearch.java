package io.aifgym.agents.aif.planning;

import io.aifgym.agents.aif.control.EfeModel;
import io.aifgym.agents.aif.control.ExpectedFreeEnergy;
import io.aifgym.agents.aif.control.PlanningModel;
import io.aifgym.agents.aif.control.Policies;
import io.aifgym.agents.aif.control.PolicyInference;
import io.aifgym.agents.aif.control.PolicyPrior;
import io.aifgym.agents.aif.control.StateInfoGainForm;
import io.aifgym.agents.aif.maths.Maths;
import java.util.Locale;

/**
 * Policy enumeration (spec 5) behind the {@link PolicySearch} interface: the policies are every
 * sequence of {@code policyLen} joint actions, scored by the fast planner of the control
 * package (or, for the legacy SPM information-gain forms, the policy-by-policy reference).
 */
final class EnumerateSearch {

    /** The largest policy space accepted, in policy entries {@code P · L · F}. */
    static final long MAX_POLICY_ENTRIES = 1L << 26;

    private EnumerateSearch() {
    }

    static SearchResult run(PolicySearch.Enumerate config, SearchInput input) {
        Policies actions = input.actions();
        int length = config.policyLen();
        Policies policies = policies(actions, length);
        EfeModel efe = EfeModel.of(input.model()).withInductive(input.inductive());
        double[][] qs = input.qs();
        double[] negEfe;
        PolicyInference inference = PolicyInference.of(policies);
        if (input.options().useStatesInfoGain() && input.options().stateInfoGain() != StateInfoGainForm.PER_MODALITY) {
            negEfe = ExpectedFreeEnergy.negEfe(efe, qs, policies, input.options());
        } else {
            negEfe = inference.negEfe(PlanningModel.compile(efe, input.options()), qs);
        }
        double[] q = PolicyPrior.of(input.gamma(), input.model().eData()).posterior(negEfe);
        int best = Maths.argmax(q);
        int[][] plan = policies.policy(best);
        double[][][] beliefs = new double[length][][];
        double[][] current = qs;
        int[][] bDeps = input.model().bDependencies();
        for (int t = 0; t < length; t++) {
            current = ExpectedFreeEnergy.expectedStates(current, input.model().B(), bDeps, plan[t]);
            beliefs[t] = current;
        }
        SearchStats stats = new SearchStats(inference.nodeCount(), inference.nodeCount(), policies.count(), length, 0,
                false, false, false, 0, 0, 0, 0, false, 0);
        return new SearchResult(PolicySearch.Kind.ENUMERATE, q, policies, negEfe, plan, beliefs, stats, null);
    }

    /** Every sequence of {@code length} joint actions, the last step fastest; refuses a space too large to hold. */
    static Policies policies(Policies actions, int length) {
        int p = actions.count();
        int f = actions.numFactors();
        double count = Math.pow(p, length);
        double entries = count * length * f;
        if (entries > MAX_POLICY_ENTRIES) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "policyLen: expected a policy space of at most %,d entries (policies x steps x factors), found "
                            + "%d^%d = %.4g policies x %d steps x %d factors = %.4g entries",
                    MAX_POLICY_ENTRIES, p, length, count, length, f, entries));
        }
        if (length == 1) {
            return actions;
        }
        int total = (int) count;
        int[][][] out = new int[total][length][];
        int[] digits = new int[length];
        for (int i = 0; i < total; i++) {
            for (int t = 0; t < length; t++) {
                out[i][t] = actions.actions(digits[t], 0);
            }
            for (int t = length - 1; t >= 0; t--) {
                if (++digits[t] < p) {
                    break;
                }
                digits[t] = 0;
            }
        }
        return Policies.of(out, actions.numControls());
    }
}
