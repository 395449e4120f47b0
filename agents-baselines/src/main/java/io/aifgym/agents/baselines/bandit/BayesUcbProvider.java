package io.aifgym.agents.baselines.bandit;

import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.registry.AgentProvider;

/** The {@code bayes-ucb} agent provider: a {@link BayesUcbAgent} on an env with a finite action space. */
public final class BayesUcbProvider implements AgentProvider<BayesUcbConfig> {

    /** A provider, as {@link java.util.ServiceLoader} makes it. */
    public BayesUcbProvider() {
    }

    @Override
    public String id() {
        return "bayes-ucb";
    }

    @Override
    public String description() {
        return "Bandit: Bayes-UCB upper posterior quantiles, Beta-Bernoulli or Gaussian (Kaufmann et al. 2012)";
    }

    @Override
    public Class<BayesUcbConfig> configType() {
        return BayesUcbConfig.class;
    }

    @Override
    public BayesUcbConfig defaultConfig() {
        return BayesUcbConfig.DEFAULT;
    }

    /** @throws IllegalArgumentException if the env's action space is not finite */
    @Override
    public Agent<?, ?, ?> create(BayesUcbConfig config, Env<?, ?, ?> env) {
        return BayesUcbAgent.of(config, env);
    }
}
