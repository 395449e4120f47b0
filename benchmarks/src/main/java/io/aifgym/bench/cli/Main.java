package io.aifgym.bench.cli;

import com.google.inject.CreationException;
import com.google.inject.ProvisionException;
import io.aifgym.bench.checkpoint.CheckpointException;
import io.aifgym.bench.config.ConfigException;
import io.aifgym.bench.wiring.PluginException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import picocli.CommandLine;

/**
 * The entry point of {@code ./aifgym}: parses the arguments, runs the subcommand and exits with
 * its code. Bad input of any kind (an option, a config file, a plugin folder, a golden folder)
 * gives one message on standard error and exit code {@value ExitCodes#BAD_INPUT}.
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs {@code aifgym} and exits.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = execute(args, System.getenv(), out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs {@code aifgym} in this JVM, without exiting.
     *
     * @param args the arguments
     * @param environment the environment variables to read ({@code AIFGYM_PLUGINS})
     * @param out standard output
     * @param err standard error
     * @return the exit code
     */
    public static int execute(String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err) {
        try (AifgymCommand root = new AifgymCommand(environment)) {
            CommandLine cmd = new CommandLine(root);
            cmd.setOut(out);
            cmd.setErr(err);
            cmd.setParameterExceptionHandler((e, arguments) -> {
                err.println("aifgym: " + e.getMessage() + " (see '" + e.getCommandLine().getCommandSpec().qualifiedName()
                        + " --help')");
                return ExitCodes.BAD_INPUT;
            });
            cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                Throwable cause = unwrap(e);
                if (cause instanceof ConfigException || cause instanceof PluginException
                        || cause instanceof BadInputException || cause instanceof CheckpointException) {
                    err.println("aifgym: " + cause.getMessage());
                    return ExitCodes.BAD_INPUT;
                }
                if (cause instanceof IOException || cause instanceof UncheckedIOException) {
                    err.println("aifgym: cannot read or write a file: " + cause.getMessage());
                    return ExitCodes.FAILED;
                }
                err.println("aifgym: unexpected error: " + cause);
                cause.printStackTrace(err);
                return ExitCodes.FAILED;
            });
            int code = cmd.execute(args);
            err.flush();
            out.flush();
            return code;
        }
    }

    /** The exception a Guice provider threw, rather than Guice's wrapper. */
    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof ProvisionException || t instanceof CreationException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
