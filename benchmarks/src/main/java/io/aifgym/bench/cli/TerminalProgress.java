package io.aifgym.bench.cli;

import io.aifgym.bench.experiment.Progress;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar on the terminal (me.tongfei:progressbar) for a run that lasts longer than a
 * second: it appears at the first update after one second and never when there is no console
 * (output redirected, CI, tests), where it would only write long lines of carriage returns.
 */
public final class TerminalProgress implements Progress, AutoCloseable {

    private static final long DELAY_NANOS = 1_000_000_000L;

    private final boolean enabled;
    private final String task;
    private final String unit;
    private final LongSupplier nanoTime;
    private final long start;
    private ProgressBar bar;

    private TerminalProgress(boolean enabled, String task, String unit, LongSupplier nanoTime) {
        this.enabled = enabled;
        this.task = task;
        this.unit = unit;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
    }

    /**
     * Progress shown on the console if there is one.
     *
     * @param task the bar's label
     * @param unit what is counted ("steps", "episodes")
     * @return the progress
     */
    public static TerminalProgress onConsole(String task, String unit) {
        return new TerminalProgress(System.console() != null, task, unit, System::nanoTime);
    }

    @Override
    public void update(long done, long total) {
        if (!enabled) {
            return;
        }
        if (bar == null) {
            if (nanoTime.getAsLong() - start < DELAY_NANOS) {
                return;
            }
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" " + unit, 1)
                    .setUpdateIntervalMillis(200).build();
        }
        bar.maxHint(total);
        bar.stepTo(done);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
