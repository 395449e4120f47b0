/**
 * Running golden reference cases: {@link io.aifgym.gym.testkit.golden.GoldenCases} reads case
 * files, {@link io.aifgym.gym.testkit.golden.GoldenComparison} compares outputs within the
 * case's tolerance, {@link io.aifgym.gym.testkit.golden.GoldenRunner} dispatches cases to the
 * {@link io.aifgym.gym.golden.GoldenFunctions} plugins, and
 * {@link io.aifgym.gym.testkit.golden.GoldenTests} wraps it for JUnit.
 */
package io.aifgym.gym.testkit.golden;
