package io.aifgym.gym.testkit.golden;

import io.aifgym.gym.tensor.DoubleTensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares an implementation's outputs with a case's expected values: every expected key must
 * be produced, lengths must match at every level, and every number must be within
 * {@code atol}. Produced values may be numbers, booleans, {@code double[]}, {@code int[]},
 * {@code long[]}, {@code boolean[]}, {@link DoubleTensor}s (compared in C order against the
 * nested expected lists), or lists of these.
 */
public final class GoldenComparison {

    private GoldenComparison() {
    }

    /**
     * The outcome of a comparison.
     *
     * @param passed whether every expected value matched
     * @param maxError the largest absolute error found over all compared numbers
     * @param where the location of the largest error (or of the first structural problem)
     * @param problem the first structural problem (missing key, length mismatch), or null
     */
    public record Outcome(boolean passed, double maxError, String where, String problem) {
    }

    /**
     * Compares outputs with expected values.
     *
     * @param expected the case's expected map
     * @param produced the implementation's outputs
     * @param atol the tolerance
     * @return the outcome
     */
    public static Outcome compare(Map<String, Object> expected, Map<String, Object> produced, double atol) {
        State st = new State();
        for (Map.Entry<String, Object> e : expected.entrySet()) {
            if (!produced.containsKey(e.getKey())) {
                st.problem("missing output '" + e.getKey() + "'", e.getKey());
                continue;
            }
            walk(e.getValue(), normalise(produced.get(e.getKey())), e.getKey(), st);
        }
        boolean passed = st.problem == null && st.maxError <= atol && !Double.isNaN(st.maxError);
        return new Outcome(passed, st.maxError, st.where, st.problem);
    }

    private static final class State {
        double maxError = 0;
        String where = "";
        String problem;

        void problem(String p, String at) {
            if (problem == null) {
                problem = p;
                where = at;
            }
        }

        void error(double err, String at) {
            if (Double.isNaN(err) || err > maxError) {
                maxError = Double.isNaN(err) ? Double.NaN : err;
                where = at;
            }
        }
    }

    /** Converts arrays and tensors to nested lists so one walk handles all. */
    static Object normalise(Object v) {
        if (v instanceof DoubleTensor t) {
            return nest(t.unsafeData(), t.shape(), 0, 0);
        }
        if (v instanceof double[] a) {
            List<Object> l = new ArrayList<>(a.length);
            for (double d : a) {
                l.add(d);
            }
            return l;
        }
        if (v instanceof int[] a) {
            List<Object> l = new ArrayList<>(a.length);
            for (int d : a) {
                l.add((double) d);
            }
            return l;
        }
        if (v instanceof long[] a) {
            List<Object> l = new ArrayList<>(a.length);
            for (long d : a) {
                l.add((double) d);
            }
            return l;
        }
        if (v instanceof boolean[] a) {
            List<Object> l = new ArrayList<>(a.length);
            for (boolean d : a) {
                l.add(d);
            }
            return l;
        }
        if (v instanceof Object[] arr) {
            List<Object> l = new ArrayList<>(arr.length);
            for (Object o : arr) {
                l.add(normalise(o));
            }
            return l;
        }
        if (v instanceof List<?> list) {
            List<Object> l = new ArrayList<>(list.size());
            for (Object o : list) {
                l.add(normalise(o));
            }
            return l;
        }
        if (v instanceof Map<?, ?> map) {
            Map<Object, Object> m = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                m.put(e.getKey(), normalise(e.getValue()));
            }
            return m;
        }
        return v;
    }

    private static Object nest(double[] data, int[] shape, int axis, int offset) {
        if (axis == shape.length) {
            return data[offset];
        }
        int stride = 1;
        for (int i = axis + 1; i < shape.length; i++) {
            stride *= shape[i];
        }
        List<Object> l = new ArrayList<>(shape[axis]);
        for (int i = 0; i < shape[axis]; i++) {
            l.add(nest(data, shape, axis + 1, offset + i * stride));
        }
        return l;
    }

    private static void walk(Object expected, Object got, String at, State st) {
        if (expected instanceof List<?> el) {
            if (!(got instanceof List<?> gl)) {
                st.problem("expected a list of " + el.size() + ", found " + describe(got), at);
                return;
            }
            if (el.size() != gl.size()) {
                st.problem("expected length " + el.size() + ", found " + gl.size(), at);
                return;
            }
            for (int i = 0; i < el.size(); i++) {
                walk(el.get(i), gl.get(i), at + "[" + i + "]", st);
            }
            return;
        }
        if (expected instanceof Map<?, ?> em) {
            if (!(got instanceof Map<?, ?> gm)) {
                st.problem("expected an object with keys " + em.keySet() + ", found " + describe(got), at);
                return;
            }
            for (Map.Entry<?, ?> e : em.entrySet()) {
                if (!gm.containsKey(e.getKey())) {
                    st.problem("missing output '" + e.getKey() + "'", at + "." + e.getKey());
                    continue;
                }
                walk(e.getValue(), gm.get(e.getKey()), at + "." + e.getKey(), st);
            }
            return;
        }
        if (expected instanceof Number en) {
            Object g = got;
            if (g instanceof List<?> gl && gl.size() == 1) {
                g = gl.get(0);
            }
            if (g instanceof Boolean b) {
                g = b ? 1.0 : 0.0;
            }
            if (!(g instanceof Number gn)) {
                st.problem("expected a number, found " + describe(got), at);
                return;
            }
            double e = en.doubleValue();
            double v = gn.doubleValue();
            double err = (Double.isInfinite(e) && e == v) ? 0.0 : Math.abs(e - v);
            st.error(err, at);
            return;
        }
        if (expected instanceof Boolean eb) {
            boolean ok = got instanceof Boolean gb ? gb.equals(eb)
                    : got instanceof Number gn && (gn.doubleValue() != 0) == eb;
            if (!ok) {
                st.problem("expected " + eb + ", found " + describe(got), at);
            }
            return;
        }
        if (expected == null) {
            if (got != null) {
                st.problem("expected null, found " + describe(got), at);
            }
            return;
        }
        if (!expected.equals(got)) {
            st.problem("expected " + expected + ", found " + describe(got), at);
        }
    }

    private static String describe(Object v) {
        if (v instanceof List<?> l) {
            return "a list of " + l.size();
        }
        if (v instanceof double[] a) {
            return Arrays.toString(a);
        }
        return String.valueOf(v);
    }
}
