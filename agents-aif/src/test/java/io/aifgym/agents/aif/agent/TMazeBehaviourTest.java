package io.aifgym.agents.aif.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.envs.pomdp.tmaze.BaseTMaze;
import io.aifgym.envs.pomdp.tmaze.TMaze;
import io.aifgym.envs.pomdp.tmaze.TMazeConfig;
import io.aifgym.envs.pomdp.tmaze.TMazeState;
import io.aifgym.gym.agent.Decision;
import io.aifgym.gym.agent.Transition;
import io.aifgym.gym.env.Reset;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.random.Key;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The classic epistemic behaviour on pymdp's T-maze: an agent that prefers reward and dislikes
 * punishment, unsure which arm is rewarded, first visits the cue and then goes to the arm the
 * cue points to.
 *
 * <p>The preferences are loss-averse (reward +2, punishment -6): with pymdp's mean-field
 * expected free energy an arm whose outcome reveals the condition is as informative as the cue,
 * so only the risk of punishment before knowing the condition makes the cue worth the detour.
 * A one-step greedy agent (utility only, one-step policies) has no reason to visit the cue and
 * cannot do the same.
 */
class TMazeBehaviourTest {

    private static final int TRIALS = 40;

    private static final AifConfig LOSS_AVERSE = AifConfig.DEFAULT.withModel(AifConfig.ModelPriors.DEFAULT
            .withPreferences(List.of(List.of(0.0, 0.0, 0.0, 0.0, 0.0), List.of(0.0, 2.0, -6.0), List.of(0.0, 0.0, 0.0))));

    @Test
    void visitsTheCueFirstThenTheRewardedArm() {
        assertThat(cueFirstThenRewardTrials(LOSS_AVERSE.withPolicyLen(4)))
                .as("trials out of %d that visit the cue, then the rewarded arm", TRIALS)
                .isGreaterThanOrEqualTo(TRIALS * 8 / 10);
    }

    @Test
    void aOneStepGreedyAgentCannot() {
        AifConfig greedy = LOSS_AVERSE.withPolicyLen(1).withTerms(true, false, false);
        assertThat(cueFirstThenRewardTrials(greedy))
                .as("trials out of %d in which the greedy agent visits the cue, then the rewarded arm", TRIALS)
                .isLessThanOrEqualTo(TRIALS / 10);
    }

    private static int cueFirstThenRewardTrials(AifConfig config) {
        TMaze env = new TMaze(TMazeConfig.DEFAULT);
        AifAgent agent = new AifAgentProvider().create(config, env);
        int cueFirstThenReward = 0;
        Key root = Key.of(11);
        for (int trial = 0; trial < TRIALS; trial++) {
            Key key = root.child(trial);
            Reset<TMazeState, int[]> reset = env.reset(key.child(0));
            TMazeState state = reset.state();
            int[] obs = reset.observation();
            AifState agentState = agent.init(key);
            boolean cueVisited = false;
            boolean cueBeforeArm = false;
            int arm = -1;
            for (int t = 0; t < 8 && arm < 0; t++) {
                Decision<AifState, int[]> d = agent.act(key.child(1).child(t), agentState, obs);
                Step<TMazeState, int[]> s = env.step(key.child(2).child(t), state, d.action());
                agentState = agent.learn(d.state(), new Transition<>(obs, d.action(), s.reward(), s.observation(),
                        s.terminated(), s.truncated()));
                state = s.state();
                obs = s.observation();
                if (state.location() == BaseTMaze.CUE) {
                    cueVisited = true;
                }
                if (state.location() == BaseTMaze.LEFT || state.location() == BaseTMaze.RIGHT) {
                    arm = state.location();
                    cueBeforeArm = cueVisited;
                }
            }
            if (cueBeforeArm && arm == state.rewardCondition() + 1) {
                cueFirstThenReward++;
            }
        }
        return cueFirstThenReward;
    }
}
