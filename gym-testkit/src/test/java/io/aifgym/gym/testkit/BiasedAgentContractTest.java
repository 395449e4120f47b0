package io.aifgym.gym.testkit;

import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.agent.Decision;
import io.aifgym.gym.agent.Transition;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.random.Key;
import java.util.Map;

class BiasedAgentContractTest extends AgentContract<Integer, Integer, Integer> {

    /** Counts rewards; goes right with a probability that grows with them. */
    static final class BiasedAgent implements Agent<Integer, Integer, Integer> {
        @Override
        public Integer init(Key key) {
            return 0;
        }

        @Override
        public Decision<Integer, Integer> act(Key key, Integer rewards, Integer observation) {
            double pRight = Math.min(0.9, 0.5 + 0.05 * rewards);
            return new Decision<>(key.uniform() < pRight ? 1 : 0, rewards, Map.of("pRight", pRight));
        }

        @Override
        public Integer learn(Integer rewards, Transition<Integer, Integer> t) {
            return rewards + (int) t.reward();
        }
    }

    @Override
    protected Agent<Integer, Integer, Integer> agent() {
        return new BiasedAgent();
    }

    @Override
    protected Env<?, Integer, Integer> env() {
        return new CoinWalk();
    }
}
