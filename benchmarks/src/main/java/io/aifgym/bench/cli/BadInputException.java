package io.aifgym.bench.cli;

/**
 * Input the command line cannot use (a missing golden folder, bad JMH options); reported as
 * one message and exit code {@link ExitCodes#BAD_INPUT}.
 */
public final class BadInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, with what was expected and found
     */
    public BadInputException(String message) {
        super(message);
    }
}
