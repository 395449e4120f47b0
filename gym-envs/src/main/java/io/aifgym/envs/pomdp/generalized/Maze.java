package io.aifgym.envs.pomdp.generalized;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A parsed maze of pymdp's generalized T-maze ({@code get_maze_matrix}, {@code parse_maze}).
 *
 * <p>Cell codes: {@code 0} free, {@code 1} start, {@code 2} wall, {@code 3 + 3i} the cue of set
 * {@code i}, {@code 4 + 3i} the first reward cell of set {@code i}, {@code 5 + 3i} its second
 * reward cell. The number of sets is {@code floor((max code - 2) / 3)}; each position is the
 * first row-major occurrence of its code. Cells are indexed row-major.
 */
public final class Maze {

    /** Code of a free cell. */
    public static final int FREE = 0;
    /** Code of the start cell. */
    public static final int START = 1;
    /** Code of a wall. */
    public static final int WALL = 2;

    private final int rows;
    private final int cols;
    private final int[] codes;
    private final int start;
    private final int[] cues;
    private final int[] firsts;
    private final int[] seconds;

    private Maze(int rows, int cols, int[] codes) {
        this.rows = rows;
        this.cols = cols;
        this.codes = codes;
        int max = Arrays.stream(codes).max().orElse(0);
        int numSets = Math.floorDiv(max - 2, 3);
        if (numSets < 1) {
            throw new IllegalArgumentException("maze: expected at least one cue-reward set (codes 3, 4 and 5), found "
                    + "a largest code of " + max);
        }
        this.start = find(START, "the start cell (code 1)");
        this.cues = new int[numSets];
        this.firsts = new int[numSets];
        this.seconds = new int[numSets];
        for (int i = 0; i < numSets; i++) {
            cues[i] = find(3 + 3 * i, "the cue of set " + i + " (code " + (3 + 3 * i) + ")");
            firsts[i] = find(4 + 3 * i, "the first reward cell of set " + i + " (code " + (4 + 3 * i) + ")");
            seconds[i] = find(5 + 3 * i, "the second reward cell of set " + i + " (code " + (5 + 3 * i) + ")");
        }
    }

    private int find(int code, String what) {
        for (int s = 0; s < codes.length; s++) {
            if (codes[s] == code) {
                return s;
            }
        }
        throw new IllegalArgumentException("maze: expected " + what + ", found none");
    }

    /**
     * Parses a maze matrix.
     *
     * @param matrix rows of cell codes, rectangular and non-empty, codes non-negative
     * @return the maze
     * @throws IllegalArgumentException if the matrix is ragged or empty, a code is negative, or
     *     the start cell or a cell of a counted set is missing
     */
    public static Maze parse(List<List<Integer>> matrix) {
        if (matrix == null || matrix.isEmpty() || matrix.get(0) == null || matrix.get(0).isEmpty()) {
            throw new IllegalArgumentException("maze: expected a non-empty matrix of cell codes, found " + matrix);
        }
        int rows = matrix.size();
        int cols = matrix.get(0).size();
        int[] codes = new int[rows * cols];
        for (int r = 0; r < rows; r++) {
            List<Integer> row = matrix.get(r);
            if (row == null || row.size() != cols) {
                throw new IllegalArgumentException("maze[" + r + "]: expected " + cols + " cells like row 0, found "
                        + (row == null ? "null" : row.size()));
            }
            for (int c = 0; c < cols; c++) {
                Integer code = row.get(c);
                if (code == null || code < 0) {
                    throw new IllegalArgumentException("maze[" + r + "][" + c + "]: expected a non-negative cell "
                            + "code, found " + code);
                }
                codes[r * cols + c] = code;
            }
        }
        return new Maze(rows, cols, codes);
    }

    /**
     * pymdp's {@code get_maze_matrix(small=True)}: 3x3, two sets.
     *
     * @return the matrix
     */
    public static List<List<Integer>> smallMatrix() {
        return List.of(List.of(4, 0, 8), List.of(5, 0, 7), List.of(3, 1, 6));
    }

    /**
     * pymdp's {@code get_maze_matrix(small=False)}: 5x5, three sets.
     *
     * @return the matrix
     */
    public static List<List<Integer>> largeMatrix() {
        return List.of(List.of(4, 0, 0, 0, 8), List.of(5, 0, 0, 0, 7), List.of(0, 3, 1, 6, 0),
                List.of(0, 0, 9, 0, 0), List.of(0, 10, 0, 11, 0));
    }

    /** @return the number of rows */
    public int rows() {
        return rows;
    }

    /** @return the number of columns */
    public int cols() {
        return cols;
    }

    /** @return the number of cells, {@code rows * cols} */
    public int numCells() {
        return codes.length;
    }

    /** @return the number of cue-reward sets */
    public int numSets() {
        return cues.length;
    }

    /** @return the start cell index */
    public int start() {
        return start;
    }

    /**
     * The cue cell of a set.
     *
     * @param set the set
     * @return its cell index
     */
    public int cue(int set) {
        return cues[set];
    }

    /**
     * The first reward cell of a set (rewarding when the set's state is 0).
     *
     * @param set the set
     * @return its cell index
     */
    public int first(int set) {
        return firsts[set];
    }

    /**
     * The second reward cell of a set (rewarding when the set's state is 1).
     *
     * @param set the set
     * @return its cell index
     */
    public int second(int set) {
        return seconds[set];
    }

    /**
     * The code of a cell.
     *
     * @param cell the cell index
     * @return its code
     */
    public int code(int cell) {
        return codes[cell];
    }

    /**
     * Whether a cell is a wall.
     *
     * @param cell the cell index
     * @return true for code 2
     */
    public boolean isWall(int cell) {
        return codes[cell] == WALL;
    }

    /** @return the matrix of codes */
    public List<List<Integer>> matrix() {
        List<List<Integer>> out = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            out.add(Arrays.stream(codes, r * cols, (r + 1) * cols).boxed().toList());
        }
        return List.copyOf(out);
    }
}
