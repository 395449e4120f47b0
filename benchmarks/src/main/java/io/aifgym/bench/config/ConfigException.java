package io.aifgym.bench.config;

import java.util.List;

/**
 * Every problem of one config file, numbered, in one exception (Guice's
 * {@code CreationException} style), so a user fixes them all in one pass:
 *
 * <pre>
 * experiment.yaml: 2 problems
 *   1. agent.config.gamma: expected a number, found the string "high"
 *   2. env.id: expected a registered env id (CoinFlip-v0, GridWorld-v0), found 'GridWrld-v0'; did you mean 'GridWorld-v0'?
 * </pre>
 */
public final class ConfigException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient List<ConfigProblem> problems;

    /**
     * Creates the exception.
     *
     * @param source the file (or other source) the problems are in
     * @param problems the problems, at least one
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public ConfigException(String source, List<ConfigProblem> problems) {
        super(message(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    private static String message(String source, List<ConfigProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems: expected at least one problem, found none");
        }
        StringBuilder sb = new StringBuilder(source).append(": ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems");
        for (int i = 0; i < problems.size(); i++) {
            sb.append(System.lineSeparator()).append("  ").append(i + 1).append(". ")
                    .append(problems.get(i).describe());
        }
        return sb.toString();
    }

    /** @return the file (or other source) the problems are in */
    public String source() {
        return source;
    }

    /** @return the problems, in the order found */
    public List<ConfigProblem> problems() {
        return problems;
    }
}
