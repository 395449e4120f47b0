/**
 * Helpers shared by aifgym's modules (argument checks). Not API: no compatibility promise.
 */
package io.aifgym.gym.internal;
