package io.aifgym.bench.checkpoint;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * While a checkpointed command is going, a shutdown hook for Ctrl-C and SIGTERM: it tells the
 * command to stop ({@code onSignal}, which asks for a checkpoint at the next boundary or writes
 * one at once) and then waits, at most {@code waitSeconds}, for the command to reach that
 * boundary and {@link #close} this object; past that the JVM exits and the last checkpoint
 * written stays, whole, because every checkpoint replaces the file atomically. SIGKILL runs no
 * hook: then the last checkpoint written is what is left.
 *
 * <pre>{@code
 * try (StopOnSignal stop = new StopOnSignal(checkpointer::requestStop, err,
 *         "writing a checkpoint at the end of the current block", StopOnSignal.WAIT_SECONDS)) {
 *     ... run, returning early when the checkpointer stopped it ...
 * }
 * }</pre>
 */
public final class StopOnSignal implements AutoCloseable {

    /** How long a hook that waits for the next boundary waits, in seconds. */
    public static final int WAIT_SECONDS = 30;

    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread hook;

    /**
     * Installs the hook.
     *
     * @param onSignal what the hook does first (runs on the hook's thread)
     * @param err where the hook says what it does
     * @param notice what the hook says it does, after "aifgym: stopping; "
     * @param waitSeconds how long the hook then waits for {@link #close}, 0 for not at all
     */
    public StopOnSignal(Runnable onSignal, PrintWriter err, String notice, int waitSeconds) {
        Objects.requireNonNull(onSignal, "onSignal");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(notice, "notice");
        if (waitSeconds < 0) {
            throw new IllegalArgumentException("waitSeconds: expected 0 or more, found " + waitSeconds);
        }
        hook = new Thread(() -> {
            err.println("aifgym: stopping; " + notice);
            err.flush();
            onSignal.run();
            try {
                done.await(waitSeconds, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "aifgym-checkpoint-on-exit");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Removes the hook (or, if it is already running, lets it return). */
    @Override
    public void close() {
        done.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running and has been released
        }
    }
}
