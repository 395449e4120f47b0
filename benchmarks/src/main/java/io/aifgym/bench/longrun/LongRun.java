package io.aifgym.bench.longrun;

import io.aifgym.agents.aif.agent.AifState;
import io.aifgym.agents.aif.model.GenerativeModel;
import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.rollout.Carry;
import io.aifgym.gym.rollout.Rollout;
import io.aifgym.gym.tensor.DoubleTensor;
import io.aifgym.gym.vector.VectorEnv;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Runs one long experiment of online learning and watches its health: after every rollout
 * block every agent's beliefs must be finite distributions and its model's tensors finite
 * (Dirichlet counts also non-negative), and every diagnostic of the block finite; the heap is
 * measured after a full GC once 10% of the steps are done and again at the end; the step rate
 * is measured over the first and the last 10% of the steps.
 */
public final class LongRun {

    private static final double SUM_TOLERANCE = 1e-6;

    private LongRun() {
    }

    /**
     * What a long run found.
     *
     * @param name the case
     * @param agentSteps the agent steps taken (all env copies together)
     * @param seconds the wall-clock seconds of the run
     * @param problem the first NaN, infinity or broken distribution found, or empty
     * @param heapAtTenth the bytes of heap in use after GC at 10% of the steps
     * @param heapAtEnd the bytes of heap in use after GC at the end
     * @param firstRate agent steps per second over the first 10% of the steps
     * @param lastRate agent steps per second over the last 10% of the steps
     */
    public record Report(String name, long agentSteps, double seconds, Optional<String> problem, long heapAtTenth,
            long heapAtEnd, double firstRate, double lastRate) {

        /** The most the heap may grow from 10% to the end and still count as flat: 25% plus 16 MiB. */
        public static final double HEAP_GROWTH = 1.25;
        /** The slack added to {@link #HEAP_GROWTH}, in bytes. */
        public static final long HEAP_SLACK = 16L << 20;
        /** The lowest ratio of the last 10%'s rate to the first 10%'s that counts as steady. */
        public static final double RATE_RATIO = 0.8;

        /** Requires the name and the problem. */
        public Report {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(problem, "problem");
        }

        /** @return whether no NaN, infinity or broken distribution was found */
        public boolean finite() {
            return problem.isEmpty();
        }

        /** @return whether the heap after GC stayed flat from 10% of the steps to the end */
        public boolean memoryFlat() {
            return heapAtEnd <= heapAtTenth * HEAP_GROWTH + HEAP_SLACK;
        }

        /** @return whether the last 10%'s step rate is within {@link #RATE_RATIO} of the first 10%'s */
        public boolean rateSteady() {
            return lastRate >= RATE_RATIO * firstRate;
        }

        /** @return whether every check passed */
        public boolean passed() {
            return finite() && memoryFlat() && rateSteady();
        }
    }

    /**
     * Runs an agent on copies of an env for a number of agent steps.
     *
     * @param name the case's name
     * @param agent the agent (its states are checked when they are {@link AifState}s)
     * @param env the env, with its time limit
     * @param numEnvs the env copies
     * @param agentSteps the agent steps of all copies together (rounded down to whole blocks)
     * @param blockSteps the steps of one rollout block per copy
     * @param seed the root seed
     * @param progress told the agent steps done after each tenth
     * @return the report
     */
    @SuppressWarnings("unchecked")
    public static Report run(String name, Agent<?, ?, ?> agent, Env<?, ?, ?> env, int numEnvs, long agentSteps,
            int blockSteps, long seed, LongConsumer progress) {
        return runTyped(name, (Agent<Object, Object, Object>) agent, (Env<Object, Object, Object>) env, numEnvs,
                agentSteps, blockSteps, seed, progress);
    }

