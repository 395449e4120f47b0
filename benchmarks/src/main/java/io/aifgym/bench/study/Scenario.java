package io.aifgym.bench.study;

import io.aifgym.agents.aif.maths.Dirichlet;
import io.aifgym.agents.aif.model.GenerativeModel;
import io.aifgym.gym.model.GenerativeProcess;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The six scenarios of pymdp's learning-gridworld notebook (spec 9.5): what the agents learn
 * and the priors they start from. Every scenario has {@code C = 0}; the notebook's order of
 * the two "locality" scenarios is kept as issue 5 lists them (5 with the true D, 6 with the
 * flat D).
 *
 * <ol>
 *   <li>learn B from {@code pB = 1/Ns} everywhere, the true A, a flat D; 40 blocks;</li>
 *   <li>learn A from {@code pA = 1/No}, the true B, the true D; 20 blocks;</li>
 *   <li>learn A from {@code pA = 1/No}, the true B, a flat D; 20 blocks;</li>
 *   <li>learn A, with {@code B = E[pB]} for a flat {@code pB = 1/Ns} that is not learned but feeds
 *       the novelty term, the true D; 100 blocks;</li>
 *   <li>learn A with the "locality" prior {@code pB = min(Σ_u B_true, 1) + 1/Ns} for every action
 *       (not learned), the true D; 100 blocks;</li>
 *   <li>as 5 with a flat D; 100 blocks.</li>
 * </ol>
 */
public enum Scenario {

    /** Scenario 1: learn B with known A. */
    LEARN_B(1, "learn B (pB = 1/49), true A, flat D", 40, false, true, Prior.FLAT, Prior.FLAT),
    /** Scenario 2: learn A with known B and D. */
    LEARN_A_TRUE_D(2, "learn A (pA = 1/49), true B, true D", 20, true, false, Prior.TRUE, Prior.TRUE),
    /** Scenario 3: learn A with known B and a flat D. */
    LEARN_A_FLAT_D(3, "learn A (pA = 1/49), true B, flat D", 20, true, false, Prior.TRUE, Prior.FLAT),
    /** Scenario 4: learn A with a flat, unlearned pB. */
    LEARN_A_FLAT_B(4, "learn A, B = E[pB] of a flat pB (not learned), true D", 100, true, false, Prior.FLAT,
            Prior.TRUE),
    /** Scenario 5: learn A with the locality prior on B and the true D. */
    LEARN_A_LOCAL_B_TRUE_D(5, "learn A, locality prior pB (not learned), true D", 100, true, false,
            Prior.LOCALITY, Prior.TRUE),
    /** Scenario 6: learn A with the locality prior on B and a flat D. */
    LEARN_A_LOCAL_B_FLAT_D(6, "learn A, locality prior pB (not learned), flat D", 100, true, false,
            Prior.LOCALITY, Prior.FLAT);

    /** The parameter a KL curve is about. */
    public enum Parameter {
        /** The observation model, {@code pA[0]}. */
        A,
        /** The transition model, {@code pB[0]}. */
        B
    }

    /** Where a prior comes from: the truth, flat, or (B only) the locality prior. */
    private enum Prior {
        TRUE, FLAT, LOCALITY
    }

    private final int number;
    private final String description;
    private final int defaultBlocks;
    private final boolean learnA;
    private final boolean learnB;
    /** B's Dirichlet prior pB (learned or only feeding novelty), or TRUE for the true B and no pB. */
    private final Prior bPrior;
    private final Prior dPrior;

    Scenario(int number, String description, int defaultBlocks, boolean learnA, boolean learnB, Prior bPrior,
            Prior dPrior) {
        this.number = number;
        this.description = description;
        this.defaultBlocks = defaultBlocks;
        this.learnA = learnA;
        this.learnB = learnB;
        this.bPrior = bPrior;
        this.dPrior = dPrior;
    }

    /**
     * The scenario with a number.
     *
     * @param number 1 to 6
     * @return the scenario
     * @throws IllegalArgumentException if there is none
     */
    public static Scenario of(int number) {
        for (Scenario s : values()) {
            if (s.number == number) {
                return s;
            }
        }
        throw new IllegalArgumentException("scenario: expected a number from 1 to " + values().length + ", found "
                + number);
    }

