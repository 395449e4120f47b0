/**
 * A small env for this module's tests, beside gym-envs' FrozenLake, GridWorld and bandits: a
 * corridor whose observations have two components ({@code int[]} observations and actions, as
 * pymdp encodes them).
 */
package io.aifgym.agents.baselines.testenv;
