package io.aifgym.envs.pomdp.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aifgym.envs.testutil.Models;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.model.GenerativeProcess;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphWorldTest {

    @Test
    void connectedClustersFollowPymdpsGenerator() {
        assertThat(Graph.connectedClusters(2, 2).edges())
                .containsExactly(List.of(0, 1), List.of(0, 2), List.of(2, 3), List.of(2, 4));
        assertThat(Graph.connectedClusters(3, 2).edges()).containsExactly(List.of(0, 1), List.of(0, 2), List.of(0, 3),
                List.of(3, 4), List.of(3, 5), List.of(3, 6));
        assertThat(Graph.connectedClusters(1, 3).edges()).containsExactly(List.of(0, 1), List.of(1, 2), List.of(2, 3));
        assertThat(Graph.connectedClusters(2, 2).labels())
                .containsExactly("hallway 0", "room 1", "hallway 2", "room 3", "room 4");
    }

    @Test
    void movesFollowTheEdgesAndObjectsStayPut() {
        GenerativeProcess p = GraphWorld.process(GraphWorld.Config.DEFAULT);
        DoubleTensor b = p.B().get(0);
        assertThat(b.shape()).containsExactly(5, 5, 5);
        assertThat(b.get(1, 0, 1)).isEqualTo(1.0);
        assertThat(b.get(0, 1, 0)).as("edges are undirected").isEqualTo(1.0);
        assertThat(b.get(1, 1, 3)).as("no edge 1-3: stay").isEqualTo(1.0);
        assertThat(b.get(3, 2, 3)).isEqualTo(1.0);
        assertThat(p.B().get(1).shape()).containsExactly(6, 6, 1);
        Models.assertNormalised(p);
    }

    @Test
    void theObjectIsSeenOnlyWhereTheAgentIs() {
        DoubleTensor a = GraphWorld.process(GraphWorld.Config.DEFAULT).A().get(1);
        assertThat(a.shape()).containsExactly(2, 5, 6);
        for (int agent = 0; agent < 5; agent++) {
            for (int object = 0; object < 6; object++) {
                assertThat(a.get(1, agent, object)).isEqualTo(agent == object ? 1.0 : 0.0);
            }
        }
    }

    @Test
    void locationsAreFixedOrDrawn() {
        GenerativeProcess fixed = GraphWorld.process(GraphWorld.Config.of(Graph.connectedClusters(2, 2).edges(), 3, 0));
        assertThat(fixed.D().get(0).data()).containsExactly(1, 0, 0, 0, 0);
        assertThat(fixed.D().get(1).data()).containsExactly(0, 0, 0, 1, 0, 0);
        GenerativeProcess drawn = GraphWorld.process(GraphWorld.Config.DEFAULT);
        assertThat(drawn.D().get(0).data()).containsOnly(0.2);
        assertThat(drawn.D().get(1).data()).containsOnly(1.0 / 6);
    }

    @Test
    void findingTheObjectPaysAndEnds() {
        GraphWorld env = new GraphWorld(new GraphWorld.Config(null, null, 2, 2, 3, 0, false, 2.0, 0.5, true, 20));
        GraphWorld.State start = env.reset(Key.of(0)).state();
        Step<GraphWorld.State, int[]> toHub = env.step(Key.of(1), start, new int[] {2, 0});
        assertThat(toHub.reward()).isEqualTo(-0.5);
        assertThat(toHub.terminated()).isFalse();
        Step<GraphWorld.State, int[]> found = env.step(Key.of(2), toHub.state(), new int[] {3, 0});
        assertThat(found.observation()).containsExactly(3, 1);
        assertThat(found.reward()).isEqualTo(1.5);
        assertThat(found.terminated()).isTrue();
    }

    @Test
    void rendersOneLinePerNode() {
        GraphWorld env = new GraphWorld(GraphWorld.Config.DEFAULT);
        assertThat(env.render(new GraphWorld.State(2, 5))).contains(
                "0 hallway 0 -> 1 2\n1 room 1 -> 0\n2 hallway 2 -> 0 3 4  x\n3 room 3 -> 2\n4 room 4 -> 2\n"
                        + "object nowhere\n");
    }

    // ---- bad input ----

    @Test
    void anEmptyGraphIsRefused() {
        assertThatThrownBy(() -> GraphWorld.Config.of(List.of(), null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("edges: expected at least one edge, found an empty graph");
    }

    @Test
    void edgesMustJoinNodesInRange() {
        assertThatThrownBy(() -> new GraphWorld.Config(List.of(List.of(0, 3)), 3, 2, 2, null, null, false, 1, 0, true,
                20)).hasMessage("edges[0]: expected a pair of nodes in [0, 3), found [0, 3]");
        assertThatThrownBy(() -> GraphWorld.Config.of(List.of(List.of(0, -1)), null, null))
                .hasMessageStartingWith("edges[0]: expected a pair of nodes");
        assertThatThrownBy(() -> new GraphWorld.Config(null, 4, 2, 2, null, null, false, 1, 0, true, 20))
                .hasMessage("numNodes: expected null when the graph is generated (no edges), found 4");
    }

    @Test
    void generatorSizesMustBePositive() {
        assertThatThrownBy(() -> new GraphWorld.Config(null, null, 0, 2, null, null, false, 1, 0, true, 20))
                .hasMessage("clusterSize: expected a positive size, found 0");
        assertThatThrownBy(() -> new GraphWorld.Config(null, null, 2, 0, null, null, false, 1, 0, true, 20))
                .hasMessage("connections: expected a positive number, found 0");
    }

    @Test
    void locationsMustBeNodes() {
        assertThatThrownBy(() -> new GraphWorld.Config(null, null, 2, 2, 6, null, false, 1, 0, true, 20))
                .hasMessage("objectLocation: expected a node in [0, 5] (5 = nowhere) or null, found 6");
        assertThatThrownBy(() -> new GraphWorld.Config(null, null, 2, 2, null, 5, false, 1, 0, true, 20))
                .hasMessage("agentLocation: expected a node in [0, 5) or null, found 5");
    }

    @Test
    void rewardsMustBeFiniteAndLimitNonNegative() {
        assertThatThrownBy(() -> new GraphWorld.Config(null, null, 2, 2, null, null, false, Double.NaN, 0, true, 20))
                .hasMessage("findReward: expected a finite number, found NaN");
        assertThatThrownBy(() -> new GraphWorld.Config(null, null, 2, 2, null, null, false, 1, Double.NaN, true, 20))
                .hasMessage("stepCost: expected a finite number, found NaN");
        assertThatThrownBy(() -> new GraphWorld.Config(null, null, 2, 2, null, null, false, 1, 0, true, -2))
                .hasMessage("maxEpisodeSteps: expected 0 (no limit) or a positive limit, found -2");
    }
}
