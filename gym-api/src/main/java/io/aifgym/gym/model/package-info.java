/**
 * Model values that envs expose and agents plan on, so agents never depend on envs:
 * {@link io.aifgym.gym.model.GenerativeProcess} (A, B, D with dependencies, pymdp's layout)
 * and {@link io.aifgym.gym.model.TabularModel} (Gymnasium's {@code P}).
 */
package io.aifgym.gym.model;
