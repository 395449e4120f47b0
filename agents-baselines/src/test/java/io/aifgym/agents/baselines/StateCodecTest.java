package io.aifgym.agents.baselines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aifgym.agents.baselines.bandit.EpsilonGreedyBanditProvider;
import io.aifgym.agents.baselines.bandit.EpsilonGreedyConfig;
import io.aifgym.agents.baselines.bandit.ThompsonConfig;
import io.aifgym.agents.baselines.bandit.ThompsonProvider;
import io.aifgym.agents.baselines.bandit.Ucb1Config;
import io.aifgym.agents.baselines.bandit.Ucb1Provider;
import io.aifgym.agents.baselines.tabular.DynaQAgent;
import io.aifgym.agents.baselines.tabular.DynaQConfig;
import io.aifgym.agents.baselines.tabular.SavedTable;
import io.aifgym.agents.baselines.tabular.SavedTdState;
import io.aifgym.agents.baselines.tabular.TabularConfig;
import io.aifgym.agents.baselines.tabular.TdAgent;
import io.aifgym.agents.baselines.tabular.TdMethod;
import io.aifgym.envs.bandit.BernoulliBandit;
import io.aifgym.envs.tabular.FrozenLake;
import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.checkpoint.StateCodec;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.rollout.Rollout;
import io.aifgym.gym.vector.VectorEnv;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The baselines whose states are not plain records save them as records (their
 * {@code StateCodec}): every state of a rollout, written as JSON by a plain Jackson mapper and
 * restored, equals the state it came from; a saved table of another shape is refused.
 */
class StateCodecTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FrozenLake LAKE = new FrozenLake(FrozenLake.Config.DEFAULT);
    private static final BernoulliBandit BANDIT = new BernoulliBandit(BernoulliBandit.Config.DEFAULT);

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <S, F extends Record> void assertRoundTrips(Agent<?, ?, ?> agent, Env<?, ?, ?> env)
            throws Exception {
        assertThat(agent).isInstanceOf(StateCodec.class);
        StateCodec<S, F> codec = (StateCodec<S, F>) agent;
        List<S> states = (List<S>) Rollout.run((Agent) agent, VectorEnv.of((Env) env, 3), 300, Key.of(11)).carry()
                .agentStates();
        for (S state : states) {
            F saved = JSON.readValue(JSON.writeValueAsString(codec.save(state)), codec.savedType());
            assertThat(codec.restore(saved)).isEqualTo(state);
        }
    }

    @Test
    void tabularStatesRoundTrip() throws Exception {
        for (TdMethod method : TdMethod.values()) {
            assertRoundTrips(TdAgent.of(method, TabularConfig.DEFAULT, LAKE), LAKE);
        }
        assertRoundTrips(DynaQAgent.of(DynaQConfig.DEFAULT, LAKE), LAKE);
    }

    @Test
    void banditStatesRoundTrip() throws Exception {
        assertRoundTrips(new EpsilonGreedyBanditProvider().create(EpsilonGreedyConfig.DEFAULT, BANDIT), BANDIT);
        assertRoundTrips(new Ucb1Provider().create(Ucb1Config.DEFAULT, BANDIT), BANDIT);
        assertRoundTrips(new ThompsonProvider().create(ThompsonConfig.DEFAULT, BANDIT), BANDIT);
    }

    @Test
    void aTableOfAnotherShapeIsRefused() {
        TdAgent<Integer, Integer> agent = TdAgent.of(TdMethod.Q_LEARNING, TabularConfig.DEFAULT, LAKE);
        SavedTdState wrong = new SavedTdState(new SavedTable(4, 4, new double[16]), 0, 0, null);
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> agent.restore(wrong)))
                .hasMessage("q: expected a 16 x 4 table, found 4 x 4");
    }
}
