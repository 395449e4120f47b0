package io.aifgym.envs.bandit;

/**
 * The saved form of a {@link BanditState}, for checkpoints: the arms' parameters.
 *
 * @param arms one parameter per arm (success probability or mean reward)
 */
public record SavedBanditState(double[] arms) {

    /**
     * The saved form of a state.
     *
     * @param state the state
     * @return its arms' parameters
     */
    public static SavedBanditState of(BanditState state) {
        return new SavedBanditState(state.arms().values());
    }

    /**
     * The state this form describes, for a bandit with a given number of arms.
     *
     * @param numArms the arms the bandit has
     * @return the state
     * @throws IllegalArgumentException if the number of arms differs or a parameter is not finite
     */
    public BanditState state(int numArms) {
        if (arms == null || arms.length != numArms) {
            throw new IllegalArgumentException("arms: expected " + numArms + " arm parameters, found "
                    + (arms == null ? "none" : arms.length));
        }
        return new BanditState(Arms.of(arms));
    }
}
