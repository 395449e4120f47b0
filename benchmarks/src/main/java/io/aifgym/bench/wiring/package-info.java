/**
 * Guice wiring, used only here, in the composition root (style rule R11):
 * {@link io.aifgym.bench.wiring.HarnessModule} binds the env and agent registries and the
 * golden runner, all found by {@link java.util.ServiceLoader} on the class loader that
 * {@link io.aifgym.bench.wiring.PluginFolder} opens over the plugin jars, plus the config
 * loader, the experiment runner and the result writer. Unit tests construct these classes
 * directly, without Guice.
 */
package io.aifgym.bench.wiring;
