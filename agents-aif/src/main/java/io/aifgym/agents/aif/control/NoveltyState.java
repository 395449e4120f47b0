package io.aifgym.agents.aif.control;

import io.aifgym.agents.aif.maths.ControlMaths;
import io.aifgym.agents.aif.maths.Maths;
import io.aifgym.gym.tensor.DoubleTensor;

/**
 * The masked novelty weights of one action slice of a Dirichlet tensor ({@code pB[f][..., u]},
 * or all of {@code pA[m]} as a single slice), kept with their per-entry and per-column parts so
 * that a changed tensor is re-weighted only where it changed: online learning changes one
 * action slice of {@code pB} per step, and the other slices keep their arrays. Arrays are laid
 * out by column (index {@code j * rows + i} for axis-0 index {@code i} of the slice's column
 * {@code j}), which is the column-major matrix the planner multiplies with. Immutable after
 * construction. Not API.
 */
final class NoveltyState {

    final DoubleTensor alpha;
    final NoveltyForm form;
    final int rows;
    /** Columns of this slice (the product of the parent sizes). */
    final int cols;
    private final int slice;
    private final int slices;
    /** Masked weights by column. */
    final double[] weights;
    /** The number of non-zero weights. */
    final int nonZeros;
    private final double[] entry;
    private final double[] column;
    /** Whether each concentration is positive (not masked), by column. */
    private final boolean[] positive;

    private NoveltyState(DoubleTensor alpha, NoveltyForm form, int rows, int cols, int slice, int slices,
            double[] weights, int nonZeros, double[] entry, double[] column, boolean[] positive) {
        this.alpha = alpha;
        this.form = form;
        this.rows = rows;
        this.cols = cols;
        this.slice = slice;
        this.slices = slices;
        this.weights = weights;
        this.nonZeros = nonZeros;
        this.entry = entry;
        this.column = column;
        this.positive = positive;
    }

    /**
     * The weights of slice {@code slice} of {@code slices} interleaved slices of the last axis
     * (a {@code pB} action), or of the whole tensor with {@code slices = 1}.
     */
    static NoveltyState of(DoubleTensor alpha, NoveltyForm form, int slice, int slices) {
        int rows = alpha.dim(0);
        int cols = alpha.size() / rows / slices;
        double[] a = alpha.unsafeData();
        int width = cols * slices;
        double[] entry = new double[rows * cols];
        boolean[] positive = new boolean[rows * cols];
        double[] sums = new double[cols];
        for (int i = 0; i < rows; i++) {
            int base = i * width + slice;
            for (int j = 0; j < cols; j++) {
                double v = a[base + j * slices];
                entry[j * rows + i] = entryTerm(v, form);
                positive[j * rows + i] = v > 0.0;
                sums[j] += summand(v, form);
            }
        }
        double[] column = new double[cols];
        double[] weights = new double[rows * cols];
        int nonZeros = 0;
        for (int j = 0; j < cols; j++) {
            column[j] = columnTerm(sums[j], form);
            nonZeros += fillColumn(j, rows, column[j], entry, positive, weights);
        }
        return new NoveltyState(alpha, form, rows, cols, slice, slices, weights, nonZeros, entry, column, positive);
    }

    /**
     * The state for a new tensor of the same shape: entries and columns of this slice that did
     * not change keep their terms, and an unchanged slice keeps its arrays.
     */
    NoveltyState update(DoubleTensor newAlpha) {
        if (newAlpha == alpha) {
            return this;
        }
        if (newAlpha.size() != alpha.size() || newAlpha.dim(0) != rows) {
            return of(newAlpha, form, slice, slices);
        }
        double[] oldA = alpha.unsafeData();
        double[] a = newAlpha.unsafeData();
        int width = cols * slices;
        boolean[] changed = null;
        double[] newEntry = null;
        boolean[] newPositive = positive;
        for (int i = 0; i < rows; i++) {
            int base = i * width + slice;
            for (int j = 0; j < cols; j++) {
                int at = base + j * slices;
                double v = a[at];
                if (Double.doubleToRawLongBits(v) != Double.doubleToRawLongBits(oldA[at])) {
                    if (newEntry == null) {
                        newEntry = entry.clone();
                        changed = new boolean[cols];
                    }
                    int k = j * rows + i;
                    newEntry[k] = entryTerm(v, form);
                    if ((v > 0.0) != positive[k]) {
                        if (newPositive == positive) {
                            newPositive = positive.clone();
                        }
                        newPositive[k] = v > 0.0;
                    }
                    changed[j] = true;
                }
            }
        }
        return updated(newAlpha, newEntry, newPositive, changed);
    }

