/**
 * Saving plugin states in checkpoints: {@link io.aifgym.gym.checkpoint.StateCodec}, which an
 * agent or env implements when its state is not a plain value (records of numbers, strings,
 * enums, arrays, lists and other such records) that a checkpoint can write and read by itself.
 */
package io.aifgym.gym.checkpoint;