    /** @return the scenario's number, 1 to 6 */
    public int number() {
        return number;
    }

    /** @return one line saying what is learned from which priors */
    public String description() {
        return description;
    }

    /** @return the notebook's number of blocks */
    public int defaultBlocks() {
        return defaultBlocks;
    }

    /** @return whether A is learned */
    public boolean learnA() {
        return learnA;
    }

    /** @return whether B is learned */
    public boolean learnB() {
        return learnB;
    }

    /** @return whether D is the true initial-state distribution (else flat) */
    public boolean trueD() {
        return dPrior == Prior.TRUE;
    }

    /**
     * The parameters whose distance from the truth is tracked: those with a Dirichlet prior
     * (the notebook also plots the unlearned pB of scenarios 4 to 6, a constant).
     *
     * @return B for scenario 1, A for 2 and 3, A and B for 4 to 6
     */
    public Set<Parameter> tracked() {
        EnumSet<Parameter> out = EnumSet.noneOf(Parameter.class);
        if (learnA) {
            out.add(Parameter.A);
        }
        if (bPrior != Prior.TRUE) {
            out.add(Parameter.B);
        }
        return out;
    }

    /**
     * The initial generative model of every agent of this scenario, built from the true
     * process of the grid (one factor, one modality): A, B and D true or from the priors
     * above, {@code C = 0}, and the Dirichlet priors pA and pB where the scenario has them.
     *
     * @param truth the grid's generative process
     * @return the model
     */
    public GenerativeModel model(GenerativeProcess truth) {
        DoubleTensor trueA = truth.A().get(0);
        DoubleTensor trueB = truth.B().get(0);
        DoubleTensor trueD = truth.D().get(0);
        int numStates = trueB.dim(0);
        int numObs = trueA.dim(0);
        DoubleTensor pA = learnA ? DoubleTensor.filled(1.0 / numObs, trueA.shape()) : null;
        DoubleTensor pB = switch (bPrior) {
            case TRUE -> null;
            case FLAT -> DoubleTensor.filled(1.0 / numStates, trueB.shape());
            case LOCALITY -> localityPrior(trueB);
        };
        DoubleTensor a = pA == null ? trueA : Dirichlet.expectedValue(pA);
        DoubleTensor b = pB == null ? trueB : Dirichlet.expectedValue(pB);
        DoubleTensor d = dPrior == Prior.TRUE ? trueD : DoubleTensor.filled(1.0 / numStates, numStates);
        GenerativeModel.Builder builder = GenerativeModel.builder(List.of(a), List.of(b))
                .aDependencies(truth.aDependencies())
                .bDependencies(truth.bDependencies())
                .C(List.of(DoubleTensor.zeros(numObs)))
                .D(List.of(d));
        if (pA != null) {
            builder.pA(List.of(pA));
        }
        if (pB != null) {
            builder.pB(List.of(pB));
        }
        return builder.build();
    }

    /**
     * The notebook's "locality" prior: {@code pB[s', s, u] = min(Σ_v B[s', s, v], 1) + 1/Ns}, the
     * same for every action u: the agent knows that moves stay local, not which action goes where.
     *
     * @param trueB the true transitions {@code (Ns, Ns, Nu)}
     * @return the concentrations, same shape
     */
    static DoubleTensor localityPrior(DoubleTensor trueB) {
        int[] shape = trueB.shape();
        int numStates = shape[0];
        int nu = shape[shape.length - 1];
        double[] b = trueB.unsafeData();
        double[] out = new double[b.length];
        for (int column = 0; column < b.length / nu; column++) {
            double collapsed = 0;
            for (int u = 0; u < nu; u++) {
                collapsed += b[column * nu + u];
            }
            Arrays.fill(out, column * nu, column * nu + nu, Math.min(collapsed, 1.0) + 1.0 / numStates);
        }
        return DoubleTensor.wrap(out, shape);
    }

    /**
     * The scenarios with the given numbers, in the given order.
     *
     * @param numbers scenario numbers
     * @return the scenarios
     */
    public static List<Scenario> of(List<Integer> numbers) {
        List<Scenario> out = new ArrayList<>(numbers.size());
        for (int n : numbers) {
            out.add(of(n));
        }
        return out;
    }
}
