package io.aifgym.gym.registry;

/** Two providers registered the same id; the message names both classes. */
public final class DuplicateIdException extends IllegalStateException {

    /**
     * Creates the exception.
     *
     * @param kind "env" or "agent"
     * @param id the id
     * @param first the class of the first provider
     * @param second the class of the second provider
     */
    public DuplicateIdException(String kind, String id, Class<?> first, Class<?> second) {
        super("duplicate " + kind + " id '" + id + "': provided by both " + first.getName() + " and "
                + second.getName());
    }
}
