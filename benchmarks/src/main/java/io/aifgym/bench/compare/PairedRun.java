package io.aifgym.bench.compare;

import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.agent.Block;
import io.aifgym.gym.agent.Decision;
import io.aifgym.gym.agent.Transition;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.vector.VectorEnv;
import io.aifgym.gym.vector.VectorReset;
import io.aifgym.gym.vector.VectorState;
import io.aifgym.gym.vector.VectorStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One run of a comparison: an agent on {@code numEnvs} copies of an env
 * ({@link io.aifgym.gym.vector.AutoresetMode#SAME_STEP}), on the caller's thread, with the env
 * keys and the agent keys of {@link PairedKeys} kept apart. It follows
 * {@link io.aifgym.gym.rollout.Rollout}: at each step the agents act, the env copies step,
 * every agent learns from its transition ({@link Agent#learn}), and after every
 * {@code blockSteps} steps each agent learns from its block ({@link Agent#learnBlock}). Unlike a
 * rollout it also keeps the env's per-step {@code regret} metric, summed per episode.
 */
final class PairedRun {

    /** The metric an env reports its regret in (the bandits do). */
    static final String REGRET = "regret";

    private PairedRun() {
    }

    /**
     * Runs an agent on an env.
     *
     * @param agent the agent
     * @param env the env (already in its time limit)
     * @param entry the env's entry: budget and success rule
     * @param agentName the agent's display name
     * @param seed the seed
     * @param numEnvs the env copies
     * @param blockSteps the steps of a rollout block
     * @param envKey the run's env key
     * @param agentKey the run's agent key
     * @return the run's outcome
     */
    @SuppressWarnings("unchecked")
    static RunOutcome run(Agent<?, ?, ?> agent, Env<?, ?, ?> env, CompareConfig.EnvEntry entry, String agentName,
            long seed, int numEnvs, int blockSteps, Key envKey, Key agentKey) {
        return typed((Agent<Object, Object, Object>) agent, (Env<Object, Object, Object>) env, entry, agentName, seed,
                numEnvs, blockSteps, envKey, agentKey);
    }

    private static <AS, ES, O, A> RunOutcome typed(Agent<AS, O, A> agent, Env<ES, O, A> env,
            CompareConfig.EnvEntry entry, String agentName, long seed, int n, int blockSteps, Key envKey,
            Key agentKey) {
        VectorEnv<ES, O, A> venv = VectorEnv.of(env, n);
        List<AS> states = agent.initBatch(PairedKeys.init(agentKey), n);
        VectorReset<ES, O> reset = venv.reset(PairedKeys.reset(envKey));
        VectorState<ES, O> envState = reset.state();
        List<O> obs = reset.observations();
        int target = entry.countsEpisodes() ? entry.episodes() : Integer.MAX_VALUE;
        long limit = entry.stepLimit();
        int points = LearningCurve.points(entry);
        double[] windowReward = new double[points];
        long[] windowSteps = new long[points];
        double[] returns = new double[n];
        int[] lengths = new int[n];
        double[] regrets = new double[n];
        boolean[] regretSeen = new boolean[n];
        List<EpisodeResult> episodes = new ArrayList<>();
        BlockBuffer<O, A> blocks = new BlockBuffer<>(n, blockSteps);
        long t = 0;
        while (t < limit && episodes.size() < target) {
            List<Decision<AS, A>> decisions = agent.actBatch(PairedKeys.act(agentKey, t), states, obs);
            List<A> actions = new ArrayList<>(n);
            for (Decision<AS, A> d : decisions) {
                actions.add(d.action());
            }
            VectorStep<ES, O> s = venv.step(PairedKeys.envStep(envKey, t), envState, actions);
            List<AS> learned = new ArrayList<>(n);
            double stepReward = 0;
            for (int i = 0; i < n; i++) {
                O next = s.finalObservation(i) != null ? s.finalObservation(i) : s.observations().get(i);
                double r = s.reward(i);
                learned.add(agent.learn(decisions.get(i).state(), new Transition<>(obs.get(i), actions.get(i), r, next,
                        s.terminated(i), s.truncated(i))));
                blocks.add(i, obs.get(i), actions.get(i), r, s.terminated(i), s.truncated(i));
                stepReward += r;
                returns[i] += r;
                lengths[i]++;
                Map<String, Double> metrics = s.metrics().get(i);
                Double regret = metrics == null ? null : metrics.get(REGRET);
                if (regret != null) {
                    regrets[i] += regret;
                    regretSeen[i] = true;
                }
                if (s.done(i)) {
                    if (episodes.size() < target) {
                        boolean success = entry.success().success(s.terminated(i), r, returns[i]);
                        episodes.add(new EpisodeResult(episodes.size(), i, returns[i], lengths[i], s.terminated(i),
                                success, regretSeen[i] ? regrets[i] : Double.NaN, t));
                    }
                    returns[i] = 0;
                    lengths[i] = 0;
                    regrets[i] = 0;
                    regretSeen[i] = false;
                }
            }
            if (!entry.countsEpisodes()) {
                int w = LearningCurve.window(t, limit, points);
                windowReward[w] += stepReward;
                windowSteps[w] += n;
            }
            states = learned;
            obs = s.observations();
            envState = s.state();
            t++;
            if (blocks.full()) {
                states = blocks.learn(agent, states);
            }
        }
        double[] curve = entry.countsEpisodes() ? LearningCurve.ofEpisodes(episodes, entry.episodes(), points)
                : LearningCurve.means(windowReward, windowSteps);
        return new RunOutcome(entry.name(), agentName, seed, episodes, curve, t, t * n,
                entry.countsEpisodes() && episodes.size() < target);
    }

    /** The steps of the current rollout block, per env copy, for offline learning. */
    private static final class BlockBuffer<O, A> {
        private final int blockSteps;
        private final List<List<O>> observations = new ArrayList<>();
        private final List<List<A>> actions = new ArrayList<>();
        private final double[][] rewards;
        private final boolean[][] terminated;
        private final boolean[][] truncated;
        private int filled;

        BlockBuffer(int n, int blockSteps) {
            this.blockSteps = blockSteps;
            int capacity = Math.min(blockSteps, 1 << 16);
            for (int i = 0; i < n; i++) {
                observations.add(new ArrayList<>(capacity));
                actions.add(new ArrayList<>(capacity));
            }
            this.rewards = new double[n][blockSteps];
            this.terminated = new boolean[n][blockSteps];
            this.truncated = new boolean[n][blockSteps];
        }

        void add(int slot, O observation, A action, double reward, boolean term, boolean trunc) {
            int k = observations.get(slot).size();
            observations.get(slot).add(observation);
            actions.get(slot).add(action);
            rewards[slot][k] = reward;
            terminated[slot][k] = term;
            truncated[slot][k] = trunc;
            if (slot == 0) {
                filled = k + 1;
            }
        }

        boolean full() {
            return filled == blockSteps;
        }

        <AS> List<AS> learn(Agent<AS, O, A> agent, List<AS> states) {
            List<AS> out = new ArrayList<>(states.size());
            for (int i = 0; i < states.size(); i++) {
                Block<O, A> block = new Block<>(observations.get(i), actions.get(i), rewards[i], terminated[i],
                        truncated[i]);
                out.add(agent.learnBlock(states.get(i), block));
                observations.get(i).clear();
                actions.get(i).clear();
            }
            filled = 0;
            return out;
        }
    }
}
