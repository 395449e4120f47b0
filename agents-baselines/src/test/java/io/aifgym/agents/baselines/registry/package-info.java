/** Tests of the module as a plugin: ServiceLoader registration, config binding, agent creation. */
package io.aifgym.agents.baselines.registry;
