package com.example.coinflip;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.env.Reset;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.space.Discrete;
import io.aifgym.gym.space.Space;
import java.util.Optional;

/**
 * Guess the next flip of a coin that lands heads with probability {@code headsProbability}.
 *
 * <ul>
 *   <li>Observation: the last flip, {@code Discrete(2)} (0 heads, 1 tails); a reset flips once.</li>
 *   <li>Action: the guess for the next flip, {@code Discrete(2)}.</li>
 *   <li>Reward: 1 for a right guess, 0 otherwise.</li>
 *   <li>Termination: never; the spec's limit of {@value #MAX_STEPS} steps truncates episodes
 *       (the registry wraps the env in a time limit).</li>
 *   <li>State: {@link State}, the last flip.</li>
 * </ul>
 *
 * <p>Like every aifgym env it is immutable and stateless: the episode lives in the state value,
 * and every random draw comes from the key passed in.
 */
public final class CoinFlip implements Env<CoinFlip.State, Integer, Integer> {

    /** The episode length limit. */
    public static final int MAX_STEPS = 20;
    /** The spec: versioned id, limit, one line for {@code aifgym list}. */
    public static final EnvSpec SPEC = EnvSpec.of("CoinFlip-v0", MAX_STEPS, "Guess the next flip of a (biased) coin");

    /**
     * The config, bound from the {@code env.config} object of an experiment file.
     *
     * @param headsProbability the probability of heads, in [0, 1]
     */
    public record Config(double headsProbability) {

        /** A fair coin. */
        public static final Config DEFAULT = new Config(0.5);

        /** Validates the probability. */
        public Config {
            if (!(headsProbability >= 0 && headsProbability <= 1)) {
                throw new IllegalArgumentException("headsProbability: expected a probability in [0, 1], found "
                        + headsProbability);
            }
        }
    }

    /**
     * The state of an episode.
     *
     * @param coin the last flip, 0 heads or 1 tails
     */
    public record State(int coin) {
    }

    private static final Discrete TWO = new Discrete(2);

    private final Config config;

    /**
     * A coin.
     *
     * @param config the config
     */
    public CoinFlip(Config config) {
        this.config = config;
    }

    @Override
    public EnvSpec spec() {
        return SPEC;
    }

    @Override
    public Space<Integer> observationSpace() {
        return TWO;
    }

    @Override
    public Space<Integer> actionSpace() {
        return TWO;
    }

    @Override
    public Reset<State, Integer> reset(Key key) {
        int coin = flip(key);
        return new Reset<>(coin, new State(coin));
    }

    @Override
    public Step<State, Integer> step(Key key, State state, Integer guess) {
        TWO.require(guess, "action");
        int coin = flip(key);
        return Step.transition(coin, new State(coin), guess == coin ? 1.0 : 0.0);
    }

    @Override
    public Optional<String> render(State state) {
        return Optional.of(state.coin() == 0 ? "heads" : "tails");
    }

    private int flip(Key key) {
        return key.uniform() < config.headsProbability() ? 0 : 1;
    }
}
