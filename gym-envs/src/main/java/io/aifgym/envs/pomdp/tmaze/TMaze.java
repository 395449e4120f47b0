package io.aifgym.envs.pomdp.tmaze;

import io.aifgym.envs.pomdp.CategoricalObservations;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.model.GenerativeProcess;

/**
 * pymdp's classic {@code TMaze} (pymdp/envs/tmaze.py): from the centre the agent can visit a
 * cue that tells, with {@code cueValidity}, which arm holds the reward, and reach the arms
 * through a middle location.
 *
 * <p><b>Generative process.</b> Factors: location (5: 0 centre, 1 left arm, 2 right arm, 3 cue,
 * 4 middle) and reward condition (2: 0 left, 1 right). Modalities, in order: location
 * ({@code A[0] = I_5}, deps {@code [0]}); reward ({@code (3, 5, 2)}: none, reward, punishment;
 * deps {@code [0, 1]}): none at centre, cue and middle, in the correct arm reward with
 * {@code rewardProbability} (else punishment if {@code dependentOutcomes}, none otherwise), in
 * the wrong arm punishment with {@code rewardProbability} and reward otherwise if
 * {@code dependentOutcomes}, else punishment with {@code punishmentProbability} and none
 * otherwise; cue ({@code (3, 5, 2)}: none, cue left, cue right; deps {@code [0, 1]}): at the cue
 * location the correct cue with {@code cueValidity}, elsewhere none. {@code B[0]}
 * {@code (5, 5, 5)}: action {@code a} goes to location {@code a} if the move is allowed
 * (centre-cue, centre-middle, middle-left, middle-right, both ways), else stays; arms are not
 * absorbing. {@code B[1] = I_2} with one action. {@code D}: start at the centre; the reward
 * condition one-hot at {@code rewardCondition} or uniform.
 *
 * <p><b>Observation.</b> {@code int[3]} (location, reward, cue) in
 * {@code MultiDiscrete([5, 3, 3])}; one-hot with {@code categoricalObs}.
 *
 * <p><b>Action.</b> {@code int[2]} in {@code MultiDiscrete([5, 1])}: the location to go to, and
 * 0 for the uncontrolled reward condition.
 *
 * <p><b>Reward.</b> {@code rewardValue} (+1) when the reward outcome is observed,
 * {@code punishmentValue} (-1) for punishment, else 0.
 *
 * <p><b>Termination and truncation.</b> With {@code terminateOnArm} (default) the episode ends
 * when the agent is in an arm; truncated after {@code maxEpisodeSteps} (10).
 *
 * <p><b>State.</b> {@link TMazeState}: location and reward condition.
 */
public final class TMaze extends BaseTMaze {

    /** The registry id. */
    public static final String ID = "TMaze-v0";

    private static final String DESCRIPTION =
            "pymdp TMaze: visit a cue, then choose the rewarded arm through the middle location";

    /**
     * A classic T-maze.
     *
     * @param config the validated config ({@code categoricalObs} is applied by {@link #create})
     */
    public TMaze(TMazeConfig config) {
        super(EnvSpec.of(ID, config.maxEpisodeSteps(), DESCRIPTION), process(config), config);
    }

    /**
     * The env as the config asks: one-hot observations when {@code categoricalObs}.
     *
     * @param config the config
     * @return the env, wrapped in {@link CategoricalObservations} if asked
     */
    public static Env<TMazeState, ?, int[]> create(TMazeConfig config) {
        return CategoricalObservations.encode(new TMaze(config), config.categoricalObs());
    }

    /**
     * pymdp's A, B and D for a config.
     *
     * @param config the config
     * @return the generative process
     */
    public static GenerativeProcess process(TMazeConfig config) {
        return TMazeModels.classic(config);
    }

    @Override
    String[] layout() {
        return new String[] {"L M R", "  C", "  Q"};
    }
}
