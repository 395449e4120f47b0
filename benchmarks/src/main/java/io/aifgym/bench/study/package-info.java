/**
 * The learning-gridworld study, the showcase of aifgym: pymdp's notebook
 * {@code examples/learning/learning_gridworld.ipynb} end to end. Batches of active inference
 * agents ({@link io.aifgym.agents.aif.agent.AifAgent}) explore a 7x7
 * {@link io.aifgym.envs.pomdp.grid.GridWorld} in blocks of 51 agent steps through
 * {@link io.aifgym.gym.rollout.Rollout}, learn their transition model B, their observation model
 * A, or both, offline at the end of every block, under the six priors of
 * {@link io.aifgym.bench.study.Scenario}, for five levels of action precision {@code alpha}.
 *
 * <p>{@link io.aifgym.bench.study.LearningGridworldStudy} runs it,
 * {@link io.aifgym.bench.study.ParameterKl} measures how far the learned Dirichlet
 * concentrations are from the truth after every block, {@link io.aifgym.bench.study.StudyFiles}
 * writes the curves as CSV and JSON, {@link io.aifgym.bench.study.StudyPlots} draws them with
 * XChart and {@link io.aifgym.bench.study.StudyReport} writes the {@code index.html} that shows
 * them; {@link io.aifgym.bench.study.LearningGridworldCommand} is
 * {@code aifgym learning-gridworld}.
 */
package io.aifgym.bench.study;
