package io.aifgym.gym.space;

import io.aifgym.gym.random.Key;

/**
 * The integers {@code 0 .. n-1}, as Gymnasium's {@code Discrete(n)} with start 0.
 *
 * @param n the number of values, positive
 */
public record Discrete(int n) implements Space<Integer> {

    /** Validates {@code n}. */
    public Discrete {
        if (n <= 0) {
            throw new IllegalArgumentException("Discrete.n: expected a positive number of values, found " + n);
        }
    }

    @Override
    public Integer sample(Key key) {
        return key.nextInt(n);
    }

    @Override
    public boolean contains(Object value) {
        return value instanceof Integer i && i >= 0 && i < n;
    }

    @Override
    public long cardinality() {
        return n;
    }

    @Override
    public int indexOf(Integer value) {
        return require(value, "value");
    }

    @Override
    public Integer valueAt(int index) {
        return require(index, "index");
    }

    @Override
    public int flatDim() {
        return n;
    }

    @Override
    public double[] flatten(Integer value) {
        double[] out = new double[n];
        out[indexOf(value)] = 1.0;
        return out;
    }

    @Override
    public String describe() {
        return "Discrete(" + n + ")";
    }
}
