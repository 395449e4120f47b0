/** Small envs and agents used by gym-api's own tests. */
package io.aifgym.gym.testenv;