    private static <AS, ES, O, A> Report runTyped(String name, Agent<AS, O, A> agent, Env<ES, O, A> env, int numEnvs,
            long agentSteps, int blockSteps, long seed, LongConsumer progress) {
        long blocks = Math.max(10, agentSteps / ((long) numEnvs * blockSteps) / 10 * 10);
        long perBlock = (long) numEnvs * blockSteps;
        long tenth = blocks / 10;
        VectorEnv<ES, O, A> venv = VectorEnv.of(env, numEnvs);
        Rollout.Options options = new Rollout.Options(true, 1);
        long start = System.nanoTime();
        Carry<AS, ES, O> carry = Rollout.start(agent, venv, Key.of(seed));
        String problem = null;
        long heapAtTenth = 0;
        long firstEnd = 0;
        long lastStart = 0;
        for (long b = 0; b < blocks; b++) {
            if (b == blocks - tenth) {
                lastStart = System.nanoTime();
            }
            Rollout.Result<AS, ES, O, A> r = Rollout.run(agent, venv, blockSteps, carry, options);
            carry = r.carry();
            if (problem == null) {
                problem = check(carry.agentStates(), r.trajectory().diagnostics(), b);
            }
            if ((b + 1) % tenth == 0) {
                if (b + 1 == tenth) {
                    firstEnd = System.nanoTime();
                    heapAtTenth = heapAfterGc();
                }
                progress.accept((b + 1) * perBlock);
            }
        }
        long end = System.nanoTime();
        long heapAtEnd = heapAfterGc();
        double tenthSteps = (double) tenth * perBlock;
        return new Report(name, blocks * perBlock, (end - start) / 1e9, Optional.ofNullable(problem), heapAtTenth,
                heapAtEnd, tenthSteps / ((firstEnd - start) / 1e9), tenthSteps / ((end - lastStart) / 1e9));
    }

    /** The first non-finite value or broken distribution in the agents' states or the block's diagnostics. */
    static String check(List<?> states, Map<String, double[][]> diagnostics, long block) {
        for (Map.Entry<String, double[][]> e : diagnostics.entrySet()) {
            for (double[] row : e.getValue()) {
                for (double v : row) {
                    if (!Double.isFinite(v)) {
                        return "block " + block + ": diagnostic " + e.getKey() + " is " + v;
                    }
                }
            }
        }
        for (int i = 0; i < states.size(); i++) {
            if (states.get(i) instanceof AifState s) {
                String p = check(s);
                if (p != null) {
                    return "block " + block + ", agent " + i + ": " + p;
                }
            }
        }
        return null;
    }

    private static String check(AifState s) {
        double[][] beliefs = s.beliefs();
        for (int f = 0; f < beliefs.length; f++) {
            double sum = 0;
            for (double q : beliefs[f]) {
                if (!Double.isFinite(q) || q < 0) {
                    return "beliefs[" + f + "] holds " + q;
                }
                sum += q;
            }
            if (Math.abs(sum - 1) > SUM_TOLERANCE) {
                return "beliefs[" + f + "] sum to " + sum;
            }
        }
        GenerativeModel m = s.model();
        for (int i = 0; i < m.numModalities(); i++) {
            String p = finite("A[" + i + "]", m.A(i), false);
            p = p != null ? p : m.pA(i).map(t -> finite("pA", t, true)).orElse(null);
            if (p != null) {
                return p;
            }
        }
        for (int f = 0; f < m.numFactors(); f++) {
            String p = finite("B[" + f + "]", m.B(f), false);
            p = p != null ? p : finite("D[" + f + "]", m.D(f), false);
            p = p != null ? p : m.pB(f).map(t -> finite("pB", t, true)).orElse(null);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static String finite(String name, DoubleTensor t, boolean counts) {
        double[] data = t.unsafeData();
        for (int i = 0; i < data.length; i++) {
            if (!Double.isFinite(data[i]) || (counts && data[i] < 0)) {
                return name + " element " + i + " is " + data[i];
            }
        }
        return null;
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
