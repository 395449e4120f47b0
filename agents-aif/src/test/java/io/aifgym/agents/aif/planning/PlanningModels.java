package io.aifgym.agents.aif.planning;

import io.aifgym.agents.aif.model.GenerativeModel;
import io.aifgym.envs.pomdp.cue.CueChaining;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.ArrayList;
import java.util.List;

/** Models for the planning tests: pymdp's SI test models, a chain, many modalities, CueChaining. */
final class PlanningModels {

    private PlanningModels() {
    }

    /** A mutable row-major tensor for building test models. */
    static final class Tensor {
        final int[] shape;
        final double[] data;

        Tensor(int... shape) {
            this.shape = shape.clone();
            int n = 1;
            for (int s : shape) {
                n *= s;
            }
            this.data = new double[n];
        }

        Tensor set(double value, int... index) {
            int offset = 0;
            for (int k = 0; k < shape.length; k++) {
                offset = offset * shape[k] + index[k];
            }
            data[offset] = value;
            return this;
        }

        DoubleTensor build() {
            return DoubleTensor.of(data, shape);
        }
    }

    /** pymdp's {@code create_controllable_B(n, n)}: action a moves to location a from anywhere. */
    static DoubleTensor goTo(int n) {
        Tensor b = new Tensor(n, n, n);
        for (int from = 0; from < n; from++) {
            for (int a = 0; a < n; a++) {
                b.set(1.0, a, from, a);
            }
        }
        return b.build();
    }

    static DoubleTensor identity(int n) {
        Tensor b = new Tensor(n, n, 1);
        for (int s = 0; s < n; s++) {
            b.set(1.0, s, s, 0);
        }
        return b.build();
    }

    /**
     * pymdp's {@code _build_single_cue_model} (test_sophisticated_inference_jax.py): locations
     * start, left, right, cue; reward on the left or the right.
     */
    static GenerativeModel singleCue(double cueCost, double reward, double punishment) {
        int locations = 4;
        Tensor cue = new Tensor(5, locations, 2);
        Tensor rew = new Tensor(3, locations, 2);
        for (int loc = 0; loc < locations; loc++) {
            for (int r = 0; r < 2; r++) {
                if (loc == 0) {
                    cue.set(1.0, 0, loc, r);
                    rew.set(1.0, 0, loc, r);
                } else if (loc == 3) {
                    cue.set(1.0, r == 0 ? 3 : 4, loc, r);
                    rew.set(1.0, 0, loc, r);
                } else if (loc == 1) {
                    cue.set(1.0, 1, loc, r);
                    rew.set(1.0, r == 0 ? 1 : 2, loc, r);
                } else {
                    cue.set(1.0, 2, loc, r);
                    rew.set(1.0, r == 1 ? 1 : 2, loc, r);
                }
            }
        }
        return GenerativeModel.builder(List.of(cue.build(), rew.build()), List.of(goTo(locations), identity(2)))
                .aDependencies(new int[][] {{0, 1}, {0, 1}})
                .bDependencies(new int[][] {{0}, {1}})
                .C(List.of(DoubleTensor.vector(0, 0, 0, cueCost, cueCost), DoubleTensor.vector(0, reward, punishment)))
                .D(List.of(DoubleTensor.vector(1, 0, 0, 0), DoubleTensor.vector(0.5, 0.5)))
                .build();
    }

    /**
     * pymdp's {@code _build_dual_cue_model}: locations start, cue A (relevant), cue B
     * (distractor), reward left, reward right.
     */
    static GenerativeModel dualCue(double cueCost, double reward, double punishment) {
        int locations = 5;
        Tensor loc = new Tensor(locations, locations);
        Tensor cueA = new Tensor(3, locations, 2);
        Tensor cueB = new Tensor(3, locations, 2);
        Tensor rew = new Tensor(3, locations, 2);
        for (int l = 0; l < locations; l++) {
            loc.set(1.0, l, l);
            for (int r = 0; r < 2; r++) {
                cueA.set(1.0, l == 1 ? (r == 0 ? 1 : 2) : 0, l, r);
                if (l == 3) {
                    rew.set(1.0, r == 0 ? 1 : 2, l, r);
                } else if (l == 4) {
                    rew.set(1.0, r == 1 ? 1 : 2, l, r);
                } else {
                    rew.set(1.0, 0, l, r);
                }
                cueB.set(1.0, l == 2 ? (r == 0 ? 1 : 2) : 0, l, r);
            }
        }
        return GenerativeModel.builder(List.of(loc.build(), cueA.build(), cueB.build(), rew.build()),
                        List.of(goTo(locations), identity(2), identity(2)))
                .aDependencies(new int[][] {{0}, {0, 1}, {0, 2}, {0, 1}})
                .bDependencies(new int[][] {{0}, {1}, {2}})
                .C(List.of(DoubleTensor.vector(0, 0, 0, 0, 0), DoubleTensor.vector(0, cueCost, cueCost),
                        DoubleTensor.vector(0, cueCost, cueCost), DoubleTensor.vector(0, reward, punishment)))
                .D(List.of(DoubleTensor.vector(1, 0, 0, 0, 0), DoubleTensor.vector(0.5, 0.5),
                        DoubleTensor.vector(0.5, 0.5)))
                .build();
    }

