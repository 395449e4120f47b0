package io.aifgym.gym.internal;

import java.util.Arrays;

/**
 * Argument checks whose messages name the thing, what was expected and what was found.
 * Not API: shared by aifgym's modules, may change without notice.
 */
public final class Check {

    private Check() {
    }

    /**
     * Requires {@code value > 0}.
     *
     * @param value the value
     * @param name its name in the message
     * @return the value
     */
    public static int positive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + ": expected a positive integer, found " + value);
        }
        return value;
    }

    /**
     * Requires {@code value >= 0}.
     *
     * @param value the value
     * @param name its name in the message
     * @return the value
     */
    public static int nonNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + ": expected a non-negative integer, found " + value);
        }
        return value;
    }

    /**
     * Requires a finite value.
     *
     * @param value the value
     * @param name its name in the message
     * @return the value
     */
    public static double finite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + ": expected a finite number, found " + value);
        }
        return value;
    }

    /**
     * Requires a finite value {@code > 0}.
     *
     * @param value the value
     * @param name its name in the message
     * @return the value
     */
    public static double positive(double value, String name) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + ": expected a positive finite number, found " + value);
        }
        return value;
    }

    /**
     * Requires a finite value {@code >= 0}.
     *
     * @param value the value
     * @param name its name in the message
     * @return the value
     */
    public static double nonNegative(double value, String name) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + ": expected a non-negative finite number, found " + value);
        }
        return value;
    }

    /**
     * Requires a probability in {@code [0, 1]}.
     *
     * @param value the value
     * @param name its name in the message
     * @return the value
     */
    public static double probability(double value, String name) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + ": expected a probability in [0, 1], found " + value);
        }
        return value;
    }

    /**
     * Requires {@code 0 <= index < size}.
     *
     * @param index the index
     * @param size the exclusive bound
     * @param name its name in the message
     * @return the index
     */
    public static int index(int index, int size, String name) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException(
                    name + ": expected an index in [0, " + size + "), found " + index);
        }
        return index;
    }

    /**
     * Requires two shapes to be equal.
     *
     * @param expected the expected shape
     * @param found the found shape
     * @param name the name of the array in the message
     */
    public static void shape(int[] expected, int[] found, String name) {
        if (!Arrays.equals(expected, found)) {
            throw new IllegalArgumentException(name + ": expected shape " + Arrays.toString(expected)
                    + ", found " + Arrays.toString(found));
        }
    }
}
