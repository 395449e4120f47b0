package io.aifgym.envs.pomdp.grid;

import io.aifgym.envs.pomdp.AbstractPomdpEnv;
import io.aifgym.envs.pomdp.CategoricalObservations;
import io.aifgym.envs.pomdp.CategoricalTable;
import io.aifgym.envs.pomdp.Cells;
import io.aifgym.envs.pomdp.HiddenState;
import io.aifgym.envs.pomdp.TensorBuilder;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.model.GenerativeProcess;
import io.aifgym.gym.model.HasTabularModel;
import io.aifgym.gym.model.TabularModel;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * pymdp's {@code GridWorld} (pymdp/envs/grid_world.py): an agent moves on a grid of
 * {@code rows x cols} cells and observes its location exactly.
 *
 * <p><b>Generative process.</b> One factor, the location, {@code N = rows * cols} states,
 * row-major ({@code s = row * cols + col}; walls are states too, they just cannot be entered).
 * One modality, the location: {@code A[0] = I_N}, {@code aDependencies = [[0]]}. {@code B[0]}
 * has shape {@code (N, N, Nu)} with {@code bDependencies = [[0]]}: for a move whose target is
 * off the grid or a wall, {@code B[s, s, a] = 1}; otherwise {@code B[target, s, a] = successProb}
 * and {@code B[s, s, a] = 1 - successProb} (or {@code B[target, s, a] = 1} when
 * {@code successProb >= 1}); {@code STAY} is the identity. {@code D} is one-hot at
 * {@code initialPosition}, else uniform over the non-wall cells (uniform over all cells if
 * every cell is a wall).
 *
 * <p><b>Observation.</b> {@code int[1]}: the observed location, in
 * {@code MultiDiscrete([N])}; with {@code categoricalObs} the provider emits its one-hot
 * vector ({@link CategoricalObservations}).
 *
 * <p><b>Action.</b> {@code int[1]} in {@code MultiDiscrete([Nu])}, pymdp's order:
 * {@link #UP} (row - 1), {@link #RIGHT} (col + 1), {@link #DOWN} (row + 1), {@link #LEFT}
 * (col - 1), and {@link #STAY} when {@code includeStay} ({@code Nu = 5}, else 4).
 *
 * <p><b>Reward.</b> {@code -stepCost} every step, plus {@code goalReward} when the step
 * enters one of the {@code goals} (none by default, so the reward is 0 as pymdp has none).
 *
 * <p><b>Termination and truncation.</b> Terminated when the step enters a goal cell; with no
 * goals never. Truncated by the registry's time limit after {@code maxEpisodeSteps} steps.
 *
 * <p><b>State.</b> {@link State}: the location index.
 *
 * <p><b>Tabular model.</b> The location is observed exactly, so the env is also a fully
 * observed MDP: {@link #tabularModel()} gives its transitions (from B), rewards and goal
 * terminations over the location index, for planners such as value iteration.
 *
 * <p>Deliberate difference from pymdp: a wall or goal outside the grid is an error here
 * (pymdp ignores walls outside the grid). {@link #step} runs on tables compiled at
 * construction: it allocates only the step, state and observation, and derives no key when the
 * move is deterministic.
 */
public final class GridWorld extends AbstractPomdpEnv<GridWorld.State> implements HasTabularModel {

    /** Move to row - 1. */
    public static final int UP = 0;
    /** Move to col + 1. */
    public static final int RIGHT = 1;
    /** Move to row + 1. */
    public static final int DOWN = 2;
    /** Move to col - 1. */
    public static final int LEFT = 3;
    /** Stay (only with {@code includeStay}). */
    public static final int STAY = 4;

    /** pymdp's action labels, in action order. */
    public static final List<String> ACTION_LABELS = List.of("Up", "Right", "Down", "Left", "Stay");

    /** The registry id. */
    public static final String ID = "GridWorld-v0";

    private static final String DESCRIPTION =
            "pymdp GridWorld: move UP/RIGHT/DOWN/LEFT(/STAY) on a grid and observe the location";

    /**
     * The state: the agent's cell.
     *
     * @param position the location index {@code row * cols + col}
     */
    public record State(int position) implements HiddenState {

        @Override
        public int[] factors() {
            return new int[] {position};
        }
    }

    /**
     * The configuration, bound from JSON or YAML; cells are {@code [row, col]}.
     *
     * @param shape {@code [rows, cols]}, positive (default {@code [3, 3]})
     * @param walls cells that cannot be entered, inside the grid (default none)
     * @param initialPosition the start cell, not a wall, or null for a uniform start over the
     *     free cells (default null)
     * @param includeStay whether a fifth action, STAY, exists (default true)
     * @param successProb the probability that a possible move happens, in [0, 1] (default 1)
     * @param categoricalObs whether observations are one-hot (default false: indices)
     * @param goals cells that end the episode with {@code goalReward}, not walls (default none)
     * @param goalReward the reward for entering a goal, finite (default 1)
     * @param stepCost subtracted from the reward of every step, finite (default 0)
     * @param maxEpisodeSteps the time limit, 0 for none (default 100)
     */
    public record Config(List<Integer> shape, List<List<Integer>> walls, List<Integer> initialPosition,
            boolean includeStay, double successProb, boolean categoricalObs, List<List<Integer>> goals,
            double goalReward, double stepCost, int maxEpisodeSteps) {

        /** pymdp's defaults: 3x3, no walls, uniform start, STAY included, deterministic moves. */
        public static final Config DEFAULT = new Config(List.of(3, 3), List.of(), null, true, 1.0, false, List.of(),
                1.0, 0.0, 100);

        /** Validates every field and copies the lists. */
        public Config {
            int[] rc = Cells.shape(shape, "shape");
            shape = List.copyOf(shape);
            walls = Cells.copyCells(walls, "walls");
            goals = Cells.copyCells(goals, "goals");
            initialPosition = Cells.copyCell(initialPosition, "initialPosition");
            boolean[] wall = new boolean[rc[0] * rc[1]];
            for (int i = 0; i < walls.size(); i++) {
                wall[Cells.index(walls.get(i), rc[0], rc[1], "walls[" + i + "]")] = true;
            }
            if (initialPosition != null
                    && wall[Cells.index(initialPosition, rc[0], rc[1], "initialPosition")]) {
                throw new IllegalArgumentException("initialPosition: expected a cell that is not a wall, found "
                        + initialPosition);
            }
            for (int i = 0; i < goals.size(); i++) {
                if (wall[Cells.index(goals.get(i), rc[0], rc[1], "goals[" + i + "]")]) {
                    throw new IllegalArgumentException("goals[" + i + "]: expected a cell that is not a wall, found "
                            + goals.get(i));
                }
            }
            if (!(successProb >= 0 && successProb <= 1)) {
                throw new IllegalArgumentException("successProb: expected a probability in [0, 1], found "
                        + successProb);
            }
            if (!Double.isFinite(goalReward)) {
                throw new IllegalArgumentException("goalReward: expected a finite number, found " + goalReward);
            }
            if (!Double.isFinite(stepCost)) {
                throw new IllegalArgumentException("stepCost: expected a finite number, found " + stepCost);
            }
            if (maxEpisodeSteps < 0) {
                throw new IllegalArgumentException("maxEpisodeSteps: expected 0 (no limit) or a positive limit, found "
                        + maxEpisodeSteps);
            }
        }

        /**
         * The default config on another grid.
         *
         * @param rows the number of rows
         * @param cols the number of columns
         * @return the config
         */
        public static Config of(int rows, int cols) {
            return new Config(List.of(rows, cols), List.of(), null, true, 1.0, false, List.of(), 1.0, 0.0, 100);
        }

        /** @return the number of rows */
        public int rows() {
            return shape.get(0);
        }

        /** @return the number of columns */
        public int cols() {
            return shape.get(1);
        }
    }

    private final Config config;
    private final int rows;
    private final int cols;
    private final int numActions;
    private final boolean[] wall;
    private final boolean[] goal;
    private final CategoricalTable transitions;
    private final CategoricalTable likelihood;
    private final double goalReward;
    private final double stepCost;

    /**
     * A grid world.
     *
     * @param config the validated config ({@code categoricalObs} is applied by {@link #create})
     */
    public GridWorld(Config config) {
        super(EnvSpec.of(ID, config.maxEpisodeSteps(), DESCRIPTION), process(config));
        this.config = config;
        this.rows = config.rows();
        this.cols = config.cols();
        this.numActions = config.includeStay() ? 5 : 4;
        this.wall = new boolean[rows * cols];
        for (List<Integer> w : config.walls()) {
            wall[w.get(0) * cols + w.get(1)] = true;
        }
        this.goal = new boolean[rows * cols];
        for (List<Integer> g : config.goals()) {
            goal[g.get(0) * cols + g.get(1)] = true;
        }
        this.transitions = kernel().transition(0);
        this.likelihood = kernel().likelihood(0);
        this.goalReward = config.goalReward();
        this.stepCost = config.stepCost();
    }

    /**
     * The env as the config asks: one-hot observations when {@code categoricalObs}.
     *
     * @param config the config
     * @return the env, wrapped in {@link CategoricalObservations} if asked
     */
    public static Env<State, ?, int[]> create(Config config) {
        return CategoricalObservations.encode(new GridWorld(config), config.categoricalObs());
    }

    /**
     * pymdp's A, B and D for a config.
     *
     * @param config the config
     * @return the generative process
     */
    public static GenerativeProcess process(Config config) {
        int rows = config.rows();
        int cols = config.cols();
        int n = rows * cols;
        boolean[] wall = new boolean[n];
        for (List<Integer> w : config.walls()) {
            wall[w.get(0) * cols + w.get(1)] = true;
        }
        int numActions = config.includeStay() ? 5 : 4;
        double p = config.successProb();
        TensorBuilder b = TensorBuilder.zeros(n, n, numActions);
        int[] dr = {-1, 0, 1, 0};
        int[] dc = {0, 1, 0, -1};
        for (int s = 0; s < n; s++) {
            int r = s / cols;
            int c = s % cols;
            for (int a = 0; a < 4; a++) {
                int tr = r + dr[a];
                int tc = c + dc[a];
                int target = tr >= 0 && tr < rows && tc >= 0 && tc < cols ? tr * cols + tc : -1;
                if (target < 0 || wall[target]) {
                    b.set(1.0, s, s, a);
                } else if (p >= 1.0) {
                    b.set(1.0, target, s, a);
                } else {
                    b.set(p, target, s, a);
                    b.set(1.0 - p, s, s, a);
                }
            }
            if (config.includeStay()) {
                b.set(1.0, s, s, STAY);
            }
        }
        DoubleTensor d;
        if (config.initialPosition() != null) {
            d = TensorBuilder.oneHot(Cells.index(config.initialPosition(), rows, cols, "initialPosition"), n);
        } else {
            int free = 0;
            for (boolean w : wall) {
                free += w ? 0 : 1;
            }
            TensorBuilder db = TensorBuilder.zeros(n);
            for (int s = 0; s < n; s++) {
                if (free == 0) {
                    db.set(1.0 / n, s);
                } else if (!wall[s]) {
                    db.set(1.0 / free, s);
                }
            }
            d = db.build();
        }
        List<String> cells = Cells.labels(rows, cols);
        GenerativeProcess.Labels labels = new GenerativeProcess.Labels(List.of("location"), List.of("location"),
                List.of(cells), List.of(cells), List.of(ACTION_LABELS.subList(0, numActions)));
        return new GenerativeProcess(List.of(TensorBuilder.identity(n)), List.of(b.build()), List.of(d),
                new int[][] {{0}}, new int[][] {{0}}, labels);
    }

    /** @return the config */
    public Config config() {
        return config;
    }

    /** @return the number of rows */
    public int rows() {
        return rows;
    }

    /** @return the number of columns */
    public int cols() {
        return cols;
    }

    /** @return the number of actions, 4 or 5 */
    public int numActions() {
        return numActions;
    }

    /**
     * The state index of a cell (pymdp's {@code coords_to_index}).
     *
     * @param row the row
     * @param col the column
     * @return {@code row * cols + col}
     * @throws IllegalArgumentException if the cell is outside the grid
     */
    public int index(int row, int col) {
        return Cells.index(List.of(row, col), rows, cols, "cell");
    }

    /**
     * The cell of a state index (pymdp's {@code index_to_coords}).
     *
     * @param index the state index
     * @return {@code {row, col}}
     * @throws IllegalArgumentException if the index is outside {@code [0, rows * cols)}
     */
    public int[] coords(int index) {
        if (index < 0 || index >= rows * cols) {
            throw new IllegalArgumentException("index: expected a state in [0, " + rows * cols + "), found " + index);
        }
        return new int[] {index / cols, index % cols};
    }

    @Override
    protected State state(int[] factors) {
        return new State(factors[0]);
    }

    @Override
    protected double reward(State from, State to, int[] observation) {
        return goal[to.position()] ? goalReward - stepCost : -stepCost;
    }

    @Override
    protected boolean terminated(State to, int[] observation) {
        return goal[to.position()];
    }

    /**
     * {@inheritDoc} The same draws as the generic process (next state with
     * {@code key.child(0).child(0)} when the move is stochastic, observation with
     * {@code key.child(1).child(0)} when A is), on precompiled tables.
     */
    @Override
    public Step<State, int[]> step(Key key, State state, int[] action) {
        if (action == null || action.length != 1 || action[0] < 0 || action[0] >= numActions) {
            throw new IllegalArgumentException("action: expected a member of MultiDiscrete([" + numActions
                    + "]), found " + (action == null ? "null" : Arrays.toString(action)));
        }
        int column = state.position() * numActions + action[0];
        int next = transitions.deterministic(column);
        if (next < 0) {
            next = transitions.sample(column, key.child(0).child(0).uniform());
        }
        int observed = likelihood.deterministic(next);
        if (observed < 0) {
            observed = likelihood.sample(next, key.child(1).child(0).uniform());
        }
        boolean atGoal = goal[next];
        return new Step<>(new int[] {observed}, new State(next), atGoal ? goalReward - stepCost : -stepCost, atGoal,
                false, Map.of());
    }

    /**
     * {@inheritDoc} State {@code s} is the location index (the observation's only entry);
     * the outcomes of action {@code a} in {@code s} are the non-zero entries of
     * {@code B[:, s, a]}, each with the reward and termination of entering that cell.
     */
    @Override
    public TabularModel tabularModel() {
        int n = rows * cols;
        double[] b = generativeProcess().B().get(0).unsafeData();
        List<List<List<TabularModel.Outcome>>> transitions = new ArrayList<>(n);
        for (int s = 0; s < n; s++) {
            List<List<TabularModel.Outcome>> perAction = new ArrayList<>(numActions);
            for (int a = 0; a < numActions; a++) {
                List<TabularModel.Outcome> outcomes = new ArrayList<>(2);
                for (int next = 0; next < n; next++) {
                    double p = b[(next * n + s) * numActions + a];
                    if (p > 0) {
                        outcomes.add(new TabularModel.Outcome(p, next, goal[next] ? goalReward - stepCost : -stepCost,
                                goal[next]));
                    }
                }
                perAction.add(outcomes);
            }
            transitions.add(perAction);
        }
        return new TabularModel(n, numActions, transitions, generativeProcess().D().get(0).data());
    }

    /**
     * The grid as text, one line per row: {@code x} the agent, {@code #} a wall, {@code G} a
     * goal, {@code .} a free cell.
     */
    @Override
    public Optional<String> render(State state) {
        StringBuilder sb = new StringBuilder((cols + 1) * rows);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int s = r * cols + c;
                sb.append(s == state.position() ? 'x' : wall[s] ? '#' : goal[s] ? 'G' : '.');
            }
            sb.append('\n');
        }
        return Optional.of(sb.toString());
    }

    /**
     * The cells that are walls, as state indices.
     *
     * @return the wall indices in increasing order
     */
    public int[] wallIndices() {
        List<Integer> out = new ArrayList<>();
        for (int s = 0; s < wall.length; s++) {
            if (wall[s]) {
                out.add(s);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
