package io.aifgym.bench.checkpoint;

/**
 * A checkpoint that cannot be written or used: a plugin whose state cannot be saved, a
 * checkpoint of another format version or of another config, a missing or damaged file, a
 * disk that cannot take it. The command line reports it as one message and exit code 2.
 */
public final class CheckpointException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, with what was expected and found
     */
    public CheckpointException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what is wrong, with what was expected and found
     * @param cause the underlying failure
     */
    public CheckpointException(String message, Throwable cause) {
        super(message, cause);
    }
}
