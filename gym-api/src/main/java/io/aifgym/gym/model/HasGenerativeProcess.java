package io.aifgym.gym.model;

/**
 * An env whose dynamics are a categorical POMDP that it exposes, so an active inference agent
 * can be built from it (pymdp's {@code env.A}, {@code env.B}, {@code env.D}). Found on
 * {@link io.aifgym.gym.env.Env#unwrapped()}.
 */
public interface HasGenerativeProcess {

    /**
     * The generative process.
     *
     * @return A, B, D, dependencies and labels
     */
    GenerativeProcess generativeProcess();
}
