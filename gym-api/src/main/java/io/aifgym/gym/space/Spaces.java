package io.aifgym.gym.space;

import java.util.Arrays;

/** Small helpers for spaces: printing values in messages. */
public final class Spaces {

    private Spaces() {
    }

    /**
     * A value as text, arrays included.
     *
     * @param value any value
     * @return its text
     */
    public static String show(Object value) {
        if (value instanceof int[] a) {
            return Arrays.toString(a);
        }
        if (value instanceof double[] a) {
            return Arrays.toString(a);
        }
        if (value instanceof long[] a) {
            return Arrays.toString(a);
        }
        return String.valueOf(value);
    }
}
