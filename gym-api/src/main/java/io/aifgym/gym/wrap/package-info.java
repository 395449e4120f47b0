/**
 * Wrappers, each with its own state record nesting the inner state (gymnax's style):
 * {@link io.aifgym.gym.wrap.TimeLimit}, {@link io.aifgym.gym.wrap.AutoReset} and
 * {@link io.aifgym.gym.wrap.Checked}.
 */
package io.aifgym.gym.wrap;
