/**
 * pymdp's {@code GridWorld} (pymdp/envs/grid_world.py): {@link io.aifgym.envs.pomdp.grid.GridWorld},
 * its config, and its provider {@code GridWorld-v0}.
 */
package io.aifgym.envs.pomdp.grid;
