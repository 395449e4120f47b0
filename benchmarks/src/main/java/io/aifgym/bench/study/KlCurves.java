package io.aifgym.bench.study;

import java.util.Arrays;

/**
 * A divergence from the truth after every block for every agent of a group: value
 * {@code [block][agent]}, immutable.
 */
public final class KlCurves {

    private final double[][] values;

    /**
     * Copies the values.
     *
     * @param values {@code [block][agent]}, rectangular, at least one block and one agent
     * @throws IllegalArgumentException if the array is empty or ragged
     */
    public KlCurves(double[][] values) {
        if (values.length == 0 || values[0].length == 0) {
            throw new IllegalArgumentException("values: expected at least one block and one agent, found "
                    + values.length + " blocks");
        }
        this.values = new double[values.length][];
        for (int b = 0; b < values.length; b++) {
            if (values[b].length != values[0].length) {
                throw new IllegalArgumentException("values: expected " + values[0].length + " agents in every block, "
                        + "found " + values[b].length + " in block " + b);
            }
            this.values[b] = values[b].clone();
        }
    }

    /** @return the number of blocks */
    public int blocks() {
        return values.length;
    }

    /** @return the number of agents */
    public int agents() {
        return values[0].length;
    }

    /**
     * One value.
     *
     * @param block the block, from 0
     * @param agent the agent, from 0
     * @return the divergence after that block
     */
    public double value(int block, int agent) {
        return values[block][agent];
    }

    /**
     * The group mean after a block.
     *
     * @param block the block, from 0
     * @return the mean over agents
     */
    public double mean(int block) {
        double sum = 0;
        for (double v : values[block]) {
            sum += v;
        }
        return sum / values[block].length;
    }

    /** @return the group mean after every block */
    public double[] means() {
        double[] out = new double[blocks()];
        for (int b = 0; b < out.length; b++) {
            out[b] = mean(b);
        }
        return out;
    }

    /**
     * One agent's curve.
     *
     * @param agent the agent
     * @return its divergence after every block
     */
    public double[] agent(int agent) {
        double[] out = new double[blocks()];
        for (int b = 0; b < out.length; b++) {
            out[b] = values[b][agent];
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KlCurves k && Arrays.deepEquals(values, k.values);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(values);
    }
}
