package io.aifgym.envs.pomdp.generalized;

import io.aifgym.envs.pomdp.AbstractPomdpEnv;
import io.aifgym.envs.pomdp.CategoricalObservations;
import io.aifgym.envs.pomdp.Cells;
import io.aifgym.envs.pomdp.PomdpState;
import io.aifgym.envs.pomdp.TensorBuilder;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.model.GenerativeProcess;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * pymdp's {@code GeneralizedTMazeEnv} (pymdp/envs/generalized_tmaze.py): a grid maze with
 * several cue-reward sets; the cue of a set tells which of its two reward cells pays.
 *
 * <p><b>Generative process.</b> Factors: position ({@code rows * cols}, row-major), then one
 * 2-state factor per set ({@code 0}: the first reward cell pays, {@code 1}: the second).
 * Modalities, in order: position ({@code I}, deps {@code [0]}); the cue of each set {@code i}
 * ({@code (3, N, 2)}: 0 nothing, 1 "reward at the first cell", 2 "reward at the second cell";
 * deps {@code [0, 1 + i]}: nothing except at the set's cue cell, where state 0 gives 1 and
 * state 1 gives 2); the reward of each set {@code i} ({@code (3, N, 2)}: 0 nothing, 1 reward,
 * 2 punishment; deps {@code [0, 1 + i]}: nothing except at the first cell (state 0: reward,
 * state 1: punishment) and at the second cell (state 0: punishment, state 1: reward)).
 * {@code B[0]} {@code (N, N, 5)}: up, down, left, right (off the grid or into a wall: stay) and
 * 4 = stay; {@code B[1 + i] = I_2} with one action. {@code D[0]} one-hot at the start cell;
 * {@code D[1 + i]} one-hot at {@code rewardLocations[i]}, or uniform when they are not given.
 *
 * <p><b>Observation.</b> {@code int[1 + 2n]} for {@code n} sets (position, the cues, the
 * rewards) in {@code MultiDiscrete([N, 3, ..., 3])}; one-hot with {@code categoricalObs}.
 *
 * <p><b>Action.</b> {@code int[1 + n]} in {@code MultiDiscrete([5, 1, ..., 1])}: the move
 * ({@link #UP}, {@link #DOWN}, {@link #LEFT}, {@link #RIGHT}, {@link #STAY}, pymdp's order) and
 * 0 for each uncontrolled set factor.
 *
 * <p><b>Reward.</b> As in pymdp's demo, the last set is the "true" one and the others are
 * distractors: {@code rewardValue} (+1) when the last reward modality shows reward,
 * {@code punishmentValue} (-1) for punishment, else 0.
 *
 * <p><b>Termination and truncation.</b> With {@code terminateOnReward} (default) the episode
 * ends when the agent enters either reward cell of the last set; truncated after
 * {@code maxEpisodeSteps} (25).
 *
 * <p><b>State.</b> {@link PomdpState}: position, then the state of each set.
 *
 * <p>Difference from pymdp: pymdp draws the reward locations once, when the env is built, from
 * a key; here they are given in the config, or else drawn at every reset from its key (a
 * uniform {@code D}).
 */
public final class GeneralizedTMaze extends AbstractPomdpEnv<PomdpState> {

    /** Move to row - 1. */
    public static final int UP = 0;
    /** Move to row + 1. */
    public static final int DOWN = 1;
    /** Move to col - 1. */
    public static final int LEFT = 2;
    /** Move to col + 1. */
    public static final int RIGHT = 3;
    /** Stay. */
    public static final int STAY = 4;

    /** The registry id. */
    public static final String ID = "GeneralizedTMaze-v0";

    private static final String DESCRIPTION =
            "pymdp GeneralizedTMaze: a grid maze with several cue-reward sets, the last one pays";

    /** Which maze to use. */
    public enum Layout {
        /** pymdp's 3x3 maze with two sets. */
        SMALL,
        /** pymdp's 5x5 maze with three sets. */
        LARGE,
        /** The matrix given in {@code maze}. */
        CUSTOM
    }

    /**
     * The configuration, bound from JSON or YAML.
     *
     * @param layout SMALL, LARGE or CUSTOM (default LARGE, pymdp's default)
     * @param maze the cell codes for CUSTOM (see {@link Maze}); null otherwise
     * @param rewardLocations per set, 0 (first cell pays) or 1 (second), or null to draw them at
     *     every reset (default null)
     * @param categoricalObs whether observations are one-hot (default false)
     * @param rewardValue the reward of the reward outcome of the last set, finite (default 1)
     * @param punishmentValue the reward of its punishment outcome, finite (default -1)
     * @param terminateOnReward whether entering a reward cell of the last set ends the episode
     *     (default true)
     * @param maxEpisodeSteps the time limit, 0 for none (default 25)
     */
    public record Config(Layout layout, List<List<Integer>> maze, List<Integer> rewardLocations,
            boolean categoricalObs, double rewardValue, double punishmentValue, boolean terminateOnReward,
            int maxEpisodeSteps) {

        /** The large maze, reward locations drawn at reset. */
        public static final Config DEFAULT = new Config(Layout.LARGE, null, null, false, 1.0, -1.0, true, 25);

        /** Validates every field and copies the lists. */
        public Config {
            if (layout == null) {
                throw new IllegalArgumentException("layout: expected SMALL, LARGE or CUSTOM, found null");
            }
            if (layout == Layout.CUSTOM && maze == null) {
                throw new IllegalArgumentException(
                        "maze: expected a matrix of cell codes for layout CUSTOM, found null");
            }
            if (layout != Layout.CUSTOM && maze != null) {
                throw new IllegalArgumentException("maze: expected null for layout " + layout
                        + " (give layout CUSTOM to use a matrix), found " + maze);
            }
            Maze parsed = Maze.parse(layout == Layout.SMALL ? Maze.smallMatrix()
                    : layout == Layout.LARGE ? Maze.largeMatrix() : maze);
            maze = maze == null ? null : parsed.matrix();
            if (rewardLocations != null) {
                if (rewardLocations.size() != parsed.numSets()) {
                    throw new IllegalArgumentException("rewardLocations: expected one entry per set ("
                            + parsed.numSets() + "), found " + rewardLocations);
                }
                for (int i = 0; i < rewardLocations.size(); i++) {
                    Integer r = rewardLocations.get(i);
                    if (r == null || (r != 0 && r != 1)) {
                        throw new IllegalArgumentException("rewardLocations[" + i + "]: expected 0 or 1, found " + r);
                    }
                }
                rewardLocations = List.copyOf(rewardLocations);
            }
            if (!Double.isFinite(rewardValue)) {
                throw new IllegalArgumentException("rewardValue: expected a finite number, found " + rewardValue);
            }
            if (!Double.isFinite(punishmentValue)) {
                throw new IllegalArgumentException("punishmentValue: expected a finite number, found "
                        + punishmentValue);
            }
            if (maxEpisodeSteps < 0) {
                throw new IllegalArgumentException("maxEpisodeSteps: expected 0 (no limit) or a positive limit, found "
                        + maxEpisodeSteps);
            }
        }

        /**
         * A built-in maze with given reward locations.
         *
         * @param small whether to use pymdp's small maze
         * @param rewardLocations per set, 0 or 1
         * @return the config
         */
        public static Config of(boolean small, List<Integer> rewardLocations) {
            return new Config(small ? Layout.SMALL : Layout.LARGE, null, rewardLocations, false, 1.0, -1.0, true, 25);
        }

        /** @return the parsed maze of this config */
        public Maze parsedMaze() {
            return Maze.parse(layout == Layout.SMALL ? Maze.smallMatrix()
                    : layout == Layout.LARGE ? Maze.largeMatrix() : maze);
        }
    }

    private final Config config;
    private final Maze maze;
    private final int lastReward;

    /**
     * A generalized T-maze.
     *
     * @param config the validated config ({@code categoricalObs} is applied by {@link #create})
     */
    public GeneralizedTMaze(Config config) {
        super(EnvSpec.of(ID, config.maxEpisodeSteps(), DESCRIPTION), process(config));
        this.config = config;
        this.maze = config.parsedMaze();
        this.lastReward = 2 * maze.numSets();
    }

    /**
     * The env as the config asks: one-hot observations when {@code categoricalObs}.
     *
     * @param config the config
     * @return the env, wrapped in {@link CategoricalObservations} if asked
     */
    public static Env<PomdpState, ?, int[]> create(Config config) {
        return CategoricalObservations.encode(new GeneralizedTMaze(config), config.categoricalObs());
    }

    /**
     * pymdp's A, B and D for a config ({@code generate_A}, {@code generate_B}, {@code generate_D}).
     *
     * @param config the config
     * @return the generative process
     */
    public static GenerativeProcess process(Config config) {
        Maze maze = config.parsedMaze();
        int n = maze.numCells();
        int sets = maze.numSets();
        List<DoubleTensor> a = new ArrayList<>();
        List<DoubleTensor> cueTensors = new ArrayList<>();
        List<DoubleTensor> rewardTensors = new ArrayList<>();
        for (int i = 0; i < sets; i++) {
            TensorBuilder cue = TensorBuilder.zeros(3, n, 2);
            TensorBuilder reward = TensorBuilder.zeros(3, n, 2);
            for (int s = 0; s < n; s++) {
                for (int c = 0; c < 2; c++) {
                    cue.set(1.0, 0, s, c);
                    reward.set(1.0, 0, s, c);
                }
            }
            setColumn(cue, maze.cue(i), 0, 1);
            setColumn(cue, maze.cue(i), 1, 2);
            setColumn(reward, maze.first(i), 0, 1);
            setColumn(reward, maze.second(i), 0, 2);
            setColumn(reward, maze.first(i), 1, 2);
            setColumn(reward, maze.second(i), 1, 1);
            cueTensors.add(cue.build());
            rewardTensors.add(reward.build());
        }
        a.add(TensorBuilder.identity(n));
        a.addAll(cueTensors);
        a.addAll(rewardTensors);
        int[][] aDeps = new int[1 + 2 * sets][];
        aDeps[0] = new int[] {0};
        for (int i = 0; i < sets; i++) {
            aDeps[1 + i] = new int[] {0, 1 + i};
            aDeps[1 + sets + i] = new int[] {0, 1 + i};
        }
        int[] dr = {-1, 1, 0, 0};
        int[] dc = {0, 0, -1, 1};
        TensorBuilder move = TensorBuilder.zeros(n, n, 5);
        for (int s = 0; s < n; s++) {
            int r = s / maze.cols();
            int c = s % maze.cols();
            for (int act = 0; act < 4; act++) {
                int nr = r + dr[act];
                int nc = c + dc[act];
                boolean blocked = nr < 0 || nr >= maze.rows() || nc < 0 || nc >= maze.cols()
                        || maze.isWall(nr * maze.cols() + nc);
                move.set(1.0, blocked ? s : nr * maze.cols() + nc, s, act);
            }
            move.set(1.0, s, s, STAY);
        }
        List<DoubleTensor> b = new ArrayList<>();
        List<DoubleTensor> d = new ArrayList<>();
        int[][] bDeps = new int[1 + sets][];
        b.add(move.build());
        d.add(TensorBuilder.oneHot(maze.start(), n));
        bDeps[0] = new int[] {0};
        for (int i = 0; i < sets; i++) {
            b.add(TensorBuilder.staticTransition(2));
            d.add(config.rewardLocations() == null ? TensorBuilder.uniform(2)
                    : TensorBuilder.oneHot(config.rewardLocations().get(i), 2));
            bDeps[1 + i] = new int[] {1 + i};
        }
        return new GenerativeProcess(a, b, d, aDeps, bDeps, labels(maze));
    }

    private static void setColumn(TensorBuilder t, int cell, int state, int level) {
        for (int o = 0; o < 3; o++) {
            t.set(o == level ? 1.0 : 0.0, o, cell, state);
        }
    }

    private static GenerativeProcess.Labels labels(Maze maze) {
        int sets = maze.numSets();
        List<String> cells = Cells.labels(maze.rows(), maze.cols());
        List<String> factors = new ArrayList<>(List.of("position"));
        List<String> modalities = new ArrayList<>(List.of("position"));
        List<List<String>> states = new ArrayList<>(List.of(cells));
        List<List<String>> observations = new ArrayList<>(List.of(cells));
        List<List<String>> actions = new ArrayList<>(List.of(List.of("up", "down", "left", "right", "stay")));
        for (int i = 0; i < sets; i++) {
            factors.add("reward_set_" + i);
            modalities.add("cue_" + i);
            states.add(List.of("reward_at_first", "reward_at_second"));
            observations.add(List.of("nothing", "reward_at_first", "reward_at_second"));
            actions.add(List.of("none"));
        }
        for (int i = 0; i < sets; i++) {
            modalities.add("reward_" + i);
            observations.add(List.of("nothing", "reward", "punishment"));
        }
        return new GenerativeProcess.Labels(factors, modalities, states, observations, actions);
    }

    /** @return the config */
    public Config config() {
        return config;
    }

    /** @return the parsed maze */
    public Maze maze() {
        return maze;
    }

    @Override
    protected PomdpState state(int[] factors) {
        return new PomdpState(factors);
    }

    /** {@inheritDoc} The outcome of the last set's reward modality: +rewardValue, punishmentValue or 0. */
    @Override
    protected double reward(PomdpState from, PomdpState to, int[] observation) {
        return switch (observation[lastReward]) {
            case 1 -> config.rewardValue();
            case 2 -> config.punishmentValue();
            default -> 0.0;
        };
    }

    /** {@inheritDoc} With {@code terminateOnReward}, when the agent is on a reward cell of the last set. */
    @Override
    protected boolean terminated(PomdpState to, int[] observation) {
        int last = maze.numSets() - 1;
        int p = to.factor(0);
        return config.terminateOnReward() && (p == maze.first(last) || p == maze.second(last));
    }

    /**
     * The maze as text, three characters per cell: {@code x} the agent, {@code #} a wall,
     * {@code S} the start, {@code Ck} the cue of set k (counted from 1), {@code Rk} the reward
     * cell of set k that pays in this state and {@code Pk} the one that punishes, {@code .} free.
     */
    @Override
    public Optional<String> render(PomdpState state) {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < maze.rows(); r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < maze.cols(); c++) {
                int s = r * maze.cols() + c;
                line.append(pad(cellText(s, state)));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return Optional.of(sb.toString());
    }

    private String cellText(int s, PomdpState state) {
        if (s == state.factor(0)) {
            return "x";
        }
        if (maze.isWall(s)) {
            return "#";
        }
        if (s == maze.start()) {
            return "S";
        }
        for (int i = 0; i < maze.numSets(); i++) {
            int paying = state.factor(1 + i) == 0 ? maze.first(i) : maze.second(i);
            if (s == maze.cue(i)) {
                return "C" + (i + 1);
            }
            if (s == maze.first(i) || s == maze.second(i)) {
                return (s == paying ? "R" : "P") + (i + 1);
            }
        }
        return ".";
    }

    private static String pad(String s) {
        return s.length() >= 3 ? s + " " : s + " ".repeat(3 - s.length());
    }
}
