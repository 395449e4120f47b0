package io.aifgym.envs.pomdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aifgym.envs.pomdp.graph.GraphWorld;
import io.aifgym.envs.tabular.FrozenLake;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.Reset;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.space.Box;
import java.util.List;
import org.junit.jupiter.api.Test;

class CategoricalObservationsTest {

    @Test
    void concatenatesOneHotsInModalityOrderAndKeepsTheRest() {
        GraphWorld graph = new GraphWorld(GraphWorld.Config.of(List.of(List.of(0, 1), List.of(0, 2), List.of(2, 3),
                List.of(2, 4)), 3, 2));
        CategoricalObservations<GraphWorld.State> env = new CategoricalObservations<>(graph);
        assertThat(env.observationSpace()).isEqualTo(Box.of(0.0, 1.0, 7));
        assertThat(env.numObs()).containsExactly(5, 2);
        Reset<GraphWorld.State, double[]> r = env.reset(Key.of(0));
        assertThat(r.observation()).containsExactly(0, 0, 1, 0, 0, 1, 0);
        Step<GraphWorld.State, double[]> s = env.step(Key.of(1), r.state(), new int[] {3, 0});
        Step<GraphWorld.State, int[]> plain = graph.step(Key.of(1), r.state(), new int[] {3, 0});
        assertThat(plain.observation()).containsExactly(3, 1);
        assertThat(s.observation()).containsExactly(0, 0, 0, 1, 0, 0, 1);
        assertThat(s.state()).isEqualTo(plain.state());
        assertThat(s.reward()).isEqualTo(plain.reward());
        assertThat(s.terminated()).isEqualTo(plain.terminated());
        assertThat(env.unwrapped()).isSameAs(graph);
        assertThat(env.render(s.state())).isEqualTo(graph.render(s.state()));
    }

    @Test
    void encodeWrapsOnlyWhenAsked() {
        GraphWorld graph = new GraphWorld(GraphWorld.Config.DEFAULT);
        assertThat(CategoricalObservations.encode(graph, false)).isSameAs(graph);
        assertThat(CategoricalObservations.encode(graph, true)).isInstanceOf(CategoricalObservations.class);
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void refusesEnvsWithoutIndexObservations() {
        Env lake = new FrozenLake(FrozenLake.Config.DEFAULT);
        assertThatThrownBy(() -> new CategoricalObservations<>(lake)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("env observation space: expected a MultiDiscrete, found Discrete(16)");
    }
}
