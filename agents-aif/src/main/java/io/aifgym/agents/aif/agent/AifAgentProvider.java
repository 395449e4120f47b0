package io.aifgym.agents.aif.agent;

import io.aifgym.agents.aif.maths.Maths;
import io.aifgym.agents.aif.model.GenerativeModel;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.model.GenerativeProcess;
import io.aifgym.gym.model.HasGenerativeProcess;
import io.aifgym.gym.registry.AgentProvider;
import io.aifgym.gym.space.MultiDiscrete;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The {@code aif} agent plugin: an {@link AifAgent} whose generative model is built from the
 * env's own generative process (A, B, D and dependencies, as pymdp users build an agent from
 * {@code env.A}, {@code env.B}, {@code env.D}), changed by {@link AifConfig#model()}: Dirichlet
 * priors, a flat D, preferences C and inductive goals H.
 */
public final class AifAgentProvider implements AgentProvider<AifConfig> {

    /** The registry id. */
    public static final String ID = "aif";

    /** Creates the plugin (ServiceLoader needs a public no-argument constructor). */
    public AifAgentProvider() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "active inference (pymdp 1.0): state inference, expected free energy planning, Dirichlet learning";
    }

    @Override
    public Class<AifConfig> configType() {
        return AifConfig.class;
    }

    @Override
    public AifConfig defaultConfig() {
        return AifConfig.DEFAULT;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the env does not expose its generative process, does
     *     not take and emit outcome indices, or the config does not fit its model
     */
    @Override
    public AifAgent create(AifConfig config, Env<?, ?, ?> env) {
        Env<?, ?, ?> inner = env.unwrapped();
        if (!(inner instanceof HasGenerativeProcess source)) {
            throw new IllegalArgumentException("env: expected an env exposing its generative process "
                    + "(HasGenerativeProcess, like the pymdp envs), found " + env.spec().id() + " ("
                    + inner.getClass().getSimpleName() + ")");
        }
        if (!(env.observationSpace() instanceof MultiDiscrete)) {
            throw new IllegalArgumentException("env: expected observations as one outcome index per modality "
                    + "(MultiDiscrete), found " + env.spec().id() + " observing " + env.observationSpace().describe());
        }
        if (!(env.actionSpace() instanceof MultiDiscrete)) {
            throw new IllegalArgumentException("env: expected actions as one index per factor (MultiDiscrete), found "
                    + env.spec().id() + " acting in " + env.actionSpace().describe());
        }
        return new AifAgent(model(source.generativeProcess(), config.model()), config);
    }

    /**
     * The agent's generative model for an env's process: the process's A, B, D and
     * dependencies, with the Dirichlet priors, D, C and H the options ask for.
     *
     * @param process the env's generative process
     * @param priors how to change it
     * @return the validated model
     * @throws IllegalArgumentException if a preference or goal vector does not fit the process
     */
    public static GenerativeModel model(GenerativeProcess process, AifConfig.ModelPriors priors) {
        GenerativeModel.Builder builder = GenerativeModel.builderFrom(process);
        if (priors.pA() != null) {
            List<DoubleTensor> pA = dirichlet(process.A(), priors.pA());
            builder.pA(pA);
            if (priors.pA().useMean()) {
                builder.A(normalised(pA));
            }
        }
        if (priors.pB() != null) {
            List<DoubleTensor> pB = dirichlet(process.B(), priors.pB());
            builder.pB(pB);
            if (priors.pB().useMean()) {
                builder.B(normalised(pB));
            }
        }
        List<DoubleTensor> d = priors.initialBeliefs() == AifConfig.InitialBeliefs.FLAT
                ? map(process.D(), t -> DoubleTensor.vector(Maths.uniform(t.dim(0)))) : process.D();
        if (priors.pD() != null) {
            List<DoubleTensor> pD = dirichlet(d, priors.pD());
            builder.pD(pD);
            if (priors.pD().useMean()) {
                d = normalised(pD);
            }
        }
        builder.D(d);
        if (priors.preferences() != null) {
            builder.C(vectors(priors.preferences(), process.A().size(), "model.preferences", "modality",
                    m -> process.A().get(m).dim(0), m -> DoubleTensor.filled(1.0 / process.A().get(m).dim(0),
                            process.A().get(m).dim(0))));
        }
        if (priors.goals() != null) {
            builder.H(vectors(priors.goals(), process.B().size(), "model.goals", "factor",
                    f -> process.B().get(f).dim(0), null));
        }
        return builder.build();
    }

    private static List<DoubleTensor> dirichlet(List<DoubleTensor> truth, AifConfig.DirichletPrior prior) {
        return map(truth, t -> DoubleTensor.wrap(prior.apply(t.unsafeData()), t.shape()));
    }

    private static List<DoubleTensor> normalised(List<DoubleTensor> concentrations) {
        return map(concentrations, Maths::normaliseColumns);
    }

    private static List<DoubleTensor> map(List<DoubleTensor> in, Function<DoubleTensor, DoubleTensor> f) {
        List<DoubleTensor> out = new ArrayList<>(in.size());
        for (DoubleTensor t : in) {
            out.add(f.apply(t));
        }
        return out;
    }

    private static List<DoubleTensor> vectors(List<List<Double>> given, int count, String field, String per,
            java.util.function.IntUnaryOperator size, java.util.function.IntFunction<DoubleTensor> fallback) {
        if (given.size() != count) {
            throw new IllegalArgumentException(field + ": expected one vector per " + per + " (" + count + "), found "
                    + given.size());
        }
        List<DoubleTensor> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            List<Double> v = given.get(i);
            if (v == null) {
                out.add(fallback.apply(i));
                continue;
            }
            int n = size.applyAsInt(i);
            if (v.size() != n) {
                throw new IllegalArgumentException(field + "[" + i + "]: expected " + n + " values, found " + v.size()
                        + " " + Arrays.toString(v.toArray()));
            }
            out.add(DoubleTensor.vector(v.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        return out;
    }
}
