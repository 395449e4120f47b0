package io.aifgym.agents.aif.control;

import java.util.Objects;

/**
 * Which terms make up the negative expected free energy of a policy, and in which form
 * (spec section 5.2). {@link #DEFAULT} is pymdp 1.0's {@code Agent} default (utility and state
 * information gain, raw preferences, exact novelty); {@link #LEGACY} is the legacy NumPy
 * package's factorised agent.
 *
 * @param useUtility include the expected utility {@code Σ_m qo_m · c_m}
 * @param useStatesInfoGain include the state information gain (salience)
 * @param useParamInfoGain include the parameter information gain (novelty) of whichever of
 *     {@code pA} and {@code pB} the model has
 * @param useInductive include the inductive value (spec 5.6; needs the model's {@code I})
 * @param preferences how {@code C} enters the utility
 * @param stateInfoGain which mutual information scores salience
 * @param novelty which Dirichlet weights score novelty
 * @param inductiveEpsilon the inductive penalty is {@code ln max(inductiveEpsilon, 2.22e-16)}
 *     per unit of predicted mass off the goal path; positive
 */
public record EfeOptions(boolean useUtility, boolean useStatesInfoGain, boolean useParamInfoGain,
        boolean useInductive, PreferenceForm preferences, StateInfoGainForm stateInfoGain, NoveltyForm novelty,
        double inductiveEpsilon) {

    /** pymdp 1.0's defaults: utility and state information gain on, raw C, exact novelty, epsilon 1e-3. */
    public static final EfeOptions DEFAULT = new EfeOptions(true, true, false, false, PreferenceForm.RAW,
            StateInfoGainForm.PER_MODALITY, NoveltyForm.EXACT, 1e-3);

    /** The legacy factorised agent: ln softmax C, per-modality {@code spm_MDP_G}, SPM novelty weights. */
    public static final EfeOptions LEGACY = new EfeOptions(true, true, false, false, PreferenceForm.LOG_SOFTMAX,
            StateInfoGainForm.SPM_PER_MODALITY, NoveltyForm.SPM, 1e-3);

    /** Checks the forms and the epsilon. */
    public EfeOptions {
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(stateInfoGain, "stateInfoGain");
        Objects.requireNonNull(novelty, "novelty");
        if (!(inductiveEpsilon > 0.0) || Double.isInfinite(inductiveEpsilon)) {
            throw new IllegalArgumentException("inductiveEpsilon: expected a positive finite number, found "
                    + inductiveEpsilon);
        }
    }

    /**
     * The same options with the four term switches replaced.
     *
     * @param utility include the utility
     * @param statesInfoGain include the state information gain
     * @param paramInfoGain include the parameter information gain
     * @param inductive include the inductive value
     * @return the new options
     */
    public EfeOptions withTerms(boolean utility, boolean statesInfoGain, boolean paramInfoGain, boolean inductive) {
        return new EfeOptions(utility, statesInfoGain, paramInfoGain, inductive, preferences, stateInfoGain, novelty,
                inductiveEpsilon);
    }

    /**
     * @param form the preference form
     * @return the same options with that form
     */
    public EfeOptions withPreferences(PreferenceForm form) {
        return new EfeOptions(useUtility, useStatesInfoGain, useParamInfoGain, useInductive, form, stateInfoGain,
                novelty, inductiveEpsilon);
    }

    /**
     * @param form the state information gain form
     * @return the same options with that form
     */
    public EfeOptions withStateInfoGain(StateInfoGainForm form) {
        return new EfeOptions(useUtility, useStatesInfoGain, useParamInfoGain, useInductive, preferences, form,
                novelty, inductiveEpsilon);
    }

    /**
     * @param form the novelty weights
     * @return the same options with those weights
     */
    public EfeOptions withNovelty(NoveltyForm form) {
        return new EfeOptions(useUtility, useStatesInfoGain, useParamInfoGain, useInductive, preferences,
                stateInfoGain, form, inductiveEpsilon);
    }

    /**
     * @param epsilon the inductive epsilon
     * @return the same options with that epsilon
     */
    public EfeOptions withInductiveEpsilon(double epsilon) {
        return new EfeOptions(useUtility, useStatesInfoGain, useParamInfoGain, useInductive, preferences,
                stateInfoGain, novelty, epsilon);
    }
}
