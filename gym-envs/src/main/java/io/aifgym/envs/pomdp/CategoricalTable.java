package io.aifgym.envs.pomdp;

import java.util.Arrays;

/**
 * The columns of a pymdp likelihood or transition tensor, compiled for sampling: for each
 * column (one setting of the conditioning indices) the outcomes with positive probability
 * and their cumulative probabilities, stored sparsely and contiguously.
 *
 * <p>The tensor is given in pymdp's layout, outcome axis first: element {@code (o, c)} at
 * {@code data[o * numColumns + c]}, where {@code c} is the row-major index of the remaining
 * axes. A column with one positive entry is deterministic and is sampled without a draw.
 * Sampling is by inverse CDF over the positive entries (the column is normalised by its sum,
 * as JAX's {@code random.choice} does).
 */
public final class CategoricalTable {

    /** How far a column sum may be from one. */
    public static final double SUM_TOLERANCE = 1e-6;

    private final int numOutcomes;
    private final int numColumns;
    private final int[] start;
    private final int[] outcome;
    private final double[] cumulative;
    private final int[] deterministic;

    private CategoricalTable(int numOutcomes, int numColumns, int[] start, int[] outcome, double[] cumulative,
            int[] deterministic) {
        this.numOutcomes = numOutcomes;
        this.numColumns = numColumns;
        this.start = start;
        this.outcome = outcome;
        this.cumulative = cumulative;
        this.deterministic = deterministic;
    }

    /**
     * Compiles a column-stochastic tensor.
     *
     * @param data the elements, outcome axis first (row-major over {@code (numOutcomes, numColumns)})
     * @param numOutcomes the size of the outcome axis, positive
     * @param name the tensor's name for messages, e.g. {@code "B[0]"}
     * @return the compiled table
     * @throws IllegalArgumentException if an element is negative or not finite, or a column does
     *     not sum to one within {@link #SUM_TOLERANCE}
     */
    public static CategoricalTable ofColumns(double[] data, int numOutcomes, String name) {
        if (numOutcomes <= 0 || data.length % numOutcomes != 0) {
            throw new IllegalArgumentException(name + ": expected a positive outcome axis dividing " + data.length
                    + " elements, found " + numOutcomes);
        }
        int numColumns = data.length / numOutcomes;
        int[] start = new int[numColumns + 1];
        int[] det = new int[numColumns];
        int nonZero = 0;
        for (int i = 0; i < data.length; i++) {
            double p = data[i];
            if (!(p >= 0) || !Double.isFinite(p)) {
                throw new IllegalArgumentException(name + ": expected non-negative finite probabilities, found " + p
                        + " at outcome " + (i / numColumns) + ", column " + (i % numColumns));
            }
            if (p > 0) {
                nonZero++;
            }
        }
        int[] outcomes = new int[nonZero];
        double[] cdf = new double[nonZero];
        int k = 0;
        for (int c = 0; c < numColumns; c++) {
            start[c] = k;
            double total = 0;
            for (int o = 0; o < numOutcomes; o++) {
                total += data[o * numColumns + c];
            }
            if (Math.abs(total - 1.0) > SUM_TOLERANCE) {
                throw new IllegalArgumentException(name + ": expected every column to sum to 1, found " + total
                        + " in column " + c);
            }
            double running = 0;
            for (int o = 0; o < numOutcomes; o++) {
                double p = data[o * numColumns + c];
                if (p > 0) {
                    running += p;
                    outcomes[k] = o;
                    cdf[k] = running / total;
                    k++;
                }
            }
            det[c] = k - start[c] == 1 ? outcomes[k - 1] : -1;
        }
        start[numColumns] = k;
        return new CategoricalTable(numOutcomes, numColumns, start, outcomes, cdf, det);
    }

    /** @return the number of outcomes (the size of axis 0) */
    public int numOutcomes() {
        return numOutcomes;
    }

    /** @return the number of columns */
    public int numColumns() {
        return numColumns;
    }

    /**
     * The outcome of a deterministic column.
     *
     * @param column the column
     * @return its only outcome with positive probability, or -1 if the column is stochastic
     */
    public int deterministic(int column) {
        return deterministic[column];
    }

    /**
     * Samples a column by inverse CDF.
     *
     * @param column the column
     * @param u a uniform draw in {@code [0, 1)}
     * @return the first outcome whose cumulative probability exceeds {@code u}
     */
    public int sample(int column, double u) {
        int end = start[column + 1] - 1;
        for (int k = start[column]; k < end; k++) {
            if (u < cumulative[k]) {
                return outcome[k];
            }
        }
        return outcome[end];
    }

    /**
     * The probability of one outcome in one column.
     *
     * @param outcomeIndex the outcome
     * @param column the column
     * @return its probability (normalised by the column sum)
     */
    public double probability(int outcomeIndex, int column) {
        double previous = 0;
        for (int k = start[column]; k < start[column + 1]; k++) {
            if (outcome[k] == outcomeIndex) {
                return cumulative[k] - previous;
            }
            previous = cumulative[k];
        }
        return 0;
    }

    @Override
    public String toString() {
        return "CategoricalTable(" + numOutcomes + " outcomes x " + numColumns + " columns, "
                + Arrays.stream(deterministic).filter(d -> d >= 0).count() + " deterministic)";
    }
}