    /**
     * A chain of n cells observed exactly: action 0 stays, action 1 steps right (the last cell
     * stays), action 2 steps left; the last cell is preferred.
     */
    static GenerativeModel chain(int n, double goal) {
        Tensor b = new Tensor(n, n, 3);
        Tensor a = new Tensor(n, n);
        double[] c = new double[n];
        for (int s = 0; s < n; s++) {
            a.set(1.0, s, s);
            b.set(1.0, s, s, 0);
            b.set(1.0, Math.min(s + 1, n - 1), s, 1);
            b.set(1.0, Math.max(s - 1, 0), s, 2);
        }
        c[n - 1] = goal;
        double[] d = new double[n];
        d[0] = 1.0;
        return GenerativeModel.builder(List.of(a.build()), List.of(b.build()))
                .C(List.of(DoubleTensor.vector(c)))
                .D(List.of(DoubleTensor.vector(d)))
                .build();
    }

    /**
     * One hidden factor with {@code actions} actions (each moves to a location), observed
     * through {@code modalities} noisy modalities of {@code outcomes} outcomes each.
     */
    static GenerativeModel manyModalities(int actions, int modalities, int outcomes) {
        List<DoubleTensor> a = new ArrayList<>();
        for (int m = 0; m < modalities; m++) {
            Tensor t = new Tensor(outcomes, actions);
            for (int s = 0; s < actions; s++) {
                for (int o = 0; o < outcomes; o++) {
                    t.set(o == (s + m) % outcomes ? 0.5 : 0.5 / (outcomes - 1), o, s);
                }
            }
            a.add(t.build());
        }
        return GenerativeModel.builder(a, List.of(goTo(actions))).build();
    }

    /** The agent's model of CueChaining (uniform cue-2 state and reward condition), with pymdp's demo C. */
    static GenerativeModel cueChaining() {
        GenerativeModel base = GenerativeModel.fromProcess(CueChaining.process(CueChaining.Config.DEFAULT));
        List<DoubleTensor> c = new ArrayList<>();
        for (int m = 0; m < base.numModalities(); m++) {
            c.add(DoubleTensor.zeros(base.numObs(m)));
        }
        c.set(3, DoubleTensor.vector(0.0, 3.0, -6.0));
        return base.toBuilder().C(c).build();
    }

    /** n locations observed exactly, action a goes to location a, location {@code preferred} is preferred. */
    static GenerativeModel goToPreferred(int n, int preferred) {
        Tensor a = new Tensor(n, n);
        for (int s = 0; s < n; s++) {
            a.set(1.0, s, s);
        }
        double[] c = new double[n];
        c[preferred] = 2.0;
        double[] d = new double[n];
        d[0] = 1.0;
        return GenerativeModel.builder(List.of(a.build()), List.of(goTo(n)))
                .C(List.of(DoubleTensor.vector(c)))
                .D(List.of(DoubleTensor.vector(d)))
                .build();
    }

    /** A tensor whose columns over axis 0 are random distributions (exponential draws, normalised). */
    static DoubleTensor stochastic(org.apache.commons.rng.UniformRandomProvider rng, int... shape) {
        int rows = shape[0];
        int size = 1;
        for (int s : shape) {
            size *= s;
        }
        int cols = size / rows;
        double[] data = new double[size];
        for (int c = 0; c < cols; c++) {
            double sum = 0.0;
            for (int r = 0; r < rows; r++) {
                data[r * cols + c] = -Math.log(1.0 - rng.nextDouble());
                sum += data[r * cols + c];
            }
            for (int r = 0; r < rows; r++) {
                data[r * cols + c] /= sum;
            }
        }
        return DoubleTensor.of(data, shape);
    }

    /**
     * A two-factor model with every optional part: a controlled factor (4 states, 3 actions, random
     * transitions) and a static context (2 states); one modality on the first factor, one on both;
     * random preferences, pA and pB, and goal vectors H.
     */
    static GenerativeModel everyTerm(long seed) {
        org.apache.commons.rng.UniformRandomProvider rng = io.aifgym.gym.random.Key.of(seed).generator();
        DoubleTensor a0 = stochastic(rng, 3, 4);
        DoubleTensor a1 = stochastic(rng, 3, 4, 2);
        DoubleTensor b0 = stochastic(rng, 4, 4, 3);
        List<DoubleTensor> pA = List.of(scaled(a0, 4.0, 0.5), scaled(a1, 3.0, 0.25));
        List<DoubleTensor> pB = List.of(scaled(b0, 2.0, 0.5), scaled(identity(2), 5.0, 0.1));
        double[] c0 = new double[3];
        double[] c1 = new double[3];
        for (int o = 0; o < 3; o++) {
            c0[o] = 2.0 * rng.nextDouble() - 1.0;
            c1[o] = 2.0 * rng.nextDouble() - 1.0;
        }
        return GenerativeModel.builder(List.of(a0, a1), List.of(b0, identity(2)))
                .aDependencies(new int[][] {{0}, {0, 1}})
                .bDependencies(new int[][] {{0}, {1}})
                .C(List.of(DoubleTensor.vector(c0), DoubleTensor.vector(c1)))
                .D(List.of(DoubleTensor.vector(0.7, 0.1, 0.1, 0.1), DoubleTensor.vector(0.5, 0.5)))
                .pA(pA)
                .pB(pB)
                .H(List.of(DoubleTensor.vector(0, 0, 0, 1), DoubleTensor.vector(1, 1)))
                .build();
    }

    private static DoubleTensor scaled(DoubleTensor t, double scale, double shift) {
        double[] d = t.data();
        for (int i = 0; i < d.length; i++) {
            d[i] = scale * d[i] + shift;
        }
        return DoubleTensor.of(d, t.shape());
    }
}
