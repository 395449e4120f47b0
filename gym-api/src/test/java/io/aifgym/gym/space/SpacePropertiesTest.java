package io.aifgym.gym.space;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.gym.random.Key;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/**
 * Property tests of the space contract over generated spaces and keys (plain JUnit loops: first
 * explicit edge spaces, then spaces drawn from {@code Key.of(SEED).child(i)}, so a failure names
 * its case and replays): a sample lands in its space, {@code indexOf} and {@code valueAt} are
 * inverse, and flattening has {@code flatDim} entries. Boxes include unbounded sides and bounds
 * near {@code ±Double.MAX_VALUE}.
 */
class SpacePropertiesTest {

    private static final long SEED = 20261125L;
    private static final double[] SPECIAL_BOUNDS = {-Double.MAX_VALUE, Double.MAX_VALUE, -1e308, 1e308, 0.0, -0.0,
        Double.MIN_VALUE};
    private static final long[] EDGE_SEEDS = {0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE};

    /** Spaces at the ends of the generated ranges, and boxes with extreme, unbounded and degenerate sides. */
    private static final List<Space<?>> EDGE_SPACES = List.of(
            new Discrete(1), new Discrete(2), new Discrete(10_000),
            new MultiDiscrete(new int[] {1}), new MultiDiscrete(new int[] {12}),
            new MultiDiscrete(new int[] {1, 1, 1, 1, 1}), new MultiDiscrete(new int[] {12, 12, 12, 12, 12}),
            box(new double[] {0.0}, new double[] {0.0}), box(new double[] {-0.0}, new double[] {0.0}),
            box(new double[] {-Double.MAX_VALUE}, new double[] {Double.MAX_VALUE}),
            box(new double[] {-1e308}, new double[] {1e308}),
            box(new double[] {Double.NEGATIVE_INFINITY}, new double[] {Double.POSITIVE_INFINITY}),
            box(new double[] {Double.NEGATIVE_INFINITY}, new double[] {Double.NEGATIVE_INFINITY}),
            box(new double[] {Double.POSITIVE_INFINITY}, new double[] {Double.POSITIVE_INFINITY}),
            box(new double[] {Double.NEGATIVE_INFINITY}, new double[] {0.0}),
            box(new double[] {0.0}, new double[] {Double.POSITIVE_INFINITY}),
            box(new double[] {Double.MIN_VALUE}, new double[] {Double.MIN_VALUE}),
            box(new double[] {-1e6, Double.MAX_VALUE, Double.NEGATIVE_INFINITY, -Double.MAX_VALUE},
                    new double[] {1e6, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.MAX_VALUE}),
            new Batch<>(new Discrete(1), 1), new Batch<>(new Discrete(10_000), 4),
            new Batch<>(new MultiDiscrete(new int[] {12, 12, 12, 12, 12}), 4),
            new Batch<>(box(new double[] {-Double.MAX_VALUE}, new double[] {Double.MAX_VALUE}), 4),
            new Batch<>(box(new double[] {Double.NEGATIVE_INFINITY}, new double[] {Double.POSITIVE_INFINITY}), 1));

    private static Box box(double[] low, double[] high) {
        return new Box(low, high, low.length);
    }

    /** A discrete, multi-discrete, box or batch space, each a quarter of the time. */
    private static Space<?> space(UniformRandomProvider g) {
        return g.nextInt(4) == 3 ? new Batch<>(element(g), 1 + g.nextInt(4)) : element(g);
    }

    private static Space<?> element(UniformRandomProvider g) {
        switch (g.nextInt(3)) {
            case 0:
                return new Discrete(1 + g.nextInt(10_000));
            case 1: {
                int[] nvec = new int[1 + g.nextInt(5)];
                for (int i = 0; i < nvec.length; i++) {
                    nvec[i] = 1 + g.nextInt(12);
                }
                return new MultiDiscrete(nvec);
            }
            default:
                return box(g);
        }
    }

    /** One to four sides, each bound from [-1e6, 1e6], the extreme values or the infinities. */
    private static Box box(UniformRandomProvider g) {
        int n = 1 + g.nextInt(4);
        double[] low = new double[n];
        double[] high = new double[n];
        for (int i = 0; i < n; i++) {
            double a = bound(g);
            double b = bound(g);
            low[i] = Math.min(a, b);
            high[i] = Math.max(a, b);
        }
        return box(low, high);
    }

