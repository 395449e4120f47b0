/**
 * The {@code dqn} baseline: a deep Q-network (Mnih et al. 2015) on ND4J's CPU backend, the
 * project's neural baseline. {@link io.aifgym.agents.baselines.dqn.DqnAgent} learns a small
 * multilayer perceptron {@link io.aifgym.agents.baselines.dqn.QNetwork} on observations
 * flattened by {@link io.aifgym.gym.space.Space#flatten} (one-hot for discrete spaces, the
 * values for boxes), from a {@link io.aifgym.agents.baselines.dqn.ReplayBuffer} with a
 * periodically synchronised target network, the Huber loss and Adam
 * ({@link io.aifgym.agents.baselines.dqn.AdamState}, ND4J's Adam updater on the flat parameter
 * vector; Kingma and Ba 2015); double DQN (van Hasselt et al. 2016) is an option.
 *
 * <p><b>Values.</b> The agent state {@link io.aifgym.agents.baselines.dqn.DqnState} is
 * immutable: its networks hold ND4J arrays that are never written after they are made (every
 * update makes new arrays), and the replay buffer is a persistent vector that shares all but
 * one path with the previous buffer. Checkpoints save it as a
 * {@link io.aifgym.agents.baselines.dqn.SavedDqnState} (parameters, Adam's moments and the
 * buffer as plain {@code double} arrays, exactly).
 *
 * <p><b>Determinism.</b> Every random choice is made in Java from the decision's
 * {@link io.aifgym.gym.random.Key}: weight initialisation from the init key's generator,
 * minibatch indices from {@code key.child(0)}'s generator, the action from one uniform draw
 * of {@code key.child(1)}. ND4J's own random generator is never used. ND4J's CPU operations
 * on {@code double} arrays are deterministic for a fixed number of OpenMP threads; run with
 * {@code OMP_NUM_THREADS=1} (the tests do, and on two cores it is also the fastest setting).
 *
 * <p><b>Memory and speed.</b> Temporaries of a decision (inputs, forward passes, gradients)
 * are allocated in an ND4J workspace that is reused from decision to decision; only the new
 * parameter vector and Adam moments are detached from it. All parameters live in one flat
 * vector (the layers are views of it), so an Adam step is three ND4J operations whatever the
 * depth: ND4J's cost here is its per-operation overhead (microseconds), not arithmetic.
 */
package io.aifgym.agents.baselines.dqn;
