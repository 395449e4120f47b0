package io.aifgym.bench.wiring;

/**
 * The plugins cannot be loaded: the plugin folder is missing or unreadable, a jar's
 * {@code META-INF/services} entry names a class that cannot be loaded, or two providers share
 * an id. The message says which, naming the folder, jar or classes.
 */
public final class PluginException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong
     * @param cause the underlying error, or null
     */
    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
