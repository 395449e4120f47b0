package io.aifgym.gym.random;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.Philox4x64;

/**
 * An immutable random key: the only source of randomness in aifgym.
 *
 * <p>A key is two 64-bit words. Like a JAX key, it is never consumed: {@link #split(int)},
 * {@link #child(int)} and {@link #fold(long)} are pure functions that derive new keys, and
 * {@link #generator()} opens a fresh random stream that depends on the key alone. Every
 * derivation is one block of the counter-based Philox-4x64 bijection (Salmon et al. 2011,
 * as in Commons RNG's {@link Philox4x64}) keyed by this key, with a tag in the last counter
 * word that keeps the split, fold and stream spaces apart. So the same key gives the same
 * numbers on every machine, JDK and thread count.
 *
 * <pre>{@code
 * Key key = Key.of(42);
 * Key[] k = key.split(3);
 * Key keyReset = k[0], keyAct = k[1], keyStep = k[2];
 * double u = keyAct.uniform();                        // one draw
 * UniformRandomProvider g = keyStep.generator();      // many draws
 * }</pre>
 *
 * <p>Child {@code i} of a split depends only on the key and {@code i}:
 * {@code key.split(5)[1].equals(key.split(3)[1])}, and {@code key.child(i)} is the same key
 * without the array.
 *
 * @param k0 the first key word
 * @param k1 the second key word
 */
public record Key(long k0, long k1) {

    private static final long TAG_SPLIT = 0x53504C4954L;   // "SPLIT"
    private static final long TAG_FOLD = 0x464F4C44L;      // "FOLD"
    private static final long TAG_STREAM = 0x53545245414DL; // "STREAM"
    private static final long TAG_DRAW = 0x44524157L;      // "DRAW"
    private static final long SEED_WORD = 0x9E3779B97F4A7C15L;

    private static final long M0 = 0xD2E7470EE14C6C93L;
    private static final long M1 = 0xCA5A826395121157L;
    private static final long W0 = 0x9E3779B97F4A7C15L;
    private static final long W1 = 0xBB67AE8584CAA73BL;

    /**
     * The root key of a seed, as JAX's {@code PRNGKey(seed)}.
     *
     * @param seed any 64-bit seed
     * @return the key for that seed
     */
    public static Key of(long seed) {
        return derive(seed, SEED_WORD, 0, TAG_FOLD);
    }

    /**
     * Splits this key into {@code n} independent keys.
     *
     * @param n the number of keys, at least 1
     * @return {@code n} keys, each different from this key and from each other
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public Key[] split(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n: expected at least 1 key to split into, found " + n);
        }
        Key[] keys = new Key[n];
        for (int i = 0; i < n; i++) {
            keys[i] = derive(k0, k1, i, TAG_SPLIT);
        }
        return keys;
    }

    /**
     * Child {@code i} of a split, without building the array: {@code split(n)[i]} for any
     * {@code n > i}.
     *
     * @param i the child index, non-negative
     * @return the child key
     * @throws IllegalArgumentException if {@code i < 0}
     */
    public Key child(int i) {
        if (i < 0) {
            throw new IllegalArgumentException("i: expected a non-negative child index, found " + i);
        }
        return derive(k0, k1, i, TAG_SPLIT);
    }

    /**
     * Folds data into this key (JAX's {@code fold_in}): a new key for "slot i" or "step t".
     *
     * @param data any 64-bit value
     * @return a key that depends on this key and {@code data}
     */
    public Key fold(long data) {
        return derive(k0, k1, data, TAG_FOLD);
    }

    /**
     * A fresh random stream determined by this key alone, for a function that needs many
     * draws. Each call returns a new generator at the start of the same stream; let it die
     * with the call that made it, and never store it in a field.
     *
     * @return a Commons RNG Philox-4x64 generator keyed by this key
     */
    public UniformRandomProvider generator() {
        return new Philox4x64(new long[] {k0, k1, 0, 0, 0, TAG_STREAM});
    }

    /**
     * One uniform draw in {@code [0, 1)} with 53 random bits, cheaper than opening a
     * {@link #generator()}.
     *
     * @return a double in {@code [0, 1)}
     */
    public double uniform() {
        return (bits() >>> 11) * 0x1.0p-53;
    }

    /**
     * One uniform integer in {@code [0, bound)} by Lemire's multiply-shift method on the
     * key's draw word (the bias is below 2^-32 for any int bound).
     *
     * @param bound the exclusive upper bound, positive
     * @return an int in {@code [0, bound)}
     * @throws IllegalArgumentException if {@code bound <= 0}
     */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound: expected a positive bound, found " + bound);
        }
        return (int) Math.multiplyHigh(bits() >>> 1, (long) bound << 1);
    }

    /**
     * 64 random bits drawn from this key (the first word of its draw block).
     *
     * @return 64 random bits
     */
    public long bits() {
        return derive(k0, k1, 0, TAG_DRAW).k0;
    }

    /**
     * This key as a seed array, for interop with seeded libraries.
     *
     * @return the two key words
     */
    public long[] toLongArray() {
        return new long[] {k0, k1};
    }

    @Override
    public String toString() {
        return "Key[" + Long.toHexString(k0) + ", " + Long.toHexString(k1) + "]";
    }

    /** The derivation itself, visible to the test that pins it to Commons RNG's Philox. */
    static Key derivedForTest(long k0, long k1, long data, long tag) {
        return derive(k0, k1, data, tag);
    }

    /**
     * The first two words of one Philox-4x64-10 block for key {@code (k0, k1)} and counter
     * {@code (data, 0, 0, tag)}: the first two outputs of
     * {@code new Philox4x64(new long[]{k0, k1, data, 0, 0, tag})}.
     */
    private static Key derive(long k0, long k1, long data, long tag) {
        long c0 = data;
        long c1 = 0;
        long c2 = 0;
        long c3 = tag;
        long key0 = k0;
        long key1 = k1;
        for (int round = 0; round < 10; round++) {
            long lo0 = M0 * c0;
            long hi0 = unsignedMultiplyHigh(M0, c0);
            long lo1 = M1 * c2;
            long hi1 = unsignedMultiplyHigh(M1, c2);
            c0 = hi1 ^ c1 ^ key0;
            c1 = lo1;
            c2 = hi0 ^ c3 ^ key1;
            c3 = lo0;
            key0 += W0;
            key1 += W1;
        }
        return new Key(c0, c1);
    }

    private static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }

    /** Keys compare by their two words. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Key k && k.k0 == k0 && k.k1 == k1;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new long[] {k0, k1});
    }
}
