/**
 * The {@code aifgym} command line (picocli): {@code list}, {@code run CONFIG},
 * {@code golden DIR...} and {@code bench [JMH options]}, with {@code --plugins DIR} (default
 * {@code $AIFGYM_PLUGINS}, else {@code plugins/}) for plugin jars, {@code --version} and
 * {@code --help}. Exit codes: 0 success, 1 failed golden cases or an unexpected error, 2 bad
 * input of any kind (one message on standard error; nothing written).
 */
package io.aifgym.bench.cli;
