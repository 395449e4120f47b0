package io.aifgym.agents.baselines.explore;

import java.util.Objects;

/**
 * A value that changes with an agent's experience: an exploration rate, a softmax temperature
 * or a learning rate. At time {@code t} (steps or episodes, by {@link #clock()}) it is
 * {@code start} for {@link Decay#CONSTANT}, moves linearly or geometrically from {@code start}
 * to {@code end} over {@code duration} for {@link Decay#LINEAR} and {@link Decay#EXPONENTIAL},
 * and stays at {@code end} afterwards.
 *
 * <pre>{@code
 * Schedule epsilon = Schedule.linear(1.0, 0.05, 10_000);      // over steps
 * double e = epsilon.at(steps, episodes);
 * }</pre>
 *
 * @param decay the shape
 * @param start the value at time 0, finite
 * @param end the value from time {@code duration} on, finite (ignored by {@code CONSTANT})
 * @param duration the time over which the value moves, at least 1
 * @param clock whether time counts steps or episodes
 */
public record Schedule(Decay decay, double start, double end, long duration, Clock clock) {

    /** Validates the schedule. */
    public Schedule {
        Objects.requireNonNull(decay, "decay");
        Objects.requireNonNull(clock, "clock");
        if (!Double.isFinite(start)) {
            throw new IllegalArgumentException("start: expected a finite number, found " + start);
        }
        if (!Double.isFinite(end)) {
            throw new IllegalArgumentException("end: expected a finite number, found " + end);
        }
        if (duration < 1) {
            throw new IllegalArgumentException("duration: expected at least 1, found " + duration);
        }
        if (decay == Decay.EXPONENTIAL && !(start > 0 && end > 0)) {
            throw new IllegalArgumentException("start and end: expected positive values for an exponential decay,"
                    + " found " + start + " and " + end);
        }
    }

    /**
     * A constant value.
     *
     * @param value the value
     * @return the schedule
     */
    public static Schedule constant(double value) {
        return new Schedule(Decay.CONSTANT, value, value, 1, Clock.STEPS);
    }

    /**
     * A linear decay over steps.
     *
     * @param start the value at step 0
     * @param end the value from step {@code duration} on
     * @param duration the number of steps
     * @return the schedule
     */
    public static Schedule linear(double start, double end, long duration) {
        return new Schedule(Decay.LINEAR, start, end, duration, Clock.STEPS);
    }

    /**
     * A geometric decay over steps.
     *
     * @param start the value at step 0, positive
     * @param end the value from step {@code duration} on, positive
     * @param duration the number of steps
     * @return the schedule
     */
    public static Schedule exponential(double start, double end, long duration) {
        return new Schedule(Decay.EXPONENTIAL, start, end, duration, Clock.STEPS);
    }

    /**
     * The same schedule counting another clock.
     *
     * @param newClock steps or episodes
     * @return the new schedule
     */
    public Schedule per(Clock newClock) {
        return new Schedule(decay, start, end, duration, newClock);
    }

    /**
     * The value after the given experience.
     *
     * @param steps completed steps, non-negative
     * @param episodes completed episodes, non-negative
     * @return the value
     */
    public double at(long steps, long episodes) {
        long t = clock == Clock.STEPS ? steps : episodes;
        if (decay == Decay.CONSTANT) {
            return start;
        }
        if (t >= duration) {
            return end;
        }
        double fraction = (double) t / duration;
        return decay == Decay.LINEAR ? start + (end - start) * fraction : start * Math.pow(end / start, fraction);
    }

    /**
     * The smallest and largest value the schedule takes.
     *
     * @return {@code {min, max}}
     */
    public double[] range() {
        return decay == Decay.CONSTANT ? new double[] {start, start}
                : new double[] {Math.min(start, end), Math.max(start, end)};
    }
}
