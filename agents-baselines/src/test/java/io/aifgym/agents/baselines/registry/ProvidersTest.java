package io.aifgym.agents.baselines.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.aifgym.envs.bandit.BernoulliBandit;
import io.aifgym.envs.tabular.FrozenLake;
import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.registry.AgentProvider;
import io.aifgym.gym.registry.AgentRegistry;
import io.aifgym.gym.rollout.Rollout;
import io.aifgym.gym.vector.VectorEnv;
import io.aifgym.gym.wrap.TimeLimit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every provider of the module, found by ServiceLoader, with its config and an agent it makes. */
class ProvidersTest {

    private static final AgentRegistry REGISTRY = AgentRegistry.load(ProvidersTest.class.getClassLoader());
    private static final Set<String> BANDITS = Set.of("epsilon-greedy", "ucb1", "bayes-ucb", "thompson");
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .build();

    static List<String> ids() {
        return REGISTRY.ids();
    }

    @Test
    void serviceLoaderFindsEveryBaseline() {
        assertThat(REGISTRY.ids()).containsExactly("bayes-ucb", "dqn", "dyna-q", "epsilon-greedy", "expected-sarsa",
                "q-learning", "random", "sarsa", "thompson", "ucb1", "value-iteration");
        for (AgentProvider<?> p : REGISTRY.providers()) {
            assertThat(p.description()).as(p.id()).isNotBlank();
            assertThat(p.configType().isInstance(p.defaultConfig())).as(p.id()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("ids")
    void defaultConfigRoundTripsThroughStrictJson(String id) throws Exception {
        AgentProvider<?> p = REGISTRY.provider(id);
        String json = STRICT.writeValueAsString(p.defaultConfig());
        assertThat(STRICT.readValue(json, p.configType())).as(json).isEqualTo(p.defaultConfig());
    }

    @ParameterizedTest
    @MethodSource("ids")
    void makesAnAgentThatRuns(String id) {
        Env<?, Integer, Integer> env = BANDITS.contains(id)
                ? new TimeLimit<>(new BernoulliBandit(BernoulliBandit.Config.DEFAULT), 50)
                : new TimeLimit<>(new FrozenLake(FrozenLake.Config.DEFAULT), 100);
        Agent<?, ?, ?> agent = REGISTRY.make(id, REGISTRY.provider(id).defaultConfig(), env);
        assertThat(run(agent, env).trajectory().steps()).isEqualTo(30);
    }

    @SuppressWarnings("unchecked")
    private static <S, E> Rollout.Result<S, E, Integer, Integer> run(Agent<?, ?, ?> agent, Env<E, Integer, Integer> env) {
        return Rollout.run((Agent<S, Integer, Integer>) agent, VectorEnv.of(env, 2), 30, Key.of(1));
    }

    @Test
    void bindsAConfigWrittenByHand() throws Exception {
        Object config = STRICT.readValue("""
                {"learningRate": {"decay": "EXPONENTIAL", "start": 0.5, "end": 0.01, "duration": 1000,
                                  "clock": "EPISODES"},
                 "discount": 0.95, "initialValue": 1.0,
                 "exploration": {"strategy": "SOFTMAX",
                                 "epsilon": {"decay": "CONSTANT", "start": 0.1, "end": 0.1, "duration": 1,
                                             "clock": "STEPS"},
                                 "temperature": {"decay": "LINEAR", "start": 2.0, "end": 0.1, "duration": 500,
                                                 "clock": "STEPS"}}}
                """, REGISTRY.provider("sarsa").configType());
        assertThat(config.toString()).contains("SOFTMAX", "EPISODES", "discount=0.95");
    }
}
