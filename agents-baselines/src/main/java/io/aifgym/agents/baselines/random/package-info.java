/**
 * The {@code random} baseline: {@link io.aifgym.agents.baselines.random.RandomAgent} draws
 * every action uniformly from the env's action space with the decision's key (the lower line
 * of every comparison).
 */
package io.aifgym.agents.baselines.random;
