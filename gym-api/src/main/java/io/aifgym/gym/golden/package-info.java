/**
 * Golden reference cases (the format of {@code shared/golden/README.md}):
 * {@link io.aifgym.gym.golden.GoldenCase}, the {@link io.aifgym.gym.golden.GoldenFunctions}
 * SPI through which each module evaluates the functions it implements, and value conversions.
 * Loading files and comparing results is in {@code gym-testkit}.
 */
package io.aifgym.gym.golden;
