package io.aifgym.agents.baselines.dqn;

/**
 * The saved form of a {@link DqnState}, for checkpoints ({@link DqnAgent#save}). The networks
 * and Adam's moments are ND4J {@code double} arrays, saved value for value (a JSON double reads
 * back to the same bits), so a restored state trains and acts exactly as the saved one.
 *
 * <p>A network's {@code P} parameters are in the order of {@link QNetwork}'s flat vector: layer
 * by layer, the weight matrix {@code [in, out]} row-major, then the bias {@code [out]}, with
 * the widths of {@code layerSizes}.
 *
 * @param layerSizes the layer widths of both networks: the flattened observation's length,
 *     the hidden widths, the number of actions
 * @param online the online network's {@code P} parameters
 * @param target the target network's {@code P} parameters
 * @param firstMoments Adam's first moment estimates (m), one per parameter of the online network
 * @param secondMoments Adam's second moment estimates (v), one per parameter
 * @param adamSteps the Adam steps taken (gradient steps)
 * @param replay the replay buffer
 * @param steps the transitions learned from
 * @param episodes the episodes ended
 * @param trainedAt the value of {@code steps} at the last gradient step (-1 before the first)
 * @param syncedAt the value of {@code steps} at the last target copy
 */
public record SavedDqnState(int[] layerSizes, double[] online, double[] target, double[] firstMoments,
        double[] secondMoments, long adamSteps, SavedReplayBuffer replay, long steps, long episodes, long trainedAt,
        long syncedAt) {
}
