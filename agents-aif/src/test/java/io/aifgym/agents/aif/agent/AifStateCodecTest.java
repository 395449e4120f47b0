package io.aifgym.agents.aif.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aifgym.agents.aif.control.SamplingMode;
import io.aifgym.envs.pomdp.grid.GridWorld;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.rollout.Carry;
import io.aifgym.gym.rollout.Rollout;
import io.aifgym.gym.vector.VectorEnv;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * {@link AifAgent} as a {@code StateCodec}: a state saved, written as JSON by a plain Jackson
 * mapper, read back and restored acts, learns and plans exactly as the state it came from.
 */
class AifStateCodecTest {

    private static final GridWorld ENV = new GridWorld(GridWorld.Config.of(3, 3));
    private static final ObjectMapper JSON = new ObjectMapper();

    private static AifAgent agent(AifConfig.LearningMode mode, AifConfig.Algorithm algorithm) {
        AifConfig config = AifConfig.DEFAULT.withPolicyLen(2)
                .withInference(algorithm, 8)
                .withInferenceHorizon(3)
                .withActionSelection(AifConfig.Selection.STOCHASTIC, SamplingMode.MARGINAL)
                .withTerms(true, true, true)
                .withLearning(mode, false, true)
                .withModel(AifConfig.ModelPriors.DEFAULT.withPB(AifConfig.DirichletPrior.flat(0.5)));
        return new AifAgentProvider().create(config, ENV);
    }

    private static AifState throughJson(AifAgent agent, AifState state) throws Exception {
        String text = JSON.writeValueAsString(agent.save(state));
        return agent.restore(JSON.readValue(text, SavedAifState.class));
    }

    @ParameterizedTest
    @EnumSource(value = AifConfig.LearningMode.class, names = {"ONLINE", "OFFLINE"})
    void aRestoredStateContinuesExactlyAsTheSavedOne(AifConfig.LearningMode mode) throws Exception {
        for (AifConfig.Algorithm algorithm : List.of(AifConfig.Algorithm.FPI, AifConfig.Algorithm.MMP,
                AifConfig.Algorithm.OVF)) {
            AifAgent agent = agent(mode, algorithm);
            VectorEnv<?, int[], int[]> venv = VectorEnv.of(ENV, 2);
            @SuppressWarnings({"unchecked", "rawtypes"})
            Rollout.Result<AifState, Object, int[], int[]> first = Rollout.run(agent, (VectorEnv) venv, 6, Key.of(4));
            // offline learning keeps a history within a block: continue without the block end first
            Carry<AifState, Object, int[]> carry = first.carry();
            List<AifState> restored = new ArrayList<>();
            for (AifState s : carry.agentStates()) {
                AifState back = throughJson(agent, s);
                assertThat(JSON.writeValueAsString(agent.save(back))).isEqualTo(JSON.writeValueAsString(agent.save(s)));
                assertThat(back.model()).isEqualTo(s.model());
                restored.add(back);
            }
            Rollout.Options noBlockEnd = new Rollout.Options(false, 1);
            @SuppressWarnings({"unchecked", "rawtypes"})
            Rollout.Result<AifState, Object, int[], int[]> original = Rollout.run(agent, (VectorEnv) venv, 9, carry,
                    noBlockEnd);
            @SuppressWarnings({"unchecked", "rawtypes"})
            Rollout.Result<AifState, Object, int[], int[]> resumed = Rollout.run(agent, (VectorEnv) venv, 9,
                    carry.withAgentStates(restored), noBlockEnd);
            assertThat(resumed.trajectory().actions()).usingRecursiveComparison()
                    .isEqualTo(original.trajectory().actions());
            assertThat(resumed.trajectory().diagnostics()).usingRecursiveComparison()
                    .isEqualTo(original.trajectory().diagnostics());
            for (int i = 0; i < 2; i++) {
                AifState a = original.carry().agentStates().get(i);
                AifState b = resumed.carry().agentStates().get(i);
                assertThat(b.model()).isEqualTo(a.model());
                assertThat(b.beliefs()).isEqualTo(a.beliefs());
                assertThat(b.historyLength()).isEqualTo(a.historyLength());
                assertThat(b.windowLength()).isEqualTo(a.windowLength());
            }
        }
    }

    @Test
    void aSavedStateOfAnotherModelSizeIsRefused() throws Exception {
        AifAgent small = agent(AifConfig.LearningMode.ONLINE, AifConfig.Algorithm.FPI);
        AifAgent large = new AifAgentProvider().create(AifConfig.DEFAULT, new GridWorld(GridWorld.Config.of(4, 4)));
        SavedAifState saved = large.save(large.init(Key.of(0)));
        IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class, () -> small.restore(saved));
        assertThat(e).hasMessageStartingWith("model: expected numStates [9]").hasMessageContaining("found [16]");
        SavedAifState noBeliefs = new SavedAifState(saved.model(), null, null, null, null, null, null, 0, null, null,
                null);
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> large.restore(noBeliefs)))
                .hasMessage("beliefs: expected one belief vector per factor, found none");
    }
}
