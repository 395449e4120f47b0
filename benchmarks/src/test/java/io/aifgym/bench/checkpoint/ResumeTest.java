package io.aifgym.bench.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.aifgym.bench.config.ConfigLoader;
import io.aifgym.bench.config.ConfigMappers;
import io.aifgym.bench.experiment.Experiment;
import io.aifgym.bench.experiment.ExperimentRunner;
import io.aifgym.bench.experiment.Progress;
import io.aifgym.bench.experiment.RunResult;
import io.aifgym.bench.experiment.RunSnapshot;
import io.aifgym.bench.results.ResultWriter;
import io.aifgym.bench.results.Summary;
import io.aifgym.gym.registry.AgentRegistry;
import io.aifgym.gym.registry.EnvRegistry;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A run stopped at a block boundary, written as a checkpoint, read back by a fresh experiment
 * (as a new process would) and resumed gives the uninterrupted run's results bit for bit, for
 * every built-in agent that can be checkpointed; an agent whose state cannot be saved is refused
 * by name.
 */
class ResumeTest {

    private static final ClassLoader LOADER = ResumeTest.class.getClassLoader();
    private static final EnvRegistry ENVS = EnvRegistry.load(LOADER);
    private static final AgentRegistry AGENTS = AgentRegistry.load(LOADER);
    private static final ExperimentRunner RUNNER = new ExperimentRunner(ENVS, AGENTS);
    private static final String PRIOR = "{scale: 1.0, offset: 0.5, useMean: true}";

    private static Experiment experiment(String yaml) {
        return RUNNER.prepare(new ConfigLoader(ENVS, AGENTS).parse(yaml, ConfigMappers.Format.YAML, "test.yaml"),
                "test.yaml");
    }

    private static SnapshotCodec codec(Experiment e) {
        return new SnapshotCodec(e, RUNNER.start(e), "test.yaml", LOADER, List.of());
    }

    /** Runs to block {@code stopAt}, checkpoints, and resumes in a new experiment from the bytes. */
    private static RunResult interruptedAndResumed(String yaml, long stopAt) {
        Experiment first = experiment(yaml);
        SnapshotCodec firstCodec = codec(first);
        AtomicReference<byte[]> saved = new AtomicReference<>();
        Optional<RunResult> stopped = RUNNER.run(first, Progress.none(), RUNNER.start(first), (blocks, last, s) -> {
            if (blocks == stopAt) {
                saved.set(firstCodec.checkedBytes(s.get(), 1));
                return false;
            }
            return true;
        });
        assertThat(stopped).isEmpty();
        Experiment second = experiment(yaml);
        RunSnapshot from = codec(second).decode(CheckpointFile.parse("checkpoint.json", saved.get()), "checkpoint.json");
        assertThat(from.blocks()).isEqualTo(stopAt);
        return RUNNER.run(second, Progress.none(), from, (b, l, s) -> true).orElseThrow();
    }

