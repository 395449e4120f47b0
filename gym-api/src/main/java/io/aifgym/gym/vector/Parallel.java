package io.aifgym.gym.vector;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.IntConsumer;

/**
 * Runs independent slot tasks on a fixed number of threads. Each task writes only its own
 * slot, so results do not depend on the thread count. The pools are shared, daemon, and
 * live as long as the JVM.
 */
public final class Parallel {

    private static final Map<Integer, ForkJoinPool> POOLS = new ConcurrentHashMap<>();

    private Parallel() {
    }

    /**
     * Calls {@code task.accept(i)} for every {@code i} in {@code [0, n)}, on up to
     * {@code threads} threads, in contiguous chunks.
     *
     * @param n the number of tasks
     * @param threads the number of threads; 1 runs on the caller's thread
     * @param task the task, which must only write state owned by index i
     */
    public static void forEach(int n, int threads, IntConsumer task) {
        if (threads <= 1 || n <= 1) {
            for (int i = 0; i < n; i++) {
                task.accept(i);
            }
            return;
        }
        int chunks = Math.min(threads, n);
        ForkJoinPool pool = POOLS.computeIfAbsent(threads, Parallel::newPool);
        pool.submit(() -> java.util.stream.IntStream.range(0, chunks).parallel().forEach(c -> {
            int from = (int) ((long) n * c / chunks);
            int to = (int) ((long) n * (c + 1) / chunks);
            for (int i = from; i < to; i++) {
                task.accept(i);
            }
        })).join();
    }

    private static ForkJoinPool newPool(int threads) {
        return new ForkJoinPool(threads, pool -> {
            ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            t.setDaemon(true);
            t.setName("aifgym-worker-" + t.getPoolIndex());
            return t;
        }, null, false);
    }
}
