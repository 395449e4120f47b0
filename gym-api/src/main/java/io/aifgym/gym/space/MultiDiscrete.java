package io.aifgym.gym.space;

import io.aifgym.gym.random.Key;
import java.util.Arrays;

/**
 * Integer vectors whose component {@code i} is in {@code 0 .. nvec[i]-1}, as Gymnasium's
 * {@code MultiDiscrete}. pymdp's observations (one index per modality) and actions (one per
 * control factor) live in such spaces.
 */
public final class MultiDiscrete implements Space<int[]> {

    private final int[] nvec;

    /**
     * A space with the given number of values per component.
     *
     * @param nvec the sizes, each positive; copied
     */
    public MultiDiscrete(int... nvec) {
        if (nvec.length == 0) {
            throw new IllegalArgumentException("MultiDiscrete.nvec: expected at least one component, found none");
        }
        for (int i = 0; i < nvec.length; i++) {
            if (nvec[i] <= 0) {
                throw new IllegalArgumentException("MultiDiscrete.nvec[" + i + "]: expected a positive size, found "
                        + nvec[i]);
            }
        }
        this.nvec = nvec.clone();
    }

    /**
     * The sizes.
     *
     * @return a copy of the sizes
     */
    public int[] nvec() {
        return nvec.clone();
    }

    /**
     * The number of components.
     *
     * @return the length of the vectors
     */
    public int length() {
        return nvec.length;
    }

    /**
     * The size of one component.
     *
     * @param i the component
     * @return its number of values
     */
    public int size(int i) {
        return nvec[i];
    }

    @Override
    public int[] sample(Key key) {
        int[] out = new int[nvec.length];
        for (int i = 0; i < nvec.length; i++) {
            out[i] = key.child(i).nextInt(nvec[i]);
        }
        return out;
    }

    @Override
    public boolean contains(Object value) {
        if (!(value instanceof int[] v) || v.length != nvec.length) {
            return false;
        }
        for (int i = 0; i < v.length; i++) {
            if (v[i] < 0 || v[i] >= nvec[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public long cardinality() {
        try {
            long c = 1;
            for (int n : nvec) {
                c = Math.multiplyExact(c, n);
            }
            return c;
        } catch (ArithmeticException e) {
            throw new ArithmeticException(describe() + " has more values than a long can count");
        }
    }

    @Override
    public int indexOf(int[] value) {
        require(value, "value");
        if (cardinality() > Integer.MAX_VALUE) {
            throw new UnsupportedOperationException(describe() + " has more values than an int index can address");
        }
        int index = 0;
        for (int i = 0; i < nvec.length; i++) {
            index = index * nvec[i] + value[i];
        }
        return index;
    }

    @Override
    public int[] valueAt(int index) {
        long card = cardinality();
        if (index < 0 || index >= card) {
            throw new IllegalArgumentException("index: expected an index in [0, " + card + "), found " + index);
        }
        int[] out = new int[nvec.length];
        int rest = index;
        for (int i = nvec.length - 1; i >= 0; i--) {
            out[i] = rest % nvec[i];
            rest /= nvec[i];
        }
        return out;
    }

    @Override
    public int flatDim() {
        int d = 0;
        for (int n : nvec) {
            d += n;
        }
        return d;
    }

    @Override
    public double[] flatten(int[] value) {
        require(value, "value");
        double[] out = new double[flatDim()];
        int offset = 0;
        for (int i = 0; i < nvec.length; i++) {
            out[offset + value[i]] = 1.0;
            offset += nvec[i];
        }
        return out;
    }

    @Override
    public String describe() {
        return "MultiDiscrete(" + Arrays.toString(nvec) + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MultiDiscrete m && Arrays.equals(m.nvec, nvec);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(nvec);
    }

    @Override
    public String toString() {
        return describe();
    }
}
