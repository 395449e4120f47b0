/**
 * pymdp's generalized T-maze (pymdp/envs/generalized_tmaze.py):
 * {@link io.aifgym.envs.pomdp.generalized.GeneralizedTMaze} ({@code GeneralizedTMaze-v0}) on a
 * {@link io.aifgym.envs.pomdp.generalized.Maze} parsed from pymdp's cell codes (both of
 * pymdp's built-in layouts, or a custom matrix).
 */
package io.aifgym.envs.pomdp.generalized;
