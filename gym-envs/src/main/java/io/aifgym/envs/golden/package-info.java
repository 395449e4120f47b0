/**
 * The environments' golden functions ({@link io.aifgym.envs.golden.EnvGoldenFunctions}):
 * pymdp's environment tensors ({@code jax_env_tensors}) and Gymnasium's transition tables
 * ({@code gymnasium_env_model}), evaluated by {@code aifgym golden} and the tests.
 */
package io.aifgym.envs.golden;
