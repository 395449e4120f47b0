package io.aifgym.agents.baselines.dqn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aifgym.agents.baselines.explore.Exploration;
import io.aifgym.agents.baselines.explore.Schedule;
import io.aifgym.envs.tabular.FrozenLake;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.rollout.Carry;
import io.aifgym.gym.rollout.Rollout;
import io.aifgym.gym.rollout.Trajectory;
import io.aifgym.gym.vector.VectorEnv;
import io.aifgym.gym.wrap.TimeLimit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DQN's states save as {@link SavedDqnState}s: a run on the deterministic FrozenLake 4x4 that
 * is cut into blocks, with every agent state written as JSON by a plain Jackson mapper, read
 * back and restored between blocks, takes the uninterrupted run's actions, losses and Q-values
 * bit for bit and ends in an equal state. The blocks cut it before training starts, while the
 * replay buffer fills, after it wraps and between target copies. A saved state of another
 * network, buffer or parameter count is refused, naming the field.
 */
class DqnCheckpointTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Env<?, Integer, Integer> LAKE = new TimeLimit<>(
            new FrozenLake(FrozenLake.Config.of("4x4", false)), 30);
    /** Small enough that the 64-slot buffer wraps within the run; double DQN, training every second step. */
    private static final DqnConfig CONFIG = new DqnConfig(List.of(16), 5e-3, 0.9, 8, 64, 20, 2, 25, true,
            Exploration.epsilonGreedy(Schedule.linear(1.0, 0.05, 200)));
    private static final int STEPS = 300;
    private static final int[] BLOCKS = {7, 13, 30, 1, 50, 37, 62, 100};

    private static SavedDqnState roundTrip(DqnAgent<?, ?> agent, DqnState state) throws Exception {
        return JSON.readValue(JSON.writeValueAsString(agent.save(state)), SavedDqnState.class);
    }

    @Test
    void aRestoredStateContinuesBitForBit() throws Exception {
        DqnAgent<Integer, Integer> agent = DqnAgent.of(CONFIG, LAKE);
        VectorEnv<?, Integer, Integer> env = VectorEnv.of(LAKE, 2);
        assertThat(Arrays.stream(BLOCKS).sum()).isEqualTo(STEPS);
        Rollout.Result<DqnState, ?, Integer, Integer> whole = Rollout.run(agent, env, STEPS, Key.of(5));
        List<DqnState> expected = whole.carry().agentStates();
        assertThat(expected.get(0).adam().steps()).as("gradient steps").isGreaterThan(50);
        assertThat(expected.get(0).replay().size()).as("a full buffer").isEqualTo(64);

        List<List<Integer>> actions = new ArrayList<>();
        List<double[]> losses = new ArrayList<>();
        List<double[]> qMax = new ArrayList<>();
        Carry<DqnState, ?, Integer> carry = Rollout.start(agent, env, Key.of(5));
        for (int block : BLOCKS) {
            carry = resumeBlock(agent, env, carry, block, actions, losses, qMax);
            List<DqnState> restored = new ArrayList<>();
            for (DqnState s : carry.agentStates()) {
                SavedDqnState saved = roundTrip(agent, s);
                DqnState r = agent.restore(saved);
                assertThat(r).isEqualTo(s);
                assertThat(JSON.writeValueAsString(agent.save(r))).isEqualTo(JSON.writeValueAsString(saved));
                restored.add(r);
            }
            carry = carry.withAgentStates(restored);
        }

        Trajectory<Integer, Integer> t = whole.trajectory();
        assertThat(actions).isEqualTo(t.actions());
        assertThat(losses).usingElementComparator(DqnCheckpointTest::bitwise)
                .isEqualTo(Arrays.asList(t.diagnostics().get("loss")));
        assertThat(qMax).usingElementComparator(DqnCheckpointTest::bitwise)
                .isEqualTo(Arrays.asList(t.diagnostics().get("q_max")));
        assertThat(losses.stream().flatMapToDouble(Arrays::stream).filter(x -> !Double.isNaN(x)).count())
                .as("decisions with a gradient step").isGreaterThan(100);
        assertThat(carry.agentStates()).isEqualTo(expected);
        for (int i = 0; i < expected.size(); i++) {
            for (int cell = 0; cell < 16; cell++) {
                assertThat(agent.qValues(carry.agentStates().get(i), cell)).usingElementComparator(
                        (a, b) -> Long.compare(Double.doubleToRawLongBits(a), Double.doubleToRawLongBits(b)))
                        .containsExactly(box(agent.qValues(expected.get(i), cell)));
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Carry<DqnState, ?, Integer> resumeBlock(DqnAgent<Integer, Integer> agent,
            VectorEnv<?, Integer, Integer> env, Carry<DqnState, ?, Integer> carry, int steps,
            List<List<Integer>> actions, List<double[]> losses, List<double[]> qMax) {
        Rollout.Result<DqnState, ?, Integer, Integer> r = Rollout.run(agent, (VectorEnv) env, steps, (Carry) carry,
                Rollout.Options.DEFAULT);
        actions.addAll(r.trajectory().actions());
        losses.addAll(Arrays.asList(r.trajectory().diagnostics().get("loss")));
        qMax.addAll(Arrays.asList(r.trajectory().diagnostics().get("q_max")));
        return r.carry();
    }

    private static int bitwise(double[] a, double[] b) {
        if (a.length != b.length) {
            return 1;
        }
        for (int i = 0; i < a.length; i++) {
            if (Double.doubleToRawLongBits(a[i]) != Double.doubleToRawLongBits(b[i])) {
                return 1;
            }
        }
        return 0;
    }

    private static Double[] box(double[] values) {
        return Arrays.stream(values).boxed().toArray(Double[]::new);
    }

    @Test
    void aStateOfAnotherNetworkSizeIsRefused() throws Exception {
        DqnAgent<Integer, Integer> agent = DqnAgent.of(CONFIG, LAKE);
        DqnAgent<Integer, Integer> wider = DqnAgent.of(CONFIG.withNetwork(List.of(32), 5e-3), LAKE);
        SavedDqnState saved = roundTrip(wider, wider.init(Key.of(1)));
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> agent.restore(saved)))
                .hasMessage("layerSizes: expected [16, 16, 4] (the observation's flat length, the config's "
                        + "hiddenLayers, the number of actions), found [16, 32, 4]");
    }

    @Test
    void aStateOfAnotherBufferOrParameterCountIsRefused() throws Exception {
        DqnAgent<Integer, Integer> agent = DqnAgent.of(CONFIG, LAKE);
        DqnAgent<Integer, Integer> defaults = DqnAgent.of(DqnConfig.DEFAULT.withNetwork(List.of(16), 5e-3), LAKE);
        SavedDqnState other = defaults.save(defaults.init(Key.of(1)));
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> agent.restore(other)))
                .hasMessage("replay.capacity: expected 64 (the config's replayCapacity), found 10000");

        SavedDqnState s = agent.save(agent.init(Key.of(1)));
        SavedDqnState shortTarget = new SavedDqnState(s.layerSizes(), s.online(), Arrays.copyOf(s.target(), 10),
                s.firstMoments(), s.secondMoments(), s.adamSteps(), s.replay(), s.steps(), s.episodes(), s.trainedAt(),
                s.syncedAt());
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> agent.restore(shortTarget)))
                .hasMessage("target: expected 340 values (one per parameter), found 10");
        SavedDqnState noReplay = new SavedDqnState(s.layerSizes(), s.online(), s.target(), s.firstMoments(),
                s.secondMoments(), s.adamSteps(), null, s.steps(), s.episodes(), s.trainedAt(), s.syncedAt());
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> agent.restore(noReplay)))
                .hasMessage("replay: expected a saved replay buffer, found none");
    }
}
