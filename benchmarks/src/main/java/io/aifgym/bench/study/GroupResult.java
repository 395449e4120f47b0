package io.aifgym.bench.study;

import io.aifgym.bench.study.Scenario.Parameter;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one group of agents (one {@code alpha}) learned in one scenario.
 *
 * @param alpha the group's action precision
 * @param kl the correct divergence from the truth per tracked parameter ({@link ParameterKl#divergence})
 * @param notebookKl the notebook cell's value per tracked parameter ({@link ParameterKl#notebook})
 * @param learnedPA every agent's final {@code pA[0]}, or an empty list when A is not learned
 * @param learnedPB every agent's final {@code pB[0]}, or an empty list when the scenario has no pB
 */
public record GroupResult(double alpha, Map<Parameter, KlCurves> kl, Map<Parameter, KlCurves> notebookKl,
        List<DoubleTensor> learnedPA, List<DoubleTensor> learnedPB) {

    /** Copies the maps and lists. */
    public GroupResult {
        kl = copy(kl);
        notebookKl = copy(notebookKl);
        learnedPA = List.copyOf(learnedPA);
        learnedPB = List.copyOf(learnedPB);
        if (!kl.keySet().equals(notebookKl.keySet())) {
            throw new IllegalArgumentException("notebookKl: expected the parameters " + kl.keySet() + " of kl, found "
                    + notebookKl.keySet());
        }
    }

    /**
     * The divergence curves of a parameter.
     *
     * @param parameter A or B
     * @return its curves
     * @throws IllegalArgumentException if the parameter is not tracked
     */
    public KlCurves kl(Parameter parameter) {
        KlCurves c = kl.get(Objects.requireNonNull(parameter, "parameter"));
        if (c == null) {
            throw new IllegalArgumentException("parameter: expected one of " + kl.keySet() + ", found " + parameter);
        }
        return c;
    }

    private static Map<Parameter, KlCurves> copy(Map<Parameter, KlCurves> m) {
        EnumMap<Parameter, KlCurves> out = new EnumMap<>(Parameter.class);
        out.putAll(m);
        return Collections.unmodifiableMap(out);
    }
}