    /**
     * {@link #update(DoubleTensor)} given where the tensor changed: {@code changes} lists, in
     * any order, the flat indices of the whole tensor at which {@code newAlpha} differs from this
     * state's tensor bit for bit ({@link Maths#changes} where the old tensor holds no NaN);
     * indices in other slices are skipped. One comparison of the tensor then serves all of its
     * slices; meant for a few changes (two divisions per index).
     */
    NoveltyState update(DoubleTensor newAlpha, int[] changes) {
        if (newAlpha == alpha) {
            return this;
        }
        if (newAlpha.size() != alpha.size() || newAlpha.dim(0) != rows) {
            return of(newAlpha, form, slice, slices);
        }
        double[] a = newAlpha.unsafeData();
        int width = cols * slices;
        boolean[] changed = null;
        double[] newEntry = null;
        boolean[] newPositive = positive;
        for (int at : changes) {
            int i = at / width;
            int inRow = at - i * width;
            int j = inRow / slices;
            if (inRow - j * slices != slice) {
                continue;
            }
            double v = a[at];
            if (newEntry == null) {
                newEntry = entry.clone();
                changed = new boolean[cols];
            }
            int k = j * rows + i;
            newEntry[k] = entryTerm(v, form);
            if ((v > 0.0) != positive[k]) {
                if (newPositive == positive) {
                    newPositive = positive.clone();
                }
                newPositive[k] = v > 0.0;
            }
            changed[j] = true;
        }
        return updated(newAlpha, newEntry, newPositive, changed);
    }

    /** The state for a new tensor whose entries changed as given (none: {@code newEntry} null). */
    private NoveltyState updated(DoubleTensor newAlpha, double[] newEntry, boolean[] newPositive, boolean[] changed) {
        if (newEntry == null) {
            return new NoveltyState(newAlpha, form, rows, cols, slice, slices, weights, nonZeros, entry, column,
                    positive);
        }
        double[] a = newAlpha.unsafeData();
        int width = cols * slices;
        double[] newColumn = column.clone();
        double[] newWeights = weights.clone();
        int newNonZeros = nonZeros;
        for (int j = 0; j < cols; j++) {
            if (changed[j]) {
                double sum = 0.0;
                for (int i = 0; i < rows; i++) {
                    sum += summand(a[i * width + slice + j * slices], form);
                }
                newNonZeros -= countNonZeros(weights, j * rows, rows);
                newColumn[j] = columnTerm(sum, form);
                newNonZeros += fillColumn(j, rows, newColumn[j], newEntry, newPositive, newWeights);
            }
        }
        return new NoveltyState(newAlpha, form, rows, cols, slice, slices, newWeights, newNonZeros, newEntry,
                newColumn, newPositive);
    }

    /** Writes column j's weights and returns how many are non-zero. */
    private static int fillColumn(int j, int rows, double columnTerm, double[] entry, boolean[] positive,
            double[] weights) {
        int base = j * rows;
        int n = 0;
        for (int k = base; k < base + rows; k++) {
            double w = positive[k] ? columnTerm + entry[k] : 0.0;
            weights[k] = w;
            if (w != 0.0) {
                n++;
            }
        }
        return n;
    }

    private static int countNonZeros(double[] x, int from, int length) {
        int n = 0;
        for (int k = from; k < from + length; k++) {
            if (x[k] != 0.0) {
                n++;
            }
        }
        return n;
    }

    private static double entryTerm(double alpha, NoveltyForm form) {
        return form == NoveltyForm.EXACT ? ControlMaths.exactNoveltyEntry(alpha)
                : ControlMaths.spmNoveltyEntry(alpha, Maths.SPM_EPS);
    }

    /** One concentration's share of its column sum: clipped (exact) or offset (SPM). */
    private static double summand(double alpha, NoveltyForm form) {
        return form == NoveltyForm.EXACT ? Math.max(alpha, Maths.EPS) : alpha + Maths.SPM_EPS;
    }

    private static double columnTerm(double sum, NoveltyForm form) {
        return form == NoveltyForm.EXACT ? ControlMaths.exactNoveltyColumn(sum) : ControlMaths.spmNoveltyColumn(sum);
    }
}
