package io.aifgym.envs.pomdp.cue;

import io.aifgym.envs.pomdp.AbstractPomdpEnv;
import io.aifgym.envs.pomdp.CategoricalObservations;
import io.aifgym.envs.pomdp.Cells;
import io.aifgym.envs.pomdp.HiddenState;
import io.aifgym.envs.pomdp.TensorBuilder;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.model.GenerativeProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * pymdp's {@code CueChainingEnv} (pymdp/envs/cue_chaining.py): a two-stage epistemic chain on a
 * grid. The first cue tells which second-cue location is informative; that second cue tells
 * which of two reward locations holds the cheese (the other gives a shock).
 *
 * <p><b>Generative process.</b> Factors: location ({@code N = rows * cols}, row-major),
 * cue-2 state ({@code K} = number of second-cue locations), reward condition (2). Modalities:
 * location ({@code I_N}, deps {@code [0]}); cue 1 ({@code (1 + K, N, K)}, deps {@code [0, 1]}):
 * "Null" everywhere except at the first cue, where it is {@code 1 + cue2State}; cue 2
 * ({@code (3, N, K, 2)}, deps {@code [0, 1, 2]}): "Null" except at second-cue location
 * {@code k} when {@code cue2State == k}, where it is {@code 1 + rewardCondition}; reward
 * ({@code (3, N, 2)}: Null, Cheese, Shock; deps {@code [0, 2]}): Null away from the two reward
 * locations, at reward location {@code j} Cheese if {@code rewardCondition == j} else Shock.
 * {@code B[0]} {@code (N, N, 5)}: {@link #UP}, {@link #DOWN}, {@link #LEFT}, {@link #RIGHT}
 * (clamped at the border) and {@link #STAY}; {@code B[1] = I_K}, {@code B[2] = I_2}, one action
 * each. {@code D}: one-hot at the start; cue-2 state and reward condition one-hot when fixed,
 * else uniform.
 *
 * <p><b>Observation.</b> {@code int[4]} (location, cue 1, cue 2, reward) in
 * {@code MultiDiscrete([N, 1 + K, 3, 3])}; one-hot with {@code categoricalObs}.
 *
 * <p><b>Action.</b> {@code int[3]} in {@code MultiDiscrete([5, 1, 1])}: the move (note pymdp's
 * order UP, DOWN, LEFT, RIGHT, STAY differs from GridWorld's) and 0 for the two uncontrolled
 * factors.
 *
 * <p><b>Reward.</b> {@code rewardValue} (+1) on Cheese, {@code punishmentValue} (-1) on Shock,
 * else 0.
 *
 * <p><b>Termination and truncation.</b> With {@code terminateOnReward} (default) the episode
 * ends when the agent enters a reward location; truncated after {@code maxEpisodeSteps} (30).
 *
 * <p><b>State.</b> {@link State}: location, cue-2 state, reward condition.
 */
public final class CueChaining extends AbstractPomdpEnv<CueChaining.State> {

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

    /** pymdp's {@code ACTION_LABELS}. */
    public static final List<String> ACTION_LABELS = List.of("UP", "DOWN", "LEFT", "RIGHT", "STAY");
    /** pymdp's {@code reward_obs_names}. */
    public static final List<String> REWARD_OBS_NAMES = List.of("Null", "Cheese", "Shock");

    /** The registry id. */
    public static final String ID = "CueChaining-v0";

    private static final String DESCRIPTION =
            "pymdp CueChaining: cue 1 reveals the informative cue 2, which reveals where the cheese is";

    /**
     * The state.
     *
     * @param location the location index {@code row * cols + col}
     * @param cue2State which second-cue location is informative
     * @param rewardCondition which reward location holds the cheese
     */
    public record State(int location, int cue2State, int rewardCondition) implements HiddenState {

        @Override
        public int[] factors() {
            return new int[] {location, cue2State, rewardCondition};
        }
    }

    /**
     * The configuration, bound from JSON or YAML; cells are {@code [row, col]}.
     *
     * @param gridShape {@code [rows, cols]}, positive (default {@code [5, 7]})
     * @param startLocation the start cell (default {@code [0, 0]})
     * @param cue1Location the first cue (default {@code [2, 0]})
     * @param cue2Locations the candidate second cues, at least one (default
     *     {@code [[0, 2], [1, 3], [3, 3], [4, 2]]})
     * @param rewardLocations exactly two different cells (default {@code [[1, 5], [3, 5]]})
     * @param cue2State the fixed cue-2 state, or null for a uniform draw at every reset
     * @param rewardCondition the fixed reward condition (0 or 1), or null for a uniform draw
     * @param cue2Names names of the cue-2 states, one per location, or null for L1, L2, ...
     * @param rewardConditionNames names of the two reward conditions, or null for TOP, BOTTOM
     * @param categoricalObs whether observations are one-hot (default false)
     * @param rewardValue the reward of Cheese, finite (default 1)
     * @param punishmentValue the reward of Shock, finite (default -1)
     * @param terminateOnReward whether entering a reward location ends the episode (default true)
     * @param maxEpisodeSteps the time limit, 0 for none (default 30)
     */
    public record Config(List<Integer> gridShape, List<Integer> startLocation, List<Integer> cue1Location,
            List<List<Integer>> cue2Locations, List<List<Integer>> rewardLocations, Integer cue2State,
            Integer rewardCondition, List<String> cue2Names, List<String> rewardConditionNames, boolean categoricalObs,
            double rewardValue, double punishmentValue, boolean terminateOnReward, int maxEpisodeSteps) {

        /** pymdp's default layout, uniform cue-2 state and reward condition. */
        public static final Config DEFAULT = new Config(List.of(5, 7), List.of(0, 0), List.of(2, 0),
                List.of(List.of(0, 2), List.of(1, 3), List.of(3, 3), List.of(4, 2)),
                List.of(List.of(1, 5), List.of(3, 5)), null, null, null, null, false, 1.0, -1.0, true, 30);

        /** Validates every field (pymdp's checks, plus distinct reward locations) and copies the lists. */
        public Config {
            int[] rc = Cells.shape(gridShape, "gridShape");
            gridShape = List.copyOf(gridShape);
            Cells.index(startLocation, rc[0], rc[1], "startLocation");
            Cells.index(cue1Location, rc[0], rc[1], "cue1Location");
            startLocation = List.copyOf(startLocation);
            cue1Location = List.copyOf(cue1Location);
            cue2Locations = Cells.copyCells(cue2Locations, "cue2Locations");
            if (cue2Locations.isEmpty()) {
                throw new IllegalArgumentException("cue2Locations: expected at least one location, found none");
            }
            for (int i = 0; i < cue2Locations.size(); i++) {
                Cells.index(cue2Locations.get(i), rc[0], rc[1], "cue2Locations[" + i + "]");
            }
            rewardLocations = Cells.copyCells(rewardLocations, "rewardLocations");
            if (rewardLocations.size() != 2) {
                throw new IllegalArgumentException("rewardLocations: expected exactly two locations, found "
                        + rewardLocations.size());
            }
            for (int i = 0; i < 2; i++) {
                Cells.index(rewardLocations.get(i), rc[0], rc[1], "rewardLocations[" + i + "]");
            }
            if (rewardLocations.get(0).equals(rewardLocations.get(1))) {
                throw new IllegalArgumentException("rewardLocations: expected two different cells, found "
                        + rewardLocations);
            }
            if (cue2State != null && (cue2State < 0 || cue2State >= cue2Locations.size())) {
                throw new IllegalArgumentException("cue2State: expected a state in [0, " + cue2Locations.size()
                        + ") or null, found " + cue2State);
            }
            if (rewardCondition != null && (rewardCondition < 0 || rewardCondition >= 2)) {
                throw new IllegalArgumentException("rewardCondition: expected 0, 1 or null, found " + rewardCondition);
            }
            if (cue2Names != null) {
                if (cue2Names.size() != cue2Locations.size()) {
                    throw new IllegalArgumentException("cue2Names: expected one name per cue-2 location ("
                            + cue2Locations.size() + "), found " + cue2Names.size());
                }
                cue2Names = List.copyOf(cue2Names);
            }
            if (rewardConditionNames != null) {
                if (rewardConditionNames.size() != 2) {
                    throw new IllegalArgumentException("rewardConditionNames: expected two names, found "
                            + rewardConditionNames.size());
                }
                rewardConditionNames = List.copyOf(rewardConditionNames);
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
         * The default layout with fixed hidden states.
         *
         * @param cue2State the cue-2 state or null
         * @param rewardCondition the reward condition or null
         * @return the config
         */
        public static Config of(Integer cue2State, Integer rewardCondition) {
            return new Config(DEFAULT.gridShape, DEFAULT.startLocation, DEFAULT.cue1Location, DEFAULT.cue2Locations,
                    DEFAULT.rewardLocations, cue2State, rewardCondition, null, null, false, 1.0, -1.0, true, 30);
        }

        /** @return the number of rows */
        public int rows() {
            return gridShape.get(0);
        }

        /** @return the number of columns */
        public int cols() {
            return gridShape.get(1);
        }

        /** @return the cue-2 names, defaulted */
        public List<String> cue2NamesOrDefault() {
            if (cue2Names != null) {
                return cue2Names;
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < cue2Locations.size(); i++) {
                out.add("L" + (i + 1));
            }
            return List.copyOf(out);
        }

        /** @return the reward condition names, defaulted */
        public List<String> rewardConditionNamesOrDefault() {
            return rewardConditionNames != null ? rewardConditionNames : List.of("TOP", "BOTTOM");
        }
    }

    private final Config config;
    private final int rows;
    private final int cols;
    private final int start;
    private final int cue1;
    private final int[] cue2;
    private final int[] rewards;

    /**
     * A cue-chaining env.
     *
     * @param config the validated config ({@code categoricalObs} is applied by {@link #create})
     */
    public CueChaining(Config config) {
        super(EnvSpec.of(ID, config.maxEpisodeSteps(), DESCRIPTION), process(config));
        this.config = config;
        this.rows = config.rows();
        this.cols = config.cols();
        this.start = index(config.startLocation(), cols);
        this.cue1 = index(config.cue1Location(), cols);
        this.cue2 = config.cue2Locations().stream().mapToInt(c -> index(c, cols)).toArray();
        this.rewards = config.rewardLocations().stream().mapToInt(c -> index(c, cols)).toArray();
    }

    private static int index(List<Integer> cell, int cols) {
        return cell.get(0) * cols + cell.get(1);
    }

    /**
     * The env as the config asks: one-hot observations when {@code categoricalObs}.
     *
     * @param config the config
     * @return the env, wrapped in {@link CategoricalObservations} if asked
     */
    public static Env<State, ?, int[]> create(Config config) {
        return CategoricalObservations.encode(new CueChaining(config), config.categoricalObs());
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
        int k = config.cue2Locations().size();
        int cue1 = index(config.cue1Location(), cols);
        int[] cue2 = config.cue2Locations().stream().mapToInt(c -> index(c, cols)).toArray();
        int[] rewards = config.rewardLocations().stream().mapToInt(c -> index(c, cols)).toArray();

        TensorBuilder aCue1 = TensorBuilder.zeros(1 + k, n, k);
        for (int s = 0; s < n; s++) {
            for (int c = 0; c < k; c++) {
                aCue1.set(1.0, 0, s, c);
            }
        }
        for (int c = 0; c < k; c++) {
            aCue1.set(0.0, 0, cue1, c);
            aCue1.set(1.0, 1 + c, cue1, c);
        }
        TensorBuilder aCue2 = TensorBuilder.zeros(3, n, k, 2);
        for (int s = 0; s < n; s++) {
            for (int c = 0; c < k; c++) {
                for (int r = 0; r < 2; r++) {
                    aCue2.set(1.0, 0, s, c, r);
                }
            }
        }
        for (int c = 0; c < k; c++) {
            for (int r = 0; r < 2; r++) {
                aCue2.set(0.0, 0, cue2[c], c, r);
            }
            for (int r = 0; r < 2; r++) {
                aCue2.set(1.0, 1 + r, cue2[c], c, r);
            }
        }
        TensorBuilder aReward = TensorBuilder.zeros(3, n, 2);
        for (int s = 0; s < n; s++) {
            for (int r = 0; r < 2; r++) {
                aReward.set(1.0, 0, s, r);
            }
        }
        for (int j = 0; j < 2; j++) {
            for (int r = 0; r < 2; r++) {
                aReward.set(0.0, 0, rewards[j], r);
            }
            for (int r = 0; r < 2; r++) {
                aReward.set(1.0, j == r ? 1 : 2, rewards[j], r);
            }
        }
        TensorBuilder bLoc = TensorBuilder.zeros(n, n, 5);
        for (int s = 0; s < n; s++) {
            int r = s / cols;
            int c = s % cols;
            bLoc.set(1.0, Math.max(r - 1, 0) * cols + c, s, UP);
            bLoc.set(1.0, Math.min(r + 1, rows - 1) * cols + c, s, DOWN);
            bLoc.set(1.0, r * cols + Math.max(c - 1, 0), s, LEFT);
            bLoc.set(1.0, r * cols + Math.min(c + 1, cols - 1), s, RIGHT);
            bLoc.set(1.0, s, s, STAY);
        }
        List<String> cells = Cells.labels(rows, cols);
        List<String> cue2Names = config.cue2NamesOrDefault();
        List<String> conditionNames = config.rewardConditionNamesOrDefault();
        List<String> cue1Obs = new ArrayList<>(List.of("Null"));
        cue1Obs.addAll(cue2Names);
        List<String> cue2Obs = new ArrayList<>(List.of("Null"));
        for (String name : conditionNames) {
            cue2Obs.add("reward_on_" + name.toLowerCase(Locale.ROOT));
        }
        GenerativeProcess.Labels labels = new GenerativeProcess.Labels(
                List.of("location", "cue2_state", "reward_condition"), List.of("location", "cue1", "cue2", "reward"),
                List.of(cells, cue2Names, conditionNames), List.of(cells, cue1Obs, cue2Obs, REWARD_OBS_NAMES),
                List.of(ACTION_LABELS, List.of("none"), List.of("none")));
        return new GenerativeProcess(
                List.of(TensorBuilder.identity(n), aCue1.build(), aCue2.build(), aReward.build()),
                List.of(bLoc.build(), TensorBuilder.staticTransition(k), TensorBuilder.staticTransition(2)),
                List.of(TensorBuilder.oneHot(index(config.startLocation(), cols), n),
                        config.cue2State() == null ? TensorBuilder.uniform(k)
                                : TensorBuilder.oneHot(config.cue2State(), k),
                        config.rewardCondition() == null ? TensorBuilder.uniform(2)
                                : TensorBuilder.oneHot(config.rewardCondition(), 2)),
                new int[][] {{0}, {0, 1}, {0, 1, 2}, {0, 2}}, new int[][] {{0}, {1}, {2}}, labels);
    }

    /** @return the config */
    public Config config() {
        return config;
    }

    @Override
    protected State state(int[] factors) {
        return new State(factors[0], factors[1], factors[2]);
    }

    /** {@inheritDoc} {@code rewardValue} on Cheese, {@code punishmentValue} on Shock, else 0. */
    @Override
    protected double reward(State from, State to, int[] observation) {
        return switch (observation[3]) {
            case 1 -> config.rewardValue();
            case 2 -> config.punishmentValue();
            default -> 0.0;
        };
    }

    /** {@inheritDoc} With {@code terminateOnReward}, when the agent is on a reward location. */
    @Override
    protected boolean terminated(State to, int[] observation) {
        return config.terminateOnReward() && (to.location() == rewards[0] || to.location() == rewards[1]);
    }

    /**
     * The grid as text, one line per row: {@code x} the agent, {@code 1} the first cue,
     * {@code 2} the informative second cue of this state, {@code o} the other second-cue
     * locations, {@code +} the cheese, {@code -} the shock, {@code S} the start, {@code .} free.
     */
    @Override
    public Optional<String> render(State state) {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                sb.append(cellChar(r * cols + c, state));
            }
            sb.append('\n');
        }
        return Optional.of(sb.toString());
    }

    private char cellChar(int s, State state) {
        if (s == state.location()) {
            return 'x';
        }
        if (s == rewards[0] || s == rewards[1]) {
            return s == rewards[state.rewardCondition()] ? '+' : '-';
        }
        if (s == cue1) {
            return '1';
        }
        for (int k = 0; k < cue2.length; k++) {
            if (s == cue2[k]) {
                return k == state.cue2State() ? '2' : 'o';
            }
        }
        return s == start ? 'S' : '.';
    }
}
