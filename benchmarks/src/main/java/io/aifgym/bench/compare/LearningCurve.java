package io.aifgym.bench.compare;

import java.util.Arrays;
import java.util.List;

/**
 * How a run becomes a learning curve of at most {@value #MAX_POINTS} points. A run of
 * episodes is cut into windows of consecutive episodes (episode {@code k} of {@code E} falls in
 * window {@code k * W / E}), and a point is the mean return of the window's episodes. A run of
 * steps is cut into windows of consecutive steps (step {@code t} of {@code T} in window
 * {@code t * W / T}), and a point is the mean reward per step of every env copy in the window,
 * which also suits a bandit's single long episode.
 */
public final class LearningCurve {

    /** The most points of a curve. */
    public static final int MAX_POINTS = 40;

    private LearningCurve() {
    }

    /**
     * The number of windows of an env's runs.
     *
     * @param env the env
     * @return {@code min(MAX_POINTS, episodes or steps)}
     */
    public static int points(CompareConfig.EnvEntry env) {
        return Math.min(MAX_POINTS, env.countsEpisodes() ? env.episodes() : env.steps());
    }

    /**
     * The window of an item (an episode of a run of episodes, a step of a run of steps).
     *
     * @param index the item, from 0
     * @param total the items of a run
     * @param points the windows
     * @return the window, from 0
     */
    public static int window(long index, long total, int points) {
        return (int) Math.min(points - 1, index * points / total);
    }

    /**
     * The x value of each window: the last episode (counted from 1) or the last step of it.
     *
     * @param env the env
     * @return one x value per window
     */
    public static double[] xs(CompareConfig.EnvEntry env) {
        int w = points(env);
        long total = env.countsEpisodes() ? env.episodes() : env.steps();
        double[] x = new double[w];
        for (int i = 0; i < w; i++) {
            x[i] = Math.ceil((double) (i + 1) * total / w);
        }
        return x;
    }

    /**
     * The x axis title of an env's curves.
     *
     * @param env the env
     * @return {@code episode} or {@code step}
     */
    public static String xTitle(CompareConfig.EnvEntry env) {
        return env.countsEpisodes() ? "episode" : "step (per env copy)";
    }

    /**
     * The y axis title of an env's curves.
     *
     * @param env the env
     * @return what a point is
     */
    public static String yTitle(CompareConfig.EnvEntry env) {
        return env.countsEpisodes() ? "mean return per episode" : "mean reward per step";
    }

    /**
     * The curve of a run of episodes: the mean return of each window's episodes.
     *
     * @param episodes the run's episodes, in order
     * @param total the run's episode budget
     * @param points the windows
     * @return one value per window, NaN where the run ended before the window
     */
    public static double[] ofEpisodes(List<EpisodeResult> episodes, int total, int points) {
        double[] sum = new double[points];
        int[] count = new int[points];
        for (EpisodeResult e : episodes) {
            int w = window(e.episode(), total, points);
            sum[w] += e.totalReturn();
            count[w]++;
        }
        return means(sum, count);
    }

    /**
     * Means of window sums.
     *
     * @param sum per window, the sum
     * @param count per window, the count
     * @return per window the mean, NaN where the count is 0
     */
    static double[] means(double[] sum, long[] count) {
        double[] out = new double[sum.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = count[i] == 0 ? Double.NaN : sum[i] / count[i];
        }
        return out;
    }

    private static double[] means(double[] sum, int[] count) {
        return means(sum, Arrays.stream(count).asLongStream().toArray());
    }
}
