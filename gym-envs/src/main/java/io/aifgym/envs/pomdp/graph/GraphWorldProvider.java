package io.aifgym.envs.pomdp.graph;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.registry.EnvProvider;

/** Registers {@link GraphWorld} as {@code GraphWorld-v0}. */
public final class GraphWorldProvider implements EnvProvider<GraphWorld.Config> {

    @Override
    public EnvSpec spec() {
        return new GraphWorld(GraphWorld.Config.DEFAULT).spec();
    }

    @Override
    public Class<GraphWorld.Config> configType() {
        return GraphWorld.Config.class;
    }

    @Override
    public GraphWorld.Config defaultConfig() {
        return GraphWorld.Config.DEFAULT;
    }

    @Override
    public Env<?, ?, ?> create(GraphWorld.Config config) {
        return GraphWorld.create(config);
    }
}
