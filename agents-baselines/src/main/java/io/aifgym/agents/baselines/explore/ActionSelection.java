package io.aifgym.agents.baselines.explore;

/**
 * Kernels that choose an action from a row of action values ({@code values[offset ..
 * offset + n)}) and give the probabilities of that choice. Each choice consumes exactly one
 * uniform number {@code u} in {@code [0, 1)}, drawn by the caller from its key:
 *
 * <ul>
 *   <li>greedy: ties among the maximal values are broken by {@code u}: the
 *       {@code floor(u * ties)}-th maximal action;</li>
 *   <li>epsilon-greedy: if {@code u < epsilon} the action {@code floor(u / epsilon * n)}, which is
 *       uniform given {@code u < epsilon}; else greedy with {@code (u - epsilon) / (1 - epsilon)},
 *       which is uniform in {@code [0, 1)} given {@code u >= epsilon};</li>
 *   <li>softmax: the inverse of the cumulative Boltzmann distribution at {@code u}.</li>
 * </ul>
 *
 * <p>The kernels allocate nothing, so they run in an agent's inner loop.
 */
public final class ActionSelection {

    private ActionSelection() {
    }

    /**
     * The largest value of a row.
     *
     * @param values the array holding the row
     * @param offset the index of the row's first value
     * @param n the row length, positive
     * @return the maximum
     */
    public static double max(double[] values, int offset, int n) {
        double best = values[offset];
        for (int i = 1; i < n; i++) {
            double v = values[offset + i];
            if (v > best) {
                best = v;
            }
        }
        return best;
    }

    /**
     * The first index of the largest value of a row (deterministic ties: the lowest index).
     *
     * @param values the array holding the row
     * @param offset the index of the row's first value
     * @param n the row length, positive
     * @return an index in {@code [0, n)}
     */
    public static int argmax(double[] values, int offset, int n) {
        int best = 0;
        double bestValue = values[offset];
        for (int i = 1; i < n; i++) {
            double v = values[offset + i];
            if (v > bestValue) {
                bestValue = v;
                best = i;
            }
        }
        return best;
    }

    /**
     * A greedy action, ties broken by {@code u}.
     *
     * @param values the array holding the row
     * @param offset the index of the row's first value
     * @param n the row length, positive
     * @param u a uniform number in {@code [0, 1)}
     * @return an index in {@code [0, n)}
     */
    public static int greedy(double[] values, int offset, int n, double u) {
        double best = values[offset];
        int ties = 1;
        for (int i = 1; i < n; i++) {
            double v = values[offset + i];
            if (v > best) {
                best = v;
                ties = 1;
            } else if (v == best) {
                ties++;
            }
        }
        if (ties == 1) {
            return argmax(values, offset, n);
        }
        int pick = Math.min((int) (u * ties), ties - 1);
        for (int i = 0; i < n; i++) {
            if (values[offset + i] == best && pick-- == 0) {
                return i;
            }
        }
        throw new IllegalStateException("greedy: no maximal value found in a row of " + n);
    }

    /**
     * An epsilon-greedy action.
     *
     * @param values the array holding the row
     * @param offset the index of the row's first value
     * @param n the row length, positive
     * @param epsilon the probability of a uniformly random action, in {@code [0, 1]}
     * @param u a uniform number in {@code [0, 1)}
     * @return an index in {@code [0, n)}
     */
    public static int epsilonGreedy(double[] values, int offset, int n, double epsilon, double u) {
        if (u < epsilon) {
            return Math.min((int) (u / epsilon * n), n - 1);
        }
        double v = epsilon > 0 ? (u - epsilon) / (1 - epsilon) : u;
        return greedy(values, offset, n, Math.min(v, Math.nextDown(1.0)));
    }

    /**
     * A softmax (Boltzmann) action.
     *
     * @param values the array holding the row
     * @param offset the index of the row's first value
     * @param n the row length, positive
     * @param temperature the temperature, positive
     * @param u a uniform number in {@code [0, 1)}
     * @return an index in {@code [0, n)}
     */
    public static int softmax(double[] values, int offset, int n, double temperature, double u) {
        double max = max(values, offset, n);
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += Math.exp((values[offset + i] - max) / temperature);
        }
        double target = u * total;
        double cumulative = 0;
        for (int i = 0; i < n - 1; i++) {
            cumulative += Math.exp((values[offset + i] - max) / temperature);
            if (target < cumulative) {
                return i;
            }
        }
        return n - 1;
    }

    /**
     * An action by a strategy.
     *
     * @param strategy epsilon-greedy or softmax
     * @param parameter epsilon or the temperature
     * @param values the array holding the row
     * @param offset the index of the row's first value
     * @param n the row length, positive
     * @param u a uniform number in {@code [0, 1)}
     * @return an index in {@code [0, n)}
     */
    public static int select(Strategy strategy, double parameter, double[] values, int offset, int n, double u) {
        return strategy == Strategy.EPSILON_GREEDY ? epsilonGreedy(values, offset, n, parameter, u)
                : softmax(values, offset, n, parameter, u);
    }

    /**
     * The expected action value under a strategy's policy, {@code sum_a pi(a) Q(a)} (the
     * expected-SARSA target's bootstrap).
     *
     * @param strategy epsilon-greedy or softmax
     * @param parameter epsilon or the temperature
     * @param values the array holding the row
     * @param offset the index of the row's first value
     * @param n the row length, positive
     * @return the expected value
     */
    public static double expectedValue(Strategy strategy, double parameter, double[] values, int offset, int n) {
        double max = max(values, offset, n);
        if (strategy == Strategy.EPSILON_GREEDY) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += values[offset + i];
            }
            return (1 - parameter) * max + parameter * sum / n;
        }
        double total = 0;
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            double w = Math.exp((values[offset + i] - max) / parameter);
            total += w;
            weighted += w * values[offset + i];
        }
        return weighted / total;
    }

    /**
     * The probabilities of each action under a strategy's policy.
     *
     * @param strategy epsilon-greedy or softmax
     * @param parameter epsilon or the temperature
     * @param values the array holding the row
     * @param offset the index of the row's first value
     * @param n the row length, positive
     * @return a new array of {@code n} probabilities summing to one
     */
    public static double[] probabilities(Strategy strategy, double parameter, double[] values, int offset, int n) {
        double[] p = new double[n];
        double max = max(values, offset, n);
        if (strategy == Strategy.EPSILON_GREEDY) {
            int ties = 0;
            for (int i = 0; i < n; i++) {
                if (values[offset + i] == max) {
                    ties++;
                }
            }
            for (int i = 0; i < n; i++) {
                p[i] = parameter / n + (values[offset + i] == max ? (1 - parameter) / ties : 0);
            }
            return p;
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            p[i] = Math.exp((values[offset + i] - max) / parameter);
            total += p[i];
        }
        for (int i = 0; i < n; i++) {
            p[i] /= total;
        }
        return p;
    }
}
