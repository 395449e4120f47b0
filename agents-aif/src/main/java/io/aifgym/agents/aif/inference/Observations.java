package io.aifgym.agents.aif.inference;

import io.aifgym.agents.aif.maths.Maths;

/**
 * Conversions of discrete observations to the distributional form inference works on (pymdp's
 * {@code process_obs}/{@code make_categorical}): index {@code o} of modality {@code m} becomes
 * {@code onehot(o, No[m])}, and an index outside {@code [0, No[m])} (pymdp's padding -1)
 * becomes the all-zero vector, which carries no evidence.
 *
 * <p>Layouts: one step {@code obs[m][o]}; a sequence {@code obs[m][t][o]}.
 */
public final class Observations {

    private Observations() {
    }

    /**
     * One observation per modality as one-hot vectors.
     *
     * @param indices one outcome index per modality (-1: no evidence)
     * @param numObs the number of outcomes per modality
     * @return {@code obs[m][o]}
     */
    public static double[][] oneHot(int[] indices, int[] numObs) {
        requireModalities(indices.length, numObs);
        double[][] out = new double[indices.length][];
        for (int m = 0; m < indices.length; m++) {
            out[m] = Maths.oneHot(indices[m], numObs[m]);
        }
        return out;
    }

    /**
     * A sequence of observations per modality as one-hot vectors.
     *
     * @param indices {@code indices[m][t]}: the outcome of modality {@code m} at time {@code t}
     * @param numObs the number of outcomes per modality
     * @return {@code obs[m][t][o]}
     */
    public static double[][][] oneHotSequence(int[][] indices, int[] numObs) {
        requireModalities(indices.length, numObs);
        double[][][] out = new double[indices.length][][];
        for (int m = 0; m < indices.length; m++) {
            out[m] = new double[indices[m].length][];
            for (int t = 0; t < indices[m].length; t++) {
                out[m][t] = Maths.oneHot(indices[m][t], numObs[m]);
            }
        }
        return out;
    }

    /**
     * A single step as a sequence of length 1.
     *
     * @param obs {@code obs[m][o]}
     * @return {@code obs[m][0][o]}
     */
    public static double[][][] asSequence(double[][] obs) {
        double[][][] out = new double[obs.length][1][];
        for (int m = 0; m < obs.length; m++) {
            out[m][0] = obs[m];
        }
        return out;
    }

    /**
     * The last step of a sequence (what one-step methods use, spec 4.1).
     *
     * @param obs {@code obs[m][t][o]}, every modality with at least one step
     * @return {@code obs[m][T-1][o]}
     */
    public static double[][] last(double[][][] obs) {
        double[][] out = new double[obs.length][];
        for (int m = 0; m < obs.length; m++) {
            if (obs[m].length == 0) {
                throw new IllegalArgumentException("obs[" + m + "]: expected at least one time step, found none");
            }
            out[m] = obs[m][obs[m].length - 1];
        }
        return out;
    }

    private static void requireModalities(int n, int[] numObs) {
        if (n != numObs.length) {
            throw new IllegalArgumentException("observations: expected one per modality (" + numObs.length
                    + "), found " + n);
        }
    }
}
