/**
 * An example third-party env plugin for aifgym: {@link com.example.coinflip.CoinFlip}, a
 * possibly biased coin whose next flip the agent guesses, and
 * {@link com.example.coinflip.CoinFlipProvider}, registered in
 * {@code META-INF/services/io.aifgym.gym.registry.EnvProvider}.
 */
package com.example.coinflip;
