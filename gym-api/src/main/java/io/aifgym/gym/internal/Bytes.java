package io.aifgym.gym.internal;

import java.util.Locale;

/** Sizes in bytes for messages: {@code 10.9 GiB}, {@code 98.0 MiB}. */
public final class Bytes {

    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    private Bytes() {
    }

    /**
     * A size in binary units with one decimal.
     *
     * @param bytes the size (a double, so that sizes past a long's range can be said)
     * @return the size in words, such as {@code 1.5 KiB}
     */
    public static String format(double bytes) {
        double n = bytes;
        int u = 0;
        while (n >= 1024 && u < UNITS.length - 1) {
            n /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", n, UNITS[u]);
    }
}
