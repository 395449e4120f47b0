package io.aifgym.gym.space;

import io.aifgym.gym.random.Key;
import java.util.ArrayList;
import java.util.List;

/**
 * A batch of {@code n} values of one space: the observation or action space of a vector
 * env (Gymnasium's {@code batch_space}). Values are lists of length {@code n}.
 *
 * @param element the space of one value
 * @param n the batch size, positive
 * @param <T> the element type
 */
public record Batch<T>(Space<T> element, int n) implements Space<List<T>> {

    /** Validates the batch. */
    public Batch {
        if (element == null) {
            throw new NullPointerException("Batch.element");
        }
        if (n <= 0) {
            throw new IllegalArgumentException("Batch.n: expected a positive batch size, found " + n);
        }
    }

    @Override
    public List<T> sample(Key key) {
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(element.sample(key.child(i)));
        }
        return List.copyOf(out);
    }

    @Override
    public boolean contains(Object value) {
        if (!(value instanceof List<?> list) || list.size() != n) {
            return false;
        }
        for (Object v : list) {
            if (!element.contains(v)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public long cardinality() {
        long c = element.cardinality();
        if (c < 0) {
            return -1;
        }
        try {
            long total = 1;
            for (int i = 0; i < n; i++) {
                total = Math.multiplyExact(total, c);
            }
            return total;
        } catch (ArithmeticException e) {
            throw new ArithmeticException(describe() + " has more values than a long can count");
        }
    }

    @Override
    public int indexOf(List<T> value) {
        throw new UnsupportedOperationException(describe() + ": index the elements instead");
    }

    @Override
    public List<T> valueAt(int index) {
        throw new UnsupportedOperationException(describe() + ": index the elements instead");
    }

    @Override
    public int flatDim() {
        return n * element.flatDim();
    }

    @Override
    public double[] flatten(List<T> value) {
        require(value, "value");
        int d = element.flatDim();
        double[] out = new double[n * d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(element.flatten(value.get(i)), 0, out, i * d, d);
        }
        return out;
    }

    @Override
    public String describe() {
        return "Batch(" + n + " x " + element.describe() + ")";
    }
}
