/**
 * Immutable tensors over plain arrays with explicit row-major shapes
 * ({@link io.aifgym.gym.tensor.DoubleTensor}), the interchange type of generative models
 * and transition models. No broadcasting.
 */
package io.aifgym.gym.tensor;
