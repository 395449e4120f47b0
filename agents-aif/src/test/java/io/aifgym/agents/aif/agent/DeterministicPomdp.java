package io.aifgym.agents.aif.agent;

import io.aifgym.agents.aif.maths.Maths;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.env.Reset;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.model.GenerativeProcess;
import io.aifgym.gym.model.HasGenerativeProcess;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.space.MultiDiscrete;
import io.aifgym.gym.space.Space;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.List;
import java.util.Map;

/**
 * A test env with one factor observed exactly (identity A) and deterministic dynamics: the
 * start is {@code argmax D}, an action moves to {@code argmax B[:, s, a]} (a deterministic
 * GridWorld when built from its B and one-hot D). The reward is 1 in {@code goal}, and an
 * episode never ends by itself.
 */
final class DeterministicPomdp implements Env<Integer, int[], int[]>, HasGenerativeProcess {

    private final GenerativeProcess process;
    private final int numStates;
    private final int numControls;
    private final int goal;

    DeterministicPomdp(DoubleTensor B, DoubleTensor D, int goal) {
        this.numStates = B.dim(0);
        this.numControls = B.dim(2);
        this.goal = goal;
        double[] identity = new double[numStates * numStates];
        for (int s = 0; s < numStates; s++) {
            identity[s * numStates + s] = 1.0;
        }
        this.process = new GenerativeProcess(List.of(DoubleTensor.wrap(identity, numStates, numStates)), List.of(B),
                List.of(D), new int[][] {{0}}, new int[][] {{0}}, GenerativeProcess.Labels.NONE);
    }

    /** A rows x cols grid (actions UP, RIGHT, DOWN, LEFT, STAY) starting in {@code start}. */
    static DeterministicPomdp grid(int rows, int cols, int start, int goal) {
        int n = rows * cols;
        int nu = 5;
        double[] b = new double[n * n * nu];
        int[][] moves = {{-1, 0}, {0, 1}, {1, 0}, {0, -1}, {0, 0}};
        for (int s = 0; s < n; s++) {
            for (int u = 0; u < nu; u++) {
                int r = s / cols + moves[u][0];
                int c = s % cols + moves[u][1];
                int next = r >= 0 && r < rows && c >= 0 && c < cols ? r * cols + c : s;
                b[(next * n + s) * nu + u] = 1.0;
            }
        }
        return new DeterministicPomdp(DoubleTensor.wrap(b, n, n, nu), DoubleTensor.vector(Maths.oneHot(start, n)), goal);
    }

    @Override
    public EnvSpec spec() {
        return EnvSpec.of("DeterministicPomdp-v0", 0, "identity A, deterministic B");
    }

    @Override
    public Space<int[]> observationSpace() {
        return new MultiDiscrete(new int[] {numStates});
    }

    @Override
    public Space<int[]> actionSpace() {
        return new MultiDiscrete(new int[] {numControls});
    }

    @Override
    public Reset<Integer, int[]> reset(Key key) {
        int s = Maths.argmax(process.D().get(0).unsafeData());
        return new Reset<>(new int[] {s}, s);
    }

    @Override
    public Step<Integer, int[]> step(Key key, Integer state, int[] action) {
        double[] b = process.B().get(0).unsafeData();
        int next = 0;
        double best = -1.0;
        for (int s = 0; s < numStates; s++) {
            double p = b[(s * numStates + state) * numControls + action[0]];
            if (p > best) {
                best = p;
                next = s;
            }
        }
        return new Step<>(new int[] {next}, next, next == goal ? 1.0 : 0.0, false, false, Map.of());
    }

    @Override
    public GenerativeProcess generativeProcess() {
        return process;
    }
}
