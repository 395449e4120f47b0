package io.aifgym.agents.aif.model;

import java.util.List;

/**
 * A generative model that fails validation: every problem found, each naming the tensor, the
 * index, what was expected and what was found (for example
 * {@code "A[0][:, 1]: expected a distribution over axis 0 summing to 1 (rtol 1e-05, atol 1e-08), found a sum of 1.05"}).
 */
public final class InvalidModelException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The most problems listed in the message; {@link #problems()} has them all. */
    private static final int MESSAGE_LIMIT = 50;

    private final List<String> problems;

    /**
     * An exception listing problems.
     *
     * @param problems the problems, at least one
     */
    public InvalidModelException(List<String> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem found, in the order found */
    public List<String> problems() {
        return problems;
    }

    private static String message(List<String> problems) {
        StringBuilder sb = new StringBuilder("generative model: ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems");
        for (int i = 0; i < problems.size() && i < MESSAGE_LIMIT; i++) {
            sb.append("\n  ").append(i + 1).append(". ").append(problems.get(i));
        }
        if (problems.size() > MESSAGE_LIMIT) {
            sb.append("\n  ... and ").append(problems.size() - MESSAGE_LIMIT).append(" more");
        }
        return sb.toString();
    }
}
