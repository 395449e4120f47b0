package io.aifgym.gym.space;

import io.aifgym.gym.random.Key;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Real vectors with per-element bounds, as Gymnasium's {@code Box} (flat, row-major; the
 * shape is descriptive). Bounds may be infinite; {@link #sample} then draws from a standard
 * normal (both unbounded), or an exponential shifted to the finite bound.
 */
public final class Box implements Space<double[]> {

    private final double[] low;
    private final double[] high;
    private final int[] shape;

    /**
     * A box with the given bounds and shape.
     *
     * @param low lower bounds, copied
     * @param high upper bounds, copied, each {@code >= low}
     * @param shape the shape whose product is the number of elements
     */
    public Box(double[] low, double[] high, int... shape) {
        if (low.length != high.length) {
            throw new IllegalArgumentException("Box.high: expected " + low.length + " bounds like low, found "
                    + high.length);
        }
        long size = 1;
        for (int s : shape) {
            if (s <= 0) {
                throw new IllegalArgumentException("Box.shape: expected positive sizes, found " + Arrays.toString(shape));
            }
            size *= s;
        }
        if (size != low.length) {
            throw new IllegalArgumentException("Box.shape: expected a shape with " + low.length + " elements, found "
                    + Arrays.toString(shape));
        }
        for (int i = 0; i < low.length; i++) {
            if (Double.isNaN(low[i]) || Double.isNaN(high[i]) || low[i] > high[i]) {
                throw new IllegalArgumentException("Box bounds[" + i + "]: expected low <= high, found low "
                        + low[i] + ", high " + high[i]);
            }
        }
        this.low = low.clone();
        this.high = high.clone();
        this.shape = shape.clone();
    }

    /**
     * A flat box with the same bounds for every element.
     *
     * @param low lower bound
     * @param high upper bound
     * @param size number of elements
     * @return the box
     */
    public static Box of(double low, double high, int size) {
        double[] lo = new double[size];
        double[] hi = new double[size];
        Arrays.fill(lo, low);
        Arrays.fill(hi, high);
        return new Box(lo, hi, size);
    }

    /** @return a copy of the lower bounds */
    public double[] low() {
        return low.clone();
    }

    /** @return a copy of the upper bounds */
    public double[] high() {
        return high.clone();
    }

    /** @return a copy of the shape */
    public int[] shape() {
        return shape.clone();
    }

    @Override
    public double[] sample(Key key) {
        UniformRandomProvider g = key.generator();
        double[] out = new double[low.length];
        for (int i = 0; i < out.length; i++) {
            boolean lo = Double.isFinite(low[i]);
            boolean hi = Double.isFinite(high[i]);
            if (lo && hi) {
                out[i] = between(low[i], high[i], g.nextDouble());
            } else if (low[i] == high[i]) {
                out[i] = low[i]; // the degenerate [-inf, -inf] or [inf, inf]
            } else if (lo) {
                out[i] = low[i] - Math.log1p(-g.nextDouble());
            } else if (hi) {
                out[i] = high[i] + Math.log1p(-g.nextDouble());
            } else {
                out[i] = normal(g);
            }
        }
        return out;
    }

    /**
     * {@code low + (high - low) u}, kept inside the bounds: where the width overflows (bounds
     * near {@code ±Double.MAX_VALUE}) the convex combination {@code low (1 - u) + high u} is
     * used instead, and rounding never leaves {@code [low, high]}.
     */
    private static double between(double low, double high, double u) {
        double width = high - low;
        double v = Double.isFinite(width) ? low + width * u : low * (1 - u) + high * u;
        return Math.max(low, Math.min(high, v));
    }

    private static double normal(UniformRandomProvider g) {
        double u1 = 1.0 - g.nextDouble();
        double u2 = g.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    @Override
    public boolean contains(Object value) {
        if (!(value instanceof double[] v) || v.length != low.length) {
            return false;
        }
        for (int i = 0; i < v.length; i++) {
            if (!(v[i] >= low[i] && v[i] <= high[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public long cardinality() {
        return -1;
    }

    @Override
    public int indexOf(double[] value) {
        throw new UnsupportedOperationException(describe() + " is continuous and has no index");
    }

    @Override
    public double[] valueAt(int index) {
        throw new UnsupportedOperationException(describe() + " is continuous and has no index");
    }

    @Override
    public int flatDim() {
        return low.length;
    }

    @Override
    public double[] flatten(double[] value) {
        return require(value, "value").clone();
    }

    @Override
    public String describe() {
        return "Box(shape " + Arrays.toString(shape) + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Box b && Arrays.equals(b.low, low) && Arrays.equals(b.high, high)
                && Arrays.equals(b.shape, shape);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(low) + Arrays.hashCode(high);
    }

    @Override
    public String toString() {
        return describe();
    }
}
