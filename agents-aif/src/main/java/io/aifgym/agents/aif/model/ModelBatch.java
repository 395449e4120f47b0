package io.aifgym.agents.aif.model;

import io.aifgym.gym.model.GenerativeProcess.Labels;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * The generative models of a batch of agents (pymdp's leading batch axis {@code Bt}), one
 * {@link GenerativeModel} per agent, all with the same dimensions and dependencies. Agents
 * that were broadcast from one unbatched tensor share one model instance, so a batch of 20
 * identical agents costs one model.
 *
 * <p>{@link #builder(int, List, List)} applies pymdp's broadcast rules (spec 1.3): a tensor
 * with one axis more than its unbatched layout is batched, its leading size must be 1
 * (broadcast) or the batch size; {@code C[m]}'s batching follows {@code A[m]}'s, as in pymdp
 * (so an unbatched {@code A} with a 2-D {@code C} gives every agent the same time-indexed
 * {@code C}); {@code pA}, {@code pB}, {@code D}, {@code pD} are recognised as batched from
 * their own rank (pymdp makes them follow {@code A}/{@code B}, which differs only for
 * inconsistent inputs that pymdp would reject later); {@code E} and {@code H[f]} are 1-D or
 * 2-D with a leading 1 or batch size. Every agent is validated and all problems are reported
 * together, each prefixed with the agent where the batch is not uniform.
 */
public final class ModelBatch {

    private final List<GenerativeModel> agents;

    private ModelBatch(List<GenerativeModel> agents) {
        this.agents = agents;
    }

    /**
     * The same model for every agent.
     *
     * @param model the model
     * @param batchSize the number of agents, positive
     * @return the batch
     */
    public static ModelBatch of(GenerativeModel model, int batchSize) {
        Objects.requireNonNull(model, "model");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize: expected a positive integer, found " + batchSize);
        }
        return new ModelBatch(Collections.nCopies(batchSize, model));
    }

    /**
     * A batch of given models, which must agree in dimensions and dependencies.
     *
     * @param models one model per agent, at least one
     * @return the batch
     * @throws InvalidModelException if the models disagree in structure
     */
    public static ModelBatch of(List<GenerativeModel> models) {
        List<GenerativeModel> copy = List.copyOf(models);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("models: expected at least one model, found none");
        }
        Problems p = new Problems("");
        checkSameStructure(copy, p);
        if (!p.isEmpty()) {
            throw new InvalidModelException(p.list());
        }
        return new ModelBatch(copy);
    }

    /**
     * A builder that takes tensors with or without a leading batch axis.
     *
     * @param batchSize the number of agents, positive
     * @param A likelihoods per modality
     * @param B transitions per factor
     * @return the builder
     */
    public static Builder builder(int batchSize, List<DoubleTensor> A, List<DoubleTensor> B) {
        return new Builder(batchSize, A, B);
    }

    /** @return the number of agents {@code Bt} */
    public int batchSize() {
        return agents.size();
    }

    /**
     * @param i an agent index
     * @return that agent's model
     */
    public GenerativeModel agent(int i) {
        return agents.get(i);
    }

    /** @return the models, one per agent (unmodifiable) */
    public List<GenerativeModel> agents() {
        return agents;
    }

    /** @return whether every agent has the same model instance */
    public boolean isUniform() {
        GenerativeModel first = agents.get(0);
        for (GenerativeModel g : agents) {
            if (g != first) {
                return false;
            }
        }
        return true;
    }

    /**
     * A copy with one agent's model replaced.
     *
     * @param i the agent
     * @param model its new model, with the same structure
     * @return the new batch
     */
    public ModelBatch with(int i, GenerativeModel model) {
        List<GenerativeModel> copy = new ArrayList<>(agents);
        copy.set(i, Objects.requireNonNull(model, "model"));
        return of(copy);
    }

    /**
     * A batch of new models, one per agent.
     *
     * @param update maps an agent index to its new model
     * @return the new batch
     */
    public ModelBatch map(IntFunction<GenerativeModel> update) {
        List<GenerativeModel> out = new ArrayList<>(agents.size());
        for (int i = 0; i < agents.size(); i++) {
            out.add(update.apply(i));
        }
        return of(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelBatch mb && mb.agents.equals(agents);
    }

    @Override
    public int hashCode() {
        return agents.hashCode();
    }

    @Override
    public String toString() {
        return "ModelBatch[batchSize=" + agents.size() + ", uniform=" + isUniform() + ", " + agents.get(0) + "]";
    }

    private static void checkSameStructure(List<GenerativeModel> models, Problems p) {
        GenerativeModel first = models.get(0);
        for (int i = 1; i < models.size(); i++) {
            GenerativeModel g = models.get(i);
            if (g == first) {
                continue;
            }
            compare(p, i, "num_states", Arrays.toString(first.numStates()), Arrays.toString(g.numStates()));
            compare(p, i, "num_obs", Arrays.toString(first.numObs()), Arrays.toString(g.numObs()));
            compare(p, i, "num_controls", Arrays.toString(first.numControls()), Arrays.toString(g.numControls()));
            compare(p, i, "A_dependencies", Arrays.deepToString(first.aDependencies()),
                    Arrays.deepToString(g.aDependencies()));
            compare(p, i, "B_dependencies", Arrays.deepToString(first.bDependencies()),
                    Arrays.deepToString(g.bDependencies()));
            compare(p, i, "pA present", String.valueOf(first.hasPA()), String.valueOf(g.hasPA()));
            compare(p, i, "pB present", String.valueOf(first.hasPB()), String.valueOf(g.hasPB()));
        }
    }

    private static void compare(Problems p, int agent, String what, String expected, String found) {
        if (!expected.equals(found)) {
            p.add("agent " + agent + ": expected " + what + " " + expected + " (as agent 0), found " + found);
        }
    }

    /** Collects possibly batched tensors; {@link #build()} slices, validates and builds. */
    public static final class Builder {

        private final int batchSize;
        private final List<DoubleTensor> A;
        private final List<DoubleTensor> B;
        private int[][] aDependencies;
        private int[][] bDependencies;
        private int[][] bActionDependencies;
        private int[] controlSizes;
        private List<DoubleTensor> C;
        private List<DoubleTensor> D;
        private DoubleTensor E;
        private List<DoubleTensor> pA;
        private List<DoubleTensor> pB;
        private List<DoubleTensor> pD;
        private List<DoubleTensor> H;
        private Labels labels = Labels.NONE;

        private Builder(int batchSize, List<DoubleTensor> A, List<DoubleTensor> B) {
            this.batchSize = batchSize;
            this.A = nullableCopy(Objects.requireNonNull(A, "A"));
            this.B = nullableCopy(Objects.requireNonNull(B, "B"));
        }

        /**
         * @param deps for each modality, the factors it depends on ({@code null}: all)
         * @return this builder
         */
        public Builder aDependencies(int[][] deps) {
            this.aDependencies = GenerativeModel.deepCopy(deps);
            return this;
        }

        /**
         * @param deps for each factor, the factors its transition depends on ({@code null}: itself)
         * @return this builder
         */
        public Builder bDependencies(int[][] deps) {
            this.bDependencies = GenerativeModel.deepCopy(deps);
            return this;
        }

        /**
         * @param deps for each factor, the control factors acting on it
         * @param controlSizes the number of actions of each control factor
         * @return this builder
         */
        public Builder bActionDependencies(int[][] deps, int[] controlSizes) {
            this.bActionDependencies = GenerativeModel.deepCopy(deps);
            this.controlSizes = controlSizes == null ? null : controlSizes.clone();
            return this;
        }

        /**
         * @param C preferences per modality, batched like {@code A}
         * @return this builder
         */
        public Builder C(List<DoubleTensor> C) {
            this.C = nullableCopy(C);
            return this;
        }

        /**
         * @param D initial-state priors per factor, {@code (Ns)} or {@code (Bt|1, Ns)}
         * @return this builder
         */
        public Builder D(List<DoubleTensor> D) {
            this.D = nullableCopy(D);
            return this;
        }

        /**
         * @param E the policy prior, {@code (P)} or {@code (Bt|1, P)}
         * @return this builder
         */
        public Builder E(DoubleTensor E) {
            this.E = E;
            return this;
        }

        /**
         * @param pA Dirichlet concentrations per modality (entries may be null)
         * @return this builder
         */
        public Builder pA(List<DoubleTensor> pA) {
            this.pA = nullableCopy(pA);
            return this;
        }

        /**
         * @param pB Dirichlet concentrations per factor (entries may be null)
         * @return this builder
         */
        public Builder pB(List<DoubleTensor> pB) {
            this.pB = nullableCopy(pB);
            return this;
        }

        /**
         * @param pD legacy Dirichlet concentrations of {@code D} (entries may be null)
         * @return this builder
         */
        public Builder pD(List<DoubleTensor> pD) {
            this.pD = nullableCopy(pD);
            return this;
        }

        /**
         * @param H goal vectors per factor, {@code (Ns)} or {@code (Bt|1, Ns)}
         * @return this builder
         */
        public Builder H(List<DoubleTensor> H) {
            this.H = nullableCopy(H);
            return this;
        }

        /**
         * @param labels names for factors, modalities, states, outcomes and actions
         * @return this builder
         */
        public Builder labels(Labels labels) {
            this.labels = Objects.requireNonNull(labels, "labels");
            return this;
        }

        /**
         * Slices every tensor per agent, validates every agent and builds.
         *
         * @return the batch
         * @throws InvalidModelException listing every problem of every agent
         */
        public ModelBatch build() {
            Problems p = new Problems("");
            if (batchSize < 1) {
                p.add("batch_size: expected a positive integer, found " + batchSize);
                throw new InvalidModelException(p.list());
            }
            int factors = B.size();
            int modalities = A.size();
            int[][] aDeps = aDependencies;
            if (aDeps == null) {
                aDeps = new int[modalities][factors];
                for (int[] dep : aDeps) {
                    for (int f = 0; f < factors; f++) {
                        dep[f] = f;
                    }
                }
            }
            int[][] bDeps = bDependencies;
            if (bDeps == null) {
                bDeps = new int[factors][];
                for (int f = 0; f < factors; f++) {
                    bDeps[f] = new int[] {f};
                }
            }
            // unbatched ranks
            int[] aRank = new int[modalities];
            for (int m = 0; m < modalities; m++) {
                aRank[m] = (m < aDeps.length && aDeps[m] != null ? aDeps[m].length : factors) + 1;
            }
            int[] bRank = new int[factors];
            for (int f = 0; f < factors; f++) {
                int parents = f < bDeps.length && bDeps[f] != null ? bDeps[f].length : 1;
                int actions = bActionDependencies != null && f < bActionDependencies.length
                        && bActionDependencies[f] != null ? bActionDependencies[f].length : 1;
                bRank[f] = parents + 1 + actions;
            }
            Slicer slicer = new Slicer(batchSize, p);
            List<List<DoubleTensor>> aPer = slicer.perAgent("A", A, i -> aRank[i]);
            boolean[] aBatched = new boolean[modalities];
            for (int m = 0; m < modalities; m++) {
                aBatched[m] = A.get(m) != null && A.get(m).rank() > aRank[m];
            }
            List<List<DoubleTensor>> bPer = slicer.perAgent("B", B, i -> bRank[i]);
            List<List<DoubleTensor>> pAPer = slicer.perAgent("pA", pA, i -> i < modalities ? aRank[i] : 0);
            List<List<DoubleTensor>> pBPer = slicer.perAgent("pB", pB, i -> i < factors ? bRank[i] : 0);
            List<List<DoubleTensor>> cPer = slicer.perAgentFollowing("C", C, aBatched);
            List<List<DoubleTensor>> dPer = slicer.perAgent("D", D, i -> 1);
            List<List<DoubleTensor>> pDPer = slicer.perAgent("pD", pD, i -> 1);
            List<List<DoubleTensor>> hPer = slicer.perAgent("H", H, i -> 1);
            List<DoubleTensor> ePer = E == null ? null : slicer.perAgent("E", Collections.singletonList(E), i -> 1)
                    .stream().map(l -> l.get(0)).toList();
            if (!p.isEmpty()) {
                throw new InvalidModelException(p.list());
            }
            boolean uniform = slicer.uniform;
            List<GenerativeModel> models = new ArrayList<>(batchSize);
            Map<GenerativeModel.Builder, GenerativeModel> built = new IdentityHashMap<>();
            for (int i = 0; i < (uniform ? 1 : batchSize); i++) {
                GenerativeModel.Builder b = GenerativeModel.builder(aPer.get(i), bPer.get(i))
                        .aDependencies(aDependencies)
                        .bDependencies(bDependencies)
                        .C(cPer == null ? null : cPer.get(i))
                        .D(dPer == null ? null : dPer.get(i))
                        .E(ePer == null ? null : ePer.get(i))
                        .pA(pAPer == null ? null : pAPer.get(i))
                        .pB(pBPer == null ? null : pBPer.get(i))
                        .pD(pDPer == null ? null : pDPer.get(i))
                        .H(hPer == null ? null : hPer.get(i))
                        .labels(labels);
                if (bActionDependencies != null || controlSizes != null) {
                    b.bActionDependencies(bActionDependencies, controlSizes);
                }
                Problems agentProblems = new Problems(uniform ? "" : "agent " + i + ": ");
                int[] ns = b.validate(agentProblems);
                p.list().addAll(agentProblems.list());
                if (agentProblems.isEmpty()) {
                    built.put(b, b.buildValidated(ns));
                    models.add(built.get(b));
                }
            }
            if (!p.isEmpty()) {
                throw new InvalidModelException(p.list());
            }
            if (uniform) {
                return new ModelBatch(Collections.nCopies(batchSize, models.get(0)));
            }
            checkSameStructure(models, p);
            if (!p.isEmpty()) {
                throw new InvalidModelException(p.list());
            }
            return new ModelBatch(List.copyOf(models));
        }

        private static List<DoubleTensor> nullableCopy(List<DoubleTensor> list) {
            return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
        }
    }

    /** Splits lists of possibly batched tensors into one list per agent. */
    private static final class Slicer {

        private final int batchSize;
        private final Problems p;
        boolean uniform = true;

        Slicer(int batchSize, Problems p) {
            this.batchSize = batchSize;
            this.p = p;
        }

        interface RankOf {
            int rank(int index);
        }

        List<List<DoubleTensor>> perAgent(String name, List<DoubleTensor> list, RankOf unbatchedRank) {
            if (list == null) {
                return null;
            }
            boolean[] batched = new boolean[list.size()];
            for (int i = 0; i < list.size(); i++) {
                DoubleTensor t = list.get(i);
                batched[i] = t != null && t.rank() > unbatchedRank.rank(i);
            }
            return slice(name, list, batched);
        }

        List<List<DoubleTensor>> perAgentFollowing(String name, List<DoubleTensor> list, boolean[] batchedLike) {
            if (list == null) {
                return null;
            }
            boolean[] batched = new boolean[list.size()];
            for (int i = 0; i < list.size(); i++) {
                DoubleTensor t = list.get(i);
                batched[i] = i < batchedLike.length && batchedLike[i] && t != null && t.rank() >= 2;
            }
            return slice(name, list, batched);
        }

        private List<List<DoubleTensor>> slice(String name, List<DoubleTensor> list, boolean[] batched) {
            List<List<DoubleTensor>> out = new ArrayList<>(batchSize);
            for (int a = 0; a < batchSize; a++) {
                out.add(new ArrayList<>(list.size()));
            }
            for (int i = 0; i < list.size(); i++) {
                DoubleTensor t = list.get(i);
                String label = name.equals("E") ? "E" : name + "[" + i + "]";
                if (!batched[i] || t == null) {
                    for (List<DoubleTensor> l : out) {
                        l.add(t);
                    }
                    continue;
                }
                int lead = t.dim(0);
                if (lead != 1 && lead != batchSize) {
                    p.add(label + ": expected a leading batch dimension of 1 or " + batchSize
                            + " (the batch size), found " + lead + " in shape " + Arrays.toString(t.shape()));
                    for (List<DoubleTensor> l : out) {
                        l.add(t);
                    }
                    continue;
                }
                int[] shape = t.shape();
                int[] inner = Arrays.copyOfRange(shape, 1, shape.length);
                int size = t.size() / lead;
                if (lead == 1) {
                    DoubleTensor only = t.reshape(inner);
                    for (List<DoubleTensor> l : out) {
                        l.add(only);
                    }
                } else {
                    uniform = false;
                    double[] data = t.unsafeData();
                    for (int a = 0; a < batchSize; a++) {
                        out.get(a).add(DoubleTensor.wrap(Arrays.copyOfRange(data, a * size, (a + 1) * size), inner));
                    }
                }
            }
            return out.stream().map(l -> Collections.unmodifiableList(l)).toList();
        }
    }
}
