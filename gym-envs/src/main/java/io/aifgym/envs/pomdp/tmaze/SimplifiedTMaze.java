package io.aifgym.envs.pomdp.tmaze;

import io.aifgym.envs.pomdp.CategoricalObservations;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.model.GenerativeProcess;

/**
 * pymdp's {@code SimplifiedTMaze} (pymdp/envs/tmaze.py): four fully connected locations, the
 * cue embedded in the location observation.
 *
 * <p><b>Generative process.</b> Factors: location (4: 0 centre, 1 left arm, 2 right arm, 3 cue)
 * and reward condition (2). Modalities: location with embedded cue ({@code (5, 4, 2)}, levels
 * 0 centre, 1 left, 2 right, 3 cue says left, 4 cue says right; deps {@code [0, 1]}: the arms and
 * the centre are seen as themselves, the cue location as the correct cue with
 * {@code cueValidity} and the other with {@code 1 - cueValidity}); reward ({@code (3, 4, 2)},
 * as in {@link TMaze}). {@code B[0]} {@code (4, 4, 4)}: action {@code a} moves to location
 * {@code a} from anywhere. {@code B[1] = I_2} with one action. {@code D} as in {@link TMaze}.
 *
 * <p><b>Observation.</b> {@code int[2]} (location-cue, reward) in {@code MultiDiscrete([5, 3])};
 * one-hot with {@code categoricalObs}.
 *
 * <p><b>Action.</b> {@code int[2]} in {@code MultiDiscrete([4, 1])}: the location to go to, and 0.
 *
 * <p><b>Reward.</b> {@code rewardValue} (+1) for the reward outcome, {@code punishmentValue}
 * (-1) for punishment, else 0.
 *
 * <p><b>Termination and truncation.</b> With {@code terminateOnArm} (default) the episode ends in
 * an arm; truncated after {@code maxEpisodeSteps} (10).
 *
 * <p><b>State.</b> {@link TMazeState}: location and reward condition.
 */
public final class SimplifiedTMaze extends BaseTMaze {

    /** The registry id. */
    public static final String ID = "SimplifiedTMaze-v0";

    private static final String DESCRIPTION =
            "pymdp SimplifiedTMaze: 4 fully connected locations, the cue embedded in the location observation";

    /**
     * A simplified T-maze.
     *
     * @param config the validated config ({@code categoricalObs} is applied by {@link #create})
     */
    public SimplifiedTMaze(TMazeConfig config) {
        super(EnvSpec.of(ID, config.maxEpisodeSteps(), DESCRIPTION), process(config), config);
    }

    /**
     * The env as the config asks: one-hot observations when {@code categoricalObs}.
     *
     * @param config the config
     * @return the env, wrapped in {@link CategoricalObservations} if asked
     */
    public static Env<TMazeState, ?, int[]> create(TMazeConfig config) {
        return CategoricalObservations.encode(new SimplifiedTMaze(config), config.categoricalObs());
    }

    /**
     * pymdp's A, B and D for a config.
     *
     * @param config the config
     * @return the generative process
     */
    public static GenerativeProcess process(TMazeConfig config) {
        return TMazeModels.simplified(config);
    }

    @Override
    String[] layout() {
        return new String[] {"L C R", "  Q"};
    }
}
