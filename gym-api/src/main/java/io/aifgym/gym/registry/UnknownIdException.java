package io.aifgym.gym.registry;

import io.aifgym.gym.internal.Nearest;
import java.util.List;

/** An id that no registered provider has; the message lists the known ids and the nearest. */
public final class UnknownIdException extends IllegalArgumentException {

    private final String id;
    private final List<String> known;

    /**
     * Creates the exception.
     *
     * @param kind "env" or "agent"
     * @param id the unknown id
     * @param known the known ids
     */
    public UnknownIdException(String kind, String id, List<String> known) {
        super(message(kind, id, known));
        this.id = id;
        this.known = List.copyOf(known);
    }

    private static String message(String kind, String id, List<String> known) {
        return "unknown " + kind + " id '" + id + "'" + Nearest.hint(id, known)
                + " Known " + kind + " ids: " + String.join(", ", known);
    }

    /** @return the unknown id */
    public String id() {
        return id;
    }

    /** @return the known ids */
    public List<String> known() {
        return known;
    }
}
