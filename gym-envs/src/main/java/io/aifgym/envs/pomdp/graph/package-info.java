/**
 * pymdp's graph worlds (pymdp/envs/graph_worlds.py): {@link io.aifgym.envs.pomdp.graph.GraphWorld}
 * ({@code GraphWorld-v0}) on a {@link io.aifgym.envs.pomdp.graph.Graph}, with pymdp's
 * connected-clusters generator.
 */
package io.aifgym.envs.pomdp.graph;
