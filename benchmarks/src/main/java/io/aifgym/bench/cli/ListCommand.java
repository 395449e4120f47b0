package io.aifgym.bench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aifgym.bench.config.ConfigMappers;
import io.aifgym.gym.registry.AgentProvider;
import io.aifgym.gym.registry.AgentRegistry;
import io.aifgym.gym.registry.EnvProvider;
import io.aifgym.gym.registry.EnvRegistry;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code aifgym list}: every registered env and agent with its id, description and default config. */
@Command(name = "list",
        description = "Lists every env and agent (built in and from plugin jars) with its id, description and default"
                + " config as JSON.")
public final class ListCommand implements Callable<Integer> {

    @ParentCommand
    private AifgymCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Option(names = "--json", description = "Print one JSON document instead of text.")
    private boolean json;

    /** Creates the command (picocli calls this). */
    public ListCommand() {
        // fields are injected by picocli
    }

    @Override
    public Integer call() throws JsonProcessingException {
        EnvRegistry envs = root.injector().getInstance(EnvRegistry.class);
        AgentRegistry agents = root.injector().getInstance(AgentRegistry.class);
        ObjectMapper mapper = ConfigMappers.json();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode doc = mapper.createObjectNode();
            ArrayNode envArray = doc.putArray("envs");
            for (EnvProvider<?> p : envs.providers()) {
                ObjectNode o = envArray.addObject();
                o.put("id", p.spec().id().toString());
                o.put("description", p.spec().description());
                o.put("maxEpisodeSteps", p.spec().maxEpisodeSteps());
                o.set("config", mapper.valueToTree(p.defaultConfig()));
            }
            ArrayNode agentArray = doc.putArray("agents");
            for (AgentProvider<?> p : agents.providers()) {
                ObjectNode o = agentArray.addObject();
                o.put("id", p.id());
                o.put("description", p.description());
                o.set("config", mapper.valueToTree(p.defaultConfig()));
            }
            out.println(mapper.writeValueAsString(doc));
            return ExitCodes.OK;
        }
        ObjectMapper compact = mapper.copy().disable(SerializationFeature.INDENT_OUTPUT);
        int width = Math.max(envs.ids().stream().mapToInt(String::length).max().orElse(0),
                agents.ids().stream().mapToInt(String::length).max().orElse(0));
        String row = "  %-" + Math.max(1, width) + "s  %s%n";
        out.println("Envs (" + envs.ids().size() + "):");
        for (EnvProvider<?> p : envs.providers()) {
            String limit = p.spec().hasTimeLimit() ? " [at most " + p.spec().maxEpisodeSteps() + " steps]" : "";
            out.printf(row, p.spec().id(), p.spec().description() + limit);
            out.println("      config: " + configJson(compact, p.defaultConfig()));
        }
        if (envs.ids().isEmpty()) {
            out.println("  (none; add plugin jars to " + root.pluginFolder() + ")");
        }
        out.println("Agents (" + agents.ids().size() + "):");
        for (AgentProvider<?> p : agents.providers()) {
            out.printf(row, p.id(), p.description());
            out.println("      config: " + configJson(compact, p.defaultConfig()));
        }
        if (agents.ids().isEmpty()) {
            out.println("  (none; add plugin jars to " + root.pluginFolder() + ")");
        }
        return ExitCodes.OK;
    }

    private static String configJson(ObjectMapper mapper, Record config) {
        try {
            return mapper.writeValueAsString(config);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return "(cannot be written as JSON: " + e.getMessage() + ")";
        }
    }
}