    private static void assertSameResults(RunResult resumed, RunResult whole, Experiment e) throws Exception {
        assertThat(resumed.episodes()).isEqualTo(whole.episodes());
        assertThat(resumed.stepsPerEnv()).isEqualTo(whole.stepsPerEnv());
        assertThat(Double.doubleToRawLongBits(resumed.totalReward())).isEqualTo(Double.doubleToRawLongBits(
                whole.totalReward()));
        assertThat(resumed.diagnosticMeans()).isEqualTo(whole.diagnosticMeans());
        assertThat(ResultWriter.csv(resumed.episodes())).isEqualTo(ResultWriter.csv(whole.episodes()));
        assertThat(ConfigMappers.json().writeValueAsString(Summary.of(e.config(), resumed)))
                .isEqualTo(ConfigMappers.json().writeValueAsString(Summary.of(e.config(), whole)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // active inference: online B learning with novelty, stochastic actions (keys matter)
        "env: {id: GridWorld-v0, config: {maxEpisodeSteps: 7}}\n"
            + "agent: {id: aif, config: {policyLen: 2, learnB: true, useParamInfoGain: true, actionSelection: STOCHASTIC,"
            + " alpha: 4.0, model: {pB: " + PRIOR + "}}}\nseed: 3\nnumEnvs: 2\nsteps: 30\nblockSteps: 4",
        // active inference: a sequence window (mmp) and offline learning of A on the T-maze
        "env: {id: TMaze-v0}\nagent: {id: aif, config: {policyLen: 2, inferenceAlgorithm: MMP, learnA: true,"
            + " learningMode: OFFLINE, model: {pA: " + PRIOR + "}}}\nseed: 5\nnumEnvs: 2\nsteps: 24\nblockSteps: 5",
        "env: {id: FrozenLake-v1}\nagent: {id: q-learning}\nseed: 1\nnumEnvs: 3\nsteps: 300\nblockSteps: 37",
        "env: {id: CliffWalking-v1, config: {maxEpisodeSteps: 40}}\nagent: {id: sarsa}\nseed: 2\nnumEnvs: 2\n"
            + "steps: 200\nblockSteps: 13",
        "env: {id: FrozenLake-v1}\nagent: {id: expected-sarsa}\nseed: 3\nsteps: 200\nblockSteps: 21",
        "env: {id: FrozenLake-v1}\nagent: {id: dyna-q}\nseed: 4\nnumEnvs: 2\nsteps: 150\nblockSteps: 16",
        "env: {id: FrozenLake-v1}\nagent: {id: value-iteration}\nseed: 5\nnumEnvs: 2\nsteps: 120\nblockSteps: 16",
        "env: {id: BernoulliBandit-v0, config: {maxEpisodeSteps: 30}}\nagent: {id: epsilon-greedy}\nseed: 6\n"
            + "numEnvs: 3\nsteps: 100\nblockSteps: 9",
        "env: {id: BernoulliBandit-v0, config: {maxEpisodeSteps: 30}}\nagent: {id: thompson}\nseed: 7\nsteps: 100\n"
            + "blockSteps: 9",
        "env: {id: GaussianBandit-v0, config: {maxEpisodeSteps: 30}}\nagent: {id: ucb1}\nseed: 8\nsteps: 100\n"
            + "blockSteps: 9",
        "env: {id: BernoulliBandit-v0}\nagent: {id: bayes-ucb}\nseed: 9\nsteps: 60\nblockSteps: 9",
        "env: {id: GraphWorld-v0}\nagent: {id: random}\nseed: 10\nnumEnvs: 2\nepisodes: 12\nblockSteps: 3",
        // active inference with sophisticated inference: the reused search tree and the stored plan of
        // replanning every 3 steps (or when the beliefs leave the plan) are saved, stochastic actions
        "env: {id: TMaze-v0}\nagent: {id: aif, config: {policySearch: si, si: {horizon: 3, maxNodes: 400,"
            + " reuseTree: true}, replanning: {every: 3, beliefThreshold: 0.1}, actionSelection: STOCHASTIC}}\n"
            + "seed: 12\nnumEnvs: 2\nsteps: 30\nblockSteps: 4",
        // active inference with MCTS (its own keys) and the stored plan of replanning every 2 steps
        "env: {id: TMaze-v0}\nagent: {id: aif, config: {policySearch: mcts, mcts: {numSimulations: 32, maxDepth: 4},"
            + " replanning: {every: 2}, actionSelection: STOCHASTIC}}\nseed: 13\nnumEnvs: 2\nsteps: 30\n"
            + "blockSteps: 5",
        // dqn: stops before training, after a target copy, and after its 32-slot replay buffer wrapped
        "env: {id: FrozenLake-v1}\nagent: {id: dqn, config: {hiddenLayers: [16], batchSize: 8, replayCapacity: 32,"
            + " learningStarts: 16, trainEvery: 2, targetUpdateEvery: 20, doubleDqn: true}}\nseed: 11\nnumEnvs: 2\n"
            + "steps: 100\nblockSteps: 23",
    })
    void aResumedRunEqualsTheUninterruptedOne(String yaml) throws Exception {
        Experiment e = experiment(yaml);
        RunResult whole = RUNNER.run(e, Progress.none());
        for (long stopAt : new long[] {0, 1, 3}) {
            assertSameResults(interruptedAndResumed(yaml, stopAt), whole, e);
        }
    }

    @Test
    void anAgentWhoseStateCannotBeSavedIsRefusedByName() {
        Experiment e = experiment("env: {id: BernoulliBandit-v0}\nagent: {id: test-opaque}\nseed: 1\nsteps: 10");
        CheckpointException x = catchThrowableOfType(CheckpointException.class,
                () -> codec(e).checkedBytes(RUNNER.start(e), 1));
        assertThat(x).hasMessageStartingWith("agent test-opaque: its state "
                + "(io.aifgym.bench.fixtures.OpaqueAgent$Count) cannot be checkpointed: ")
                .hasMessageContaining("StateCodec");
    }
}
