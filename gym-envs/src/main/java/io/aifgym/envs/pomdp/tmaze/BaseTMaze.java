package io.aifgym.envs.pomdp.tmaze;

import io.aifgym.envs.pomdp.AbstractPomdpEnv;
import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.model.GenerativeProcess;
import java.util.Optional;

/**
 * What pymdp's two T-mazes share (pymdp's {@code BaseTMaze}): the state, the reward modality
 * (index 1, outcomes none, reward, punishment) and the reinforcement-learning reading of it.
 */
public abstract sealed class BaseTMaze extends AbstractPomdpEnv<TMazeState> permits TMaze, SimplifiedTMaze {

    /** The centre (start) location. */
    public static final int CENTRE = TMazeModels.CENTRE;
    /** The left arm. */
    public static final int LEFT = TMazeModels.LEFT;
    /** The right arm. */
    public static final int RIGHT = TMazeModels.RIGHT;
    /** The cue location. */
    public static final int CUE = TMazeModels.CUE;
    /** The middle location between the arms (classic maze only). */
    public static final int MIDDLE = TMazeModels.MIDDLE;
    /** The index of the reward modality in both mazes. */
    public static final int REWARD_MODALITY = 1;

    private final TMazeConfig config;

    BaseTMaze(EnvSpec spec, GenerativeProcess process, TMazeConfig config) {
        super(spec, process);
        this.config = config;
    }

    /** @return the config */
    public TMazeConfig config() {
        return config;
    }

    @Override
    protected TMazeState state(int[] factors) {
        return new TMazeState(factors[0], factors[1]);
    }

    /** {@inheritDoc} {@code rewardValue} for the reward outcome, {@code punishmentValue} for punishment, else 0. */
    @Override
    protected double reward(TMazeState from, TMazeState to, int[] observation) {
        return switch (observation[REWARD_MODALITY]) {
            case 1 -> config.rewardValue();
            case 2 -> config.punishmentValue();
            default -> 0.0;
        };
    }

    /** {@inheritDoc} With {@code terminateOnArm}, when the agent is in the left or right arm. */
    @Override
    protected boolean terminated(TMazeState to, int[] observation) {
        return config.terminateOnArm() && (to.location() == LEFT || to.location() == RIGHT);
    }

    /** The maze as text: the cells with the agent as {@code x}, then the reward condition. */
    @Override
    public Optional<String> render(TMazeState state) {
        String[] rows = layout();
        StringBuilder sb = new StringBuilder();
        for (String row : rows) {
            StringBuilder line = new StringBuilder();
            for (char ch : row.toCharArray()) {
                int loc = "CLRQM".indexOf(ch);
                line.append(loc < 0 ? ch : loc == state.location() ? 'x' : ch);
            }
            sb.append(line).append('\n');
        }
        sb.append("reward ").append(state.rewardCondition() == 0 ? "left" : "right").append('\n');
        return Optional.of(sb.toString());
    }

    /**
     * The drawing: {@code C} centre, {@code L}/{@code R} arms, {@code Q} cue, {@code M} middle.
     *
     * @return the rows
     */
    abstract String[] layout();
}
