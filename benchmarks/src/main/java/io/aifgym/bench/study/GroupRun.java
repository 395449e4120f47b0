package io.aifgym.bench.study;

import io.aifgym.agents.aif.agent.AifAgent;
import io.aifgym.agents.aif.agent.AifState;
import io.aifgym.agents.aif.model.GenerativeModel;
import io.aifgym.bench.study.Scenario.Parameter;
import io.aifgym.envs.pomdp.grid.GridWorld;
import io.aifgym.gym.model.GenerativeProcess;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.tensor.DoubleTensor;
import io.aifgym.gym.vector.Parallel;
import io.aifgym.gym.vector.VectorEnv;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One group of one scenario of the study, run block by block: its agent, its agents' states
 * and the divergences recorded after every block so far. {@link LearningGridworldStudy#runGroup}
 * runs all its blocks at once; a checkpointed study runs the groups of a scenario one block at
 * a time, saves them and restores them.
 */
final class GroupRun {

    private final Scenario scenario;
    private final double alpha;
    private final StudySettings settings;
    private final int threads;
    private final AifAgent agent;
    private final VectorEnv<GridWorld.State, int[], int[]> venv;
    private final Map<Parameter, DoubleTensor> reference = new EnumMap<>(Parameter.class);
    private final Map<Parameter, double[][]> kl = new EnumMap<>(Parameter.class);
    private final Map<Parameter, double[][]> notebook = new EnumMap<>(Parameter.class);
    private final int n;
    private final int blocks;
    private List<AifState> states;
    private int blocksDone;

    /**
     * A group before its first block: the agents' initial states from the root key's child 0.
     *
     * @param scenario the scenario
     * @param alpha the group's action precision
     * @param settings the settings (agents, steps, blocks, seed)
     * @param threads the threads to spread the group's agents over (1: the calling thread)
     */
    GroupRun(Scenario scenario, double alpha, StudySettings settings, int threads) {
        this.scenario = scenario;
        this.alpha = alpha;
        this.settings = settings;
        this.threads = threads;
        GridWorld env = new GridWorld(LearningGridworldStudy.GRID);
        GenerativeProcess truth = env.generativeProcess();
        GenerativeModel model = scenario.model(truth);
        this.agent = new AifAgent(model, LearningGridworldStudy.agentConfig(scenario, alpha).withBatchThreads(threads));
        this.n = settings.agents();
        this.blocks = settings.blocksOf(scenario);
        this.venv = VectorEnv.of(env, n);
        reference.put(Parameter.A, ParameterKl.reference(truth.A().get(0)));
        reference.put(Parameter.B, ParameterKl.reference(truth.B().get(0)));
        for (Parameter p : scenario.tracked()) {
            kl.put(p, new double[blocks][n]);
            notebook.put(p, new double[blocks][n]);
        }
        this.states = agent.initBatch(Key.of(settings.seed()).child(0), n);
    }

    /** @return the group's agent, the codec of its states */
    AifAgent agent() {
        return agent;
    }

    /** @return the group's action precision */
    double alpha() {
        return alpha;
    }

    /** @return the blocks run so far */
    int blocksDone() {
        return blocksDone;
    }

    /** @return the agents' states after the blocks run so far */
    List<AifState> states() {
        return states;
    }

    /**
     * The divergences of the blocks run so far.
     *
     * @param parameter a tracked parameter
     * @param notebookValue the notebook cell's value instead of the correct divergence
     * @return one row per block run, one value per agent (copies)
     */
    double[][] rows(Parameter parameter, boolean notebookValue) {
        double[][] all = (notebookValue ? notebook : kl).get(parameter);
        double[][] out = new double[blocksDone][];
        for (int b = 0; b < blocksDone; b++) {
            out[b] = all[b].clone();
        }
        return out;
    }

    /**
     * Puts the group where a checkpoint left it.
     *
     * @param done the blocks run, from 0 to the scenario's blocks
     * @param savedStates the agents' states after them
     * @param klRows the correct divergences of those blocks per tracked parameter
     * @param notebookRows the notebook's values of those blocks per tracked parameter
     * @throws IllegalArgumentException naming what does not fit the group
     */
    void restore(int done, List<AifState> savedStates, Map<Parameter, double[][]> klRows,
            Map<Parameter, double[][]> notebookRows) {
        if (done < 0 || done > blocks) {
            throw new IllegalArgumentException("blocksDone: expected 0 to " + blocks + ", found " + done);
        }
        if (savedStates.size() != n) {
            throw new IllegalArgumentException("agentStates: expected " + n + " states, found " + savedStates.size());
        }
        for (Parameter p : scenario.tracked()) {
            copyRows(p + " rows", klRows.get(p), kl.get(p), done);
            copyRows("notebook " + p + " rows", notebookRows.get(p), notebook.get(p), done);
        }
        this.states = List.copyOf(savedStates);
        this.blocksDone = done;
    }

    private void copyRows(String what, double[][] from, double[][] to, int done) {
        if (from == null || from.length != done) {
            throw new IllegalArgumentException(what + ": expected " + done + " rows, found "
                    + (from == null ? "none" : from.length));
        }
        for (int b = 0; b < done; b++) {
            if (from[b].length != n) {
                throw new IllegalArgumentException(what + ": expected " + n + " values per row, found "
                        + from[b].length);
            }
            System.arraycopy(from[b], 0, to[b], 0, n);
        }
    }

    /**
     * Runs the next block ({@link LearningGridworldStudy#runBlock}) and records the divergences
     * after its learning.
     *
     * @return the agent steps the block took
     * @throws IllegalStateException if every block has been run
     */
    long runBlock() {
        if (blocksDone >= blocks) {
            throw new IllegalStateException("group alpha " + alpha + ": all " + blocks + " blocks already run");
        }
        int block = blocksDone;
        states = LearningGridworldStudy.runBlock(agent, agent, venv, states,
                LearningGridworldStudy.blockKey(Key.of(settings.seed()), block), settings.agentStepsPerBlock(),
                threads).carry().agentStates();
        List<AifState> learnedStates = states;
        Parallel.forEach(n, threads, i -> {
            for (Parameter p : scenario.tracked()) {
                double[] both = ParameterKl.both(concentrations(learnedStates.get(i).model(), p), reference.get(p));
                kl.get(p)[block][i] = both[0];
                notebook.get(p)[block][i] = both[1];
            }
        });
        blocksDone++;
        return (long) n * settings.agentStepsPerBlock();
    }

    /**
     * The group's result.
     *
     * @return the curves and final parameters
     * @throws IllegalStateException if some blocks have not been run
     */
    GroupResult result() {
        if (blocksDone != blocks) {
            throw new IllegalStateException("group alpha " + alpha + ": expected " + blocks + " blocks run, found "
                    + blocksDone);
        }
        Map<Parameter, KlCurves> klCurves = new EnumMap<>(Parameter.class);
        Map<Parameter, KlCurves> notebookCurves = new EnumMap<>(Parameter.class);
        for (Parameter p : scenario.tracked()) {
            klCurves.put(p, new KlCurves(kl.get(p)));
            notebookCurves.put(p, new KlCurves(notebook.get(p)));
        }
        List<DoubleTensor> pA = new ArrayList<>();
        List<DoubleTensor> pB = new ArrayList<>();
        for (AifState s : states) {
            s.model().pA(0).ifPresent(pA::add);
            s.model().pB(0).ifPresent(pB::add);
        }
        return new GroupResult(alpha, klCurves, notebookCurves, pA, pB);
    }

    private static DoubleTensor concentrations(GenerativeModel model, Parameter p) {
        return (p == Parameter.A ? model.pA(0) : model.pB(0)).orElseThrow(
                () -> new IllegalStateException("the agent's model has no p" + p + " to compare"));
    }
}