    private static double bound(UniformRandomProvider g) {
        return switch (g.nextInt(3)) {
            case 0 -> -1e6 + 2e6 * g.nextDouble();
            case 1 -> SPECIAL_BOUNDS[g.nextInt(SPECIAL_BOUNDS.length)];
            default -> g.nextBoolean() ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        };
    }

    /** A space and a seed for its sample. */
    private record Case(Space<?> space, long seed, String what) {
    }

    /** Case {@code i}: an edge space with an edge seed while they last, then a generated space and seed. */
    private static Case spaceCase(int i) {
        Space<?> space;
        long seed;
        if (i < EDGE_SPACES.size()) {
            space = EDGE_SPACES.get(i);
            seed = EDGE_SEEDS[i % EDGE_SEEDS.length];
        } else {
            UniformRandomProvider g = Key.of(SEED).child(i).generator();
            space = space(g);
            seed = g.nextLong();
        }
        return new Case(space, seed, String.format("case %d of seed %d: %s with sample seed %d", i, SEED,
                space.describe(), seed));
    }

    @Test
    void aSampleLandsInItsSpace() {
        for (int i = 0; i < 400; i++) {
            Case c = spaceCase(i);
            Object value = c.space().sample(Key.of(c.seed()));
            assertThat(c.space().contains(value)).as("%s: contains its sample %s", c.what(), show(value)).isTrue();
        }
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void indexOfAndValueAtAreInverse() {
        int checked = 0;
        for (int i = 0; i < 300; i++) {
            Case c = spaceCase(i);
            Space space = c.space();
            if (space instanceof Batch) {
                continue; // a batch is indexed element by element (and its cardinality may overflow a long)
            }
            long cardinality = space.cardinality();
            if (cardinality < 0 || cardinality > Integer.MAX_VALUE) {
                continue;
            }
            Object value = space.sample(Key.of(c.seed()));
            int index = space.indexOf(value);
            assertThat(index).as(c.what()).isBetween(0, (int) cardinality - 1);
            assertThat(show(space.valueAt(index))).as(c.what()).isEqualTo(show(value));
            int other = Key.of(c.seed()).child(1).nextInt((int) cardinality);
            assertThat(space.indexOf(space.valueAt(other))).as(c.what()).isEqualTo(other);
            checked++;
        }
        assertThat(checked).as("finite spaces checked").isGreaterThan(100);
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void flatteningHasFlatDimEntries() {
        for (int i = 0; i < 300; i++) {
            Case c = spaceCase(i);
            Space space = c.space();
            double[] flat = space.flatten(space.sample(Key.of(c.seed())));
            assertThat(flat).as(c.what()).hasSize(space.flatDim());
            if (!(space instanceof Box) && !(space instanceof Batch b && b.element() instanceof Box)) {
                assertThat(Arrays.stream(flat).allMatch(x -> x == 0.0 || x == 1.0)).as("%s: one-hot", c.what())
                        .isTrue();
            }
        }
    }

    @Test
    void aChildIsItsSplitEntryAndSplitsAreDistinct() {
        int[] edgeSizes = {1, 64};
        int edges = EDGE_SEEDS.length * edgeSizes.length;
        for (int c = 0; c < 200; c++) {
            UniformRandomProvider g = Key.of(SEED).child(c).generator();
            long seed = c < edges ? EDGE_SEEDS[c / edgeSizes.length] : g.nextLong();
            int n = c < edges ? edgeSizes[c % edgeSizes.length] : 1 + g.nextInt(64);
            String what = String.format("case %d of seed %d: Key.of(%d).split(%d)", c, SEED, seed, n);
            Key key = Key.of(seed);
            Key[] split = key.split(n);
            assertThat(List.of(split)).as(what).doesNotHaveDuplicates().doesNotContain(key);
            for (int i = 0; i < n; i++) {
                assertThat(key.child(i)).as("%s: child %d", what, i).isEqualTo(split[i]);
            }
        }
    }

    private static String show(Object value) {
        if (value instanceof int[] a) {
            return Arrays.toString(a);
        }
        if (value instanceof double[] a) {
            return Arrays.toString(a);
        }
        if (value instanceof List<?> l) {
            return l.stream().map(SpacePropertiesTest::show).toList().toString();
        }
        return String.valueOf(value);
    }
}
