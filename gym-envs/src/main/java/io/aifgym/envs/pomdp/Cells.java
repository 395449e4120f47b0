package io.aifgym.envs.pomdp;

import java.util.ArrayList;
import java.util.List;

/**
 * Grid cells as pymdp indexes them: cell {@code (row, col)} of a {@code rows x cols} grid is
 * state {@code row * cols + col} (row-major). Configs give cells as {@code [row, col]} lists.
 */
public final class Cells {

    private Cells() {
    }

    /**
     * The index of a configured cell, checked against the grid.
     *
     * @param cell {@code [row, col]}
     * @param rows the number of rows
     * @param cols the number of columns
     * @param name the field name for the message
     * @return {@code row * cols + col}
     * @throws IllegalArgumentException if the cell is not two integers inside the grid
     */
    public static int index(List<Integer> cell, int rows, int cols, String name) {
        if (cell == null || cell.size() != 2 || cell.get(0) == null || cell.get(1) == null) {
            throw new IllegalArgumentException(name + ": expected a cell [row, col], found " + cell);
        }
        int r = cell.get(0);
        int c = cell.get(1);
        if (r < 0 || r >= rows || c < 0 || c >= cols) {
            throw new IllegalArgumentException(name + ": expected a cell [row, col] inside the " + rows + "x" + cols
                    + " grid, found " + cell);
        }
        return r * cols + c;
    }

    /**
     * Whether a configured cell lies inside the grid.
     *
     * @param cell {@code [row, col]}
     * @param rows the number of rows
     * @param cols the number of columns
     * @return true if both coordinates are in range
     */
    public static boolean inside(List<Integer> cell, int rows, int cols) {
        return cell != null && cell.size() == 2 && cell.get(0) != null && cell.get(1) != null && cell.get(0) >= 0
                && cell.get(0) < rows && cell.get(1) >= 0 && cell.get(1) < cols;
    }

    /**
     * A validated grid shape.
     *
     * @param shape {@code [rows, cols]}
     * @param name the field name for the message
     * @return {@code {rows, cols}}
     * @throws IllegalArgumentException unless two positive integers
     */
    public static int[] shape(List<Integer> shape, String name) {
        if (shape == null || shape.size() != 2 || shape.get(0) == null || shape.get(1) == null || shape.get(0) < 1
                || shape.get(1) < 1) {
            throw new IllegalArgumentException(name + ": expected [rows, cols] with positive sizes, found " + shape);
        }
        return new int[] {shape.get(0), shape.get(1)};
    }

    /**
     * A deep, immutable copy of a list of cells ({@code null} gives an empty list).
     *
     * @param cells the cells
     * @param name the field name for the message
     * @return the copy
     * @throws IllegalArgumentException if an entry is not two integers
     */
    public static List<List<Integer>> copyCells(List<List<Integer>> cells, String name) {
        if (cells == null) {
            return List.of();
        }
        List<List<Integer>> out = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            out.add(copyCell(cells.get(i), name + "[" + i + "]"));
        }
        return List.copyOf(out);
    }

    /**
     * An immutable copy of one cell ({@code null} stays {@code null}).
     *
     * @param cell {@code [row, col]} or null
     * @param name the field name for the message
     * @return the copy, or null
     * @throws IllegalArgumentException if the cell is not two integers
     */
    public static List<Integer> copyCell(List<Integer> cell, String name) {
        if (cell == null) {
            return null;
        }
        if (cell.size() != 2 || cell.get(0) == null || cell.get(1) == null) {
            throw new IllegalArgumentException(name + ": expected a cell [row, col], found " + cell);
        }
        return List.copyOf(cell);
    }

    /**
     * The label {@code "(row, col)"} of every cell, in state order (pymdp's location names).
     *
     * @param rows the number of rows
     * @param cols the number of columns
     * @return {@code rows * cols} labels
     */
    public static List<String> labels(int rows, int cols) {
        List<String> out = new ArrayList<>(rows * cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out.add("(" + r + ", " + c + ")");
            }
        }
        return List.copyOf(out);
    }
}
