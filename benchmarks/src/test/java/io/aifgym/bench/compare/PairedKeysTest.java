package io.aifgym.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.bench.fixtures.Countdown;
import io.aifgym.bench.fixtures.EpsilonAgent;
import io.aifgym.gym.random.Key;
import org.junit.jupiter.api.Test;

class PairedKeysTest {

    private final PairedKeys keys = new PairedKeys();

    @Test
    void fnv1aMatchesItsReferenceValues() {
        // the FNV-1a 64-bit test vectors of Fowler, Noll and Vo
        assertThat(PairedKeys.fnv1a("")).isEqualTo(0xcbf29ce484222325L);
        assertThat(PairedKeys.fnv1a("a")).isEqualTo(0xaf63dc4c8601ec8cL);
        assertThat(PairedKeys.fnv1a("foobar")).isEqualTo(0x85944171f73967e8L);
    }

    @Test
    void theEnvKeyDependsOnTheSeedAndTheEnvOnly() {
        Key k = keys.envKey(3, "TestCountdown-v0", Countdown.Config.DEFAULT);
        assertThat(keys.envKey(3, "TestCountdown-v0", new Countdown.Config(5, 1.0))).isEqualTo(k);
        assertThat(keys.envKey(4, "TestCountdown-v0", Countdown.Config.DEFAULT)).isNotEqualTo(k);
        assertThat(keys.envKey(3, "TestCountdown-v0", new Countdown.Config(6, 1.0))).isNotEqualTo(k);
        assertThat(k).isEqualTo(Key.of(3).fold(keys.identity("TestCountdown-v0", Countdown.Config.DEFAULT)));
    }

    @Test
    void theAgentKeyDependsOnWhatTheAgentIs() {
        Key env = keys.envKey(3, "TestCountdown-v0", Countdown.Config.DEFAULT);
        EpsilonAgent.Config half = new EpsilonAgent.Config(0.5, 0.9, 4, EpsilonAgent.Preference.LAST,
                new EpsilonAgent.Schedule(1.0, 0.1), java.util.List.of(1.0, 2.0));
        Key a = keys.agentKey(env, "test-epsilon", half);
        assertThat(keys.agentKey(env, "test-epsilon", half)).isEqualTo(a);
        assertThat(keys.agentKey(env, "test-epsilon", EpsilonAgent.Config.DEFAULT)).isNotEqualTo(a);
        assertThat(keys.agentKey(env, "other-agent", half)).isNotEqualTo(a);
        assertThat(keys.agentKey(keys.envKey(4, "TestCountdown-v0", Countdown.Config.DEFAULT), "test-epsilon", half))
                .isNotEqualTo(a);
    }

    @Test
    void theEnvAndAgentStreamsAreDistinct() {
        Key env = keys.envKey(0, "TestCountdown-v0", Countdown.Config.DEFAULT);
        Key agent = keys.agentKey(env, "test-epsilon", EpsilonAgent.Config.DEFAULT);
        assertThat(PairedKeys.reset(env)).isNotEqualTo(PairedKeys.envStep(env, 0));
        assertThat(PairedKeys.envStep(env, 0)).isNotEqualTo(PairedKeys.envStep(env, 1));
        assertThat(PairedKeys.envStep(env, 0)).isNotEqualTo(PairedKeys.act(agent, 0));
        assertThat(PairedKeys.init(agent)).isNotEqualTo(PairedKeys.act(agent, 0));
        assertThat(PairedKeys.envStep(env, 7)).isEqualTo(env.child(1).fold(7));
        assertThat(PairedKeys.act(agent, 7)).isEqualTo(agent.child(1).fold(7));
    }
}
