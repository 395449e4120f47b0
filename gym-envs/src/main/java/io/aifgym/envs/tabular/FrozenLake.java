package io.aifgym.envs.tabular;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.env.Reset;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.model.HasTabularModel;
import io.aifgym.gym.model.TabularModel;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.space.Discrete;
import io.aifgym.gym.space.Space;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Gymnasium's {@code FrozenLake-v1} (gymnasium/envs/toy_text/frozen_lake.py): cross a frozen
 * lake from the start to the goal without falling into a hole, on slippery ice.
 *
 * <p><b>Observation.</b> {@code Integer} in {@code Discrete(nrow * ncol)}: the agent's cell
 * {@code row * ncol + col}.
 *
 * <p><b>Action.</b> {@code Integer} in {@code Discrete(4)}, Gymnasium's order: {@link #LEFT},
 * {@link #DOWN}, {@link #RIGHT}, {@link #UP}. A move off the map stays in place. On slippery ice
 * ({@code isSlippery}, default) the agent moves in the intended direction with
 * {@code successRate} (1/3) and in each perpendicular direction with
 * {@code (1 - successRate) / 2}; the outcome list of an action is in Gymnasium's order
 * {@code (a - 1) % 4, a, (a + 1) % 4}.
 *
 * <p><b>Reward.</b> {@code rewardSchedule} = (goal, hole, frozen), default (1, 0, 0): the value
 * of the letter of the cell entered ({@code S} counts as frozen).
 *
 * <p><b>Termination and truncation.</b> Terminated on entering a hole {@code H} or the goal
 * {@code G}; in those cells (never reached by a running episode) every action stays with
 * reward 0 and terminated, as in Gymnasium's {@code P}. Truncated after {@code maxEpisodeSteps}:
 * 100, or 200 for the 8x8 map, as Gymnasium registers them.
 *
 * <p><b>State.</b> {@link TabularState}: the cell and the last action. The initial cell is
 * drawn uniformly over the {@code S} cells. The transition model is Gymnasium's {@code P}
 * ({@link #tabularModel()}).
 */
public final class FrozenLake implements Env<TabularState, Integer, Integer>, HasTabularModel {

    /** Move to col - 1. */
    public static final int LEFT = 0;
    /** Move to row + 1. */
    public static final int DOWN = 1;
    /** Move to col + 1. */
    public static final int RIGHT = 2;
    /** Move to row - 1. */
    public static final int UP = 3;

    /** The registry id. */
    public static final String ID = "FrozenLake-v1";

    /** Gymnasium's built-in maps. */
    public static final Map<String, List<String>> MAPS = Map.of(
            "4x4", List.of("SFFF", "FHFH", "FFFH", "HFFG"),
            "8x8", List.of("SFFFFFFF", "FFFFFFFF", "FFFHFFFF", "FFFFFHFF", "FFFHFFFF", "FHHFFFHF", "FHFFHFHF",
                    "FFFHFFFG"));

    private static final String DESCRIPTION = "Gymnasium FrozenLake: cross slippery ice from S to G avoiding holes";
    private static final List<String> ACTION_NAMES = List.of("Left", "Down", "Right", "Up");

    /**
     * The configuration, bound from JSON or YAML.
     *
     * @param mapName "4x4" or "8x8" (default "4x4"); ignored when {@code map} is given
     * @param map a custom map, one string per row of {@code S}, {@code F}, {@code H}, {@code G},
     *     at least one {@code S}; null for {@code mapName} (default null)
     * @param isSlippery whether moves slip (default true)
     * @param successRate the probability of the intended move on slippery ice, in [0, 1] (default 1/3)
     * @param rewardSchedule the rewards for entering (goal, hole, frozen), three finite numbers
     *     (default [1, 0, 0])
     * @param maxEpisodeSteps the time limit, 0 for none, or null for Gymnasium's (100; 200 for "8x8")
     */
    public record Config(String mapName, List<String> map, boolean isSlippery, double successRate,
            List<Double> rewardSchedule, Integer maxEpisodeSteps) {

        /** Gymnasium's {@code FrozenLake-v1}: the 4x4 map, slippery. */
        public static final Config DEFAULT = new Config("4x4", null, true, 1.0 / 3.0, List.of(1.0, 0.0, 0.0), null);

        /** Validates every field and copies the lists. */
        public Config {
            if (map == null) {
                if (mapName == null || !MAPS.containsKey(mapName)) {
                    throw new IllegalArgumentException("mapName: expected \"4x4\" or \"8x8\" (or give a map), found "
                            + (mapName == null ? "null" : "\"" + mapName + "\""));
                }
            } else {
                map = List.copyOf(map);
                checkMap(map);
            }
            if (!(successRate >= 0 && successRate <= 1)) {
                throw new IllegalArgumentException("successRate: expected a probability in [0, 1], found "
                        + successRate);
            }
            if (rewardSchedule == null || rewardSchedule.size() != 3
                    || rewardSchedule.stream().anyMatch(r -> r == null || !Double.isFinite(r))) {
                throw new IllegalArgumentException("rewardSchedule: expected three finite rewards (goal, hole, "
                        + "frozen), found " + rewardSchedule);
            }
            rewardSchedule = List.copyOf(rewardSchedule);
            if (maxEpisodeSteps != null && maxEpisodeSteps < 0) {
                throw new IllegalArgumentException("maxEpisodeSteps: expected 0 (no limit), a positive limit or null, "
                        + "found " + maxEpisodeSteps);
            }
        }

        private static void checkMap(List<String> map) {
            if (map.isEmpty() || map.get(0) == null || map.get(0).isEmpty()) {
                throw new IllegalArgumentException("map: expected at least one non-empty row, found " + map);
            }
            int cols = map.get(0).length();
            boolean start = false;
            for (int r = 0; r < map.size(); r++) {
                String row = map.get(r);
                if (row == null || row.length() != cols) {
                    throw new IllegalArgumentException("map[" + r + "]: expected " + cols + " cells like row 0, found "
                            + (row == null ? "null" : "\"" + row + "\""));
                }
                for (int c = 0; c < cols; c++) {
                    char ch = row.charAt(c);
                    if ("SFHG".indexOf(ch) < 0) {
                        throw new IllegalArgumentException("map[" + r + "][" + c + "]: expected one of S, F, H, G, "
                                + "found '" + ch + "'");
                    }
                    start |= ch == 'S';
                }
            }
            if (!start) {
                throw new IllegalArgumentException("map: expected at least one start cell S, found none in " + map);
            }
        }

        /**
         * A built-in map.
         *
         * @param mapName "4x4" or "8x8"
         * @param isSlippery whether moves slip
         * @return the config
         */
        public static Config of(String mapName, boolean isSlippery) {
            return new Config(mapName, null, isSlippery, 1.0 / 3.0, List.of(1.0, 0.0, 0.0), null);
        }

        /**
         * A custom map.
         *
         * @param map the rows
         * @param isSlippery whether moves slip
         * @return the config
         */
        public static Config ofMap(List<String> map, boolean isSlippery) {
            return new Config(null, map, isSlippery, 1.0 / 3.0, List.of(1.0, 0.0, 0.0), null);
        }

        /** @return the rows of the map in use */
        public List<String> rows() {
            return map != null ? map : MAPS.get(mapName);
        }

        /** @return the time limit in use */
        public int episodeLimit() {
            if (maxEpisodeSteps != null) {
                return maxEpisodeSteps;
            }
            return map == null && "8x8".equals(mapName) ? 200 : 100;
        }
    }

    private final Config config;
    private final EnvSpec spec;
    private final char[][] desc;
    private final int nrow;
    private final int ncol;
    private final TabularDynamics dynamics;
    private final Discrete observationSpace;
    private final Discrete actionSpace = new Discrete(4);

    /**
     * A frozen lake.
     *
     * @param config the validated config
     */
    public FrozenLake(Config config) {
        this.config = Objects.requireNonNull(config, "config");
        this.spec = EnvSpec.of(ID, config.episodeLimit(), DESCRIPTION);
        List<String> rows = config.rows();
        this.nrow = rows.size();
        this.ncol = rows.get(0).length();
        this.desc = new char[nrow][];
        for (int r = 0; r < nrow; r++) {
            desc[r] = rows.get(r).toCharArray();
        }
        this.dynamics = new TabularDynamics(model(config));
        this.observationSpace = new Discrete(nrow * ncol);
    }

    /**
     * Gymnasium's {@code P} and initial distribution for a config.
     *
     * @param config the config
     * @return the model
     */
    public static TabularModel model(Config config) {
        List<String> rows = config.rows();
        int nrow = rows.size();
        int ncol = rows.get(0).length();
        int ns = nrow * ncol;
        double success = config.successRate();
        double fail = (1.0 - success) / 2.0;
        List<List<List<TabularModel.Outcome>>> p = new ArrayList<>(ns);
        double[] initial = new double[ns];
        int starts = 0;
        for (int s = 0; s < ns; s++) {
            if (rows.get(s / ncol).charAt(s % ncol) == 'S') {
                starts++;
            }
        }
        for (int s = 0; s < ns; s++) {
            int row = s / ncol;
            int col = s % ncol;
            char letter = rows.get(row).charAt(col);
            initial[s] = letter == 'S' ? 1.0 / starts : 0.0;
            List<List<TabularModel.Outcome>> perAction = new ArrayList<>(4);
            for (int a = 0; a < 4; a++) {
                List<TabularModel.Outcome> li = new ArrayList<>(3);
                if (letter == 'G' || letter == 'H') {
                    li.add(new TabularModel.Outcome(1.0, s, 0.0, true));
                } else if (config.isSlippery()) {
                    for (int b : new int[] {Math.floorMod(a - 1, 4), a, Math.floorMod(a + 1, 4)}) {
                        li.add(outcome(b == a ? success : fail, rows, row, col, b, config.rewardSchedule()));
                    }
                } else {
                    li.add(outcome(1.0, rows, row, col, a, config.rewardSchedule()));
                }
                perAction.add(li);
            }
            p.add(perAction);
        }
        return new TabularModel(ns, 4, p, initial);
    }

    private static TabularModel.Outcome outcome(double prob, List<String> rows, int row, int col, int a,
            List<Double> schedule) {
        int nrow = rows.size();
        int ncol = rows.get(0).length();
        switch (a) {
            case LEFT -> col = Math.max(col - 1, 0);
            case DOWN -> row = Math.min(row + 1, nrow - 1);
            case RIGHT -> col = Math.min(col + 1, ncol - 1);
            default -> row = Math.max(row - 1, 0);
        }
        char letter = rows.get(row).charAt(col);
        double reward = schedule.get(letter == 'G' ? 0 : letter == 'H' ? 1 : 2);
        return new TabularModel.Outcome(prob, row * ncol + col, reward, letter == 'G' || letter == 'H');
    }

    /** @return the config */
    public Config config() {
        return config;
    }

    @Override
    public TabularModel tabularModel() {
        return dynamics.model();
    }

    @Override
    public EnvSpec spec() {
        return spec;
    }

    @Override
    public Space<Integer> observationSpace() {
        return observationSpace;
    }

    @Override
    public Space<Integer> actionSpace() {
        return actionSpace;
    }

    /** {@inheritDoc} A uniform draw over the start cells with {@code key.uniform()} (none with one start). */
    @Override
    public Reset<TabularState, Integer> reset(Key key) {
        return dynamics.reset(key);
    }

    /** {@inheritDoc} The outcome is drawn with {@code key.uniform()}; metric {@code prob} is its probability. */
    @Override
    public Step<TabularState, Integer> step(Key key, TabularState state, Integer action) {
        return dynamics.step(key, state, actionSpace.require(action, "action"));
    }

    /**
     * Gymnasium's {@code ansi} rendering: a line with the last action in parentheses (empty
     * after a reset), then the map with the agent's cell highlighted in red (ANSI escape
     * {@code ESC[41m ... ESC[0m}, as Gymnasium's {@code colorize}).
     */
    @Override
    public Optional<String> render(TabularState state) {
        StringBuilder sb = new StringBuilder();
        if (state.lastAction() >= 0) {
            sb.append("  (").append(ACTION_NAMES.get(state.lastAction())).append(")\n");
        } else {
            sb.append('\n');
        }
        int row = state.position() / ncol;
        int col = state.position() % ncol;
        for (int r = 0; r < nrow; r++) {
            for (int c = 0; c < ncol; c++) {
                if (r == row && c == col) {
                    sb.append("\u001b[41m").append(desc[r][c]).append("\u001b[0m");
                } else {
                    sb.append(desc[r][c]);
                }
            }
            sb.append('\n');
        }
        return Optional.of(sb.toString());
    }
}
