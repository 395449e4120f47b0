package io.aifgym.gym.golden;

import java.util.Map;
import java.util.Set;

/**
 * A plugin that evaluates golden cases of some functions, found with
 * {@link java.util.ServiceLoader} by {@code aifgym golden} and the golden tests (list it in
 * {@code META-INF/services/io.aifgym.gym.golden.GoldenFunctions}).
 */
public interface GoldenFunctions {

    /**
     * The function names this plugin evaluates.
     *
     * @return the names
     */
    Set<String> functions();

    /**
     * Runs a case through the implementation.
     *
     * @param goldenCase a case of one of {@link #functions()}
     * @return the outputs by name: numbers, booleans, {@code double[]}, {@code int[]},
     *     {@link io.aifgym.gym.tensor.DoubleTensor}, or lists of these (nested as the
     *     expected values are); the runner compares the keys the case expects
     * @throws Exception if the case cannot be evaluated (counted as a failure with its reason)
     */
    Map<String, Object> evaluate(GoldenCase goldenCase) throws Exception;
}
