package io.aifgym.envs.bandit;

import java.util.Objects;

/**
 * The state of a bandit episode: its arms, fixed for the episode (given in the config, or
 * drawn from the reset key).
 *
 * @param arms the arms
 */
public record BanditState(Arms arms) {

    /** Requires the arms. */
    public BanditState {
        Objects.requireNonNull(arms, "arms");
    }
}
