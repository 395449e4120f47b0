/**
 * Fuzz tests of aifgym's loaders: valid config and model documents mutated at random (plain
 * JUnit loops over seeded cases) must load or fail with their documented exception and a
 * message, never anything else.
 */
package io.aifgym.bench.fuzz;
