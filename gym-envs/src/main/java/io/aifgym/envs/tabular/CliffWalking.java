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
import java.util.Objects;
import java.util.Optional;

/**
 * Gymnasium's {@code CliffWalking-v1} (gymnasium/envs/toy_text/cliffwalking.py; Sutton and
 * Barto, Example 6.6): walk a 4x12 grid from the start {@code (3, 0)} to the goal
 * {@code (3, 11)} along a cliff {@code (3, 1..10)}.
 *
 * <p><b>Observation.</b> {@code Integer} in {@code Discrete(48)}: the cell {@code row * 12 + col}.
 *
 * <p><b>Action.</b> {@code Integer} in {@code Discrete(4)}, Gymnasium's order: {@link #UP},
 * {@link #RIGHT}, {@link #DOWN}, {@link #LEFT}. Moves off the grid stay in place. With
 * {@code isSlippery} (Gymnasium's {@code CliffWalkingSlippery-v1}) the intended move and the two
 * perpendicular ones each happen with probability 1/3.
 *
 * <p><b>Reward.</b> -1 per step; -100 for stepping into the cliff, which returns the agent to
 * the start without ending the episode.
 *
 * <p><b>Termination and truncation.</b> Terminated on reaching the goal. Gymnasium registers
 * no time limit; here {@code maxEpisodeSteps} defaults to 500, which keeps a random policy's
 * episodes finite (it needs thousands of steps to reach the goal) and never cuts a learning
 * agent's route (13 to 17 steps); 0 removes the limit.
 *
 * <p><b>State.</b> {@link TabularState}: the cell and the last action. Episodes start at 36.
 * The transition model is Gymnasium's {@code P} ({@link #tabularModel()}), including the
 * transitions out of the cliff and goal cells that a running episode never uses.
 */
public final class CliffWalking implements Env<TabularState, Integer, Integer>, HasTabularModel {

    /** Move to row - 1. */
    public static final int UP = 0;
    /** Move to col + 1. */
    public static final int RIGHT = 1;
    /** Move to row + 1. */
    public static final int DOWN = 2;
    /** Move to col - 1. */
    public static final int LEFT = 3;

    /** The number of rows. */
    public static final int ROWS = 4;
    /** The number of columns. */
    public static final int COLS = 12;
    /** The start cell, {@code (3, 0)}. */
    public static final int START = 36;
    /** The goal cell, {@code (3, 11)}. */
    public static final int GOAL = 47;

    /** The registry id. */
    public static final String ID = "CliffWalking-v1";

    private static final String DESCRIPTION = "Gymnasium CliffWalking: walk 4x12 from start to goal along a cliff";
    private static final int[][] DELTAS = {{-1, 0}, {0, 1}, {1, 0}, {0, -1}};

    /**
     * The configuration, bound from JSON or YAML.
     *
     * @param isSlippery whether moves slip to the perpendicular directions (default false)
     * @param maxEpisodeSteps the time limit, 0 for none (default 500)
     */
    public record Config(boolean isSlippery, int maxEpisodeSteps) {

        /** Gymnasium's {@code CliffWalking-v1} with a 500-step limit. */
        public static final Config DEFAULT = new Config(false, 500);

        /** Validates the limit. */
        public Config {
            if (maxEpisodeSteps < 0) {
                throw new IllegalArgumentException("maxEpisodeSteps: expected 0 (no limit) or a positive limit, found "
                        + maxEpisodeSteps);
            }
        }
    }

    private final Config config;
    private final EnvSpec spec;
    private final TabularDynamics dynamics;
    private final Discrete observationSpace = new Discrete(ROWS * COLS);
    private final Discrete actionSpace = new Discrete(4);

    /**
     * A cliff walk.
     *
     * @param config the validated config
     */
    public CliffWalking(Config config) {
        this.config = Objects.requireNonNull(config, "config");
        this.spec = EnvSpec.of(ID, config.maxEpisodeSteps(), DESCRIPTION);
        this.dynamics = new TabularDynamics(model(config));
    }

    /**
     * Gymnasium's {@code P} and initial distribution for a config.
     *
     * @param config the config
     * @return the model
     */
    public static TabularModel model(Config config) {
        int ns = ROWS * COLS;
        List<List<List<TabularModel.Outcome>>> p = new ArrayList<>(ns);
        for (int s = 0; s < ns; s++) {
            List<List<TabularModel.Outcome>> perAction = new ArrayList<>(4);
            for (int a = 0; a < 4; a++) {
                List<TabularModel.Outcome> li = new ArrayList<>(3);
                if (config.isSlippery()) {
                    for (int b : new int[] {Math.floorMod(a - 1, 4), a, Math.floorMod(a + 1, 4)}) {
                        li.add(outcome(1.0 / 3.0, s, b));
                    }
                } else {
                    li.add(outcome(1.0, s, a));
                }
                perAction.add(li);
            }
            p.add(perAction);
        }
        double[] initial = new double[ns];
        initial[START] = 1.0;
        return new TabularModel(ns, 4, p, initial);
    }

    private static TabularModel.Outcome outcome(double prob, int s, int move) {
        int row = Math.max(0, Math.min(ROWS - 1, s / COLS + DELTAS[move][0]));
        int col = Math.max(0, Math.min(COLS - 1, s % COLS + DELTAS[move][1]));
        if (isCliff(row, col)) {
            return new TabularModel.Outcome(prob, START, -100.0, false);
        }
        int next = row * COLS + col;
        return new TabularModel.Outcome(prob, next, -1.0, next == GOAL);
    }

    private static boolean isCliff(int row, int col) {
        return row == ROWS - 1 && col >= 1 && col <= COLS - 2;
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

    /** {@inheritDoc} Always the start cell, 36. */
    @Override
    public Reset<TabularState, Integer> reset(Key key) {
        return dynamics.reset(key);
    }

    /** {@inheritDoc} The outcome (slippery only) is drawn with {@code key.uniform()}; metric {@code prob}. */
    @Override
    public Step<TabularState, Integer> step(Key key, TabularState state, Integer action) {
        return dynamics.step(key, state, actionSpace.require(action, "action"));
    }

    /**
     * Gymnasium's {@code ansi} rendering: {@code x} the agent, {@code T} the goal, {@code C} the
     * cliff, {@code o} other cells, each padded to three characters except at the row ends,
     * then an empty line.
     */
    @Override
    public Optional<String> render(TabularState state) {
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < ROWS * COLS; s++) {
            int row = s / COLS;
            int col = s % COLS;
            String out;
            if (s == state.position()) {
                out = " x ";
            } else if (s == GOAL) {
                out = " T ";
            } else if (isCliff(row, col)) {
                out = " C ";
            } else {
                out = " o ";
            }
            if (col == 0) {
                out = out.stripLeading();
            }
            if (col == COLS - 1) {
                out = out.stripTrailing() + "\n";
            }
            sb.append(out);
        }
        sb.append('\n');
        return Optional.of(sb.toString());
    }
}
