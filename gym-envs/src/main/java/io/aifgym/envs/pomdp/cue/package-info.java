/**
 * pymdp's cue-chaining grid world (pymdp/envs/cue_chaining.py):
 * {@link io.aifgym.envs.pomdp.cue.CueChaining} ({@code CueChaining-v0}).
 */
package io.aifgym.envs.pomdp.cue;
