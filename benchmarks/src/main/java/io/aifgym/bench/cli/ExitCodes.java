package io.aifgym.bench.cli;

/** The exit codes of {@code aifgym}. */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** A golden case failed, or an unexpected error (a bug) stopped the command. */
    public static final int FAILED = 1;
    /** Bad input: options, config files, plugin folders, golden folders. */
    public static final int BAD_INPUT = 2;

    /**
     * A checkpointed command stopped by Ctrl-C after writing its checkpoint (128 + SIGINT; after
     * SIGTERM the JVM exits with 143).
     */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
