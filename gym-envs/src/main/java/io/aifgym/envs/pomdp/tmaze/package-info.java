/**
 * pymdp's T-mazes (pymdp/envs/tmaze.py): the classic {@link io.aifgym.envs.pomdp.tmaze.TMaze}
 * ({@code TMaze-v0}) and the {@link io.aifgym.envs.pomdp.tmaze.SimplifiedTMaze}
 * ({@code SimplifiedTMaze-v0}), sharing {@link io.aifgym.envs.pomdp.tmaze.TMazeConfig} and
 * {@link io.aifgym.envs.pomdp.tmaze.TMazeState}.
 */
package io.aifgym.envs.pomdp.tmaze;
