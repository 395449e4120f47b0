package io.aifgym.gym.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.testenv.Walk;
import io.aifgym.gym.wrap.TimeLimit;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryTest {

    /** @param size cells */
    record WalkConfig(int size) {
    }

    static class WalkProvider implements EnvProvider<WalkConfig> {
        private final String id;
        private final int limit;

        WalkProvider(String id, int limit) {
            this.id = id;
            this.limit = limit;
        }

        @Override
        public EnvSpec spec() {
            return EnvSpec.of(id, limit, "walk");
        }

        @Override
        public Class<WalkConfig> configType() {
            return WalkConfig.class;
        }

        @Override
        public WalkConfig defaultConfig() {
            return new WalkConfig(5);
        }

        @Override
        public Env<?, ?, ?> create(WalkConfig config) {
            return new Walk(spec(), config.size(), 0.1);
        }
    }

    static final class OtherWalkProvider extends WalkProvider {
        OtherWalkProvider() {
            super("Walk-v0", 0);
        }
    }

    @Test
    void duplicateIdNamesBothProviders() {
        assertThatThrownBy(() -> new EnvRegistry(List.of(new WalkProvider("Walk-v0", 0), new OtherWalkProvider())))
                .isInstanceOf(DuplicateIdException.class)
                .hasMessageContaining("Walk-v0").hasMessageContaining("WalkProvider")
                .hasMessageContaining("OtherWalkProvider");
    }

    @Test
    void unknownIdListsKnownIdsAndNearest() {
        EnvRegistry r = new EnvRegistry(List.of(new WalkProvider("Walk-v0", 0), new WalkProvider("GridWorld-v0", 0)));
        assertThat(r.ids()).containsExactly("GridWorld-v0", "Walk-v0");
        assertThatThrownBy(() -> r.make("Gridworld-v0"))
                .isInstanceOf(UnknownIdException.class)
                .hasMessageContaining("did you mean 'GridWorld-v0'")
                .hasMessageContaining("Known env ids: GridWorld-v0, Walk-v0");
    }

    @Test
    void makeAppliesTheSpecTimeLimitAndChecksConfigType() {
        EnvRegistry r = new EnvRegistry(List.of(new WalkProvider("Walk-v1", 7)));
        Env<?, ?, ?> env = r.make("Walk-v1");
        assertThat(env).isInstanceOf(TimeLimit.class);
        assertThat(((TimeLimit<?, ?, ?>) env).maxSteps()).isEqualTo(7);
        assertThat(env.unwrapped()).isInstanceOf(Walk.class);
        record Other(int x) {
        }
        assertThatThrownBy(() -> r.make("Walk-v1", new Other(1))).hasMessageContaining("expected a WalkConfig");
    }
}
