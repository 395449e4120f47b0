package io.aifgym.bench.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs the command line in this JVM and captures what it prints (for the tests of every package). */
public final class Cli {

    private Cli() {
    }

    /**
     * What a command did.
     *
     * @param code the exit code
     * @param out standard output
     * @param err standard error
     */
    public record Result(int code, String out, String err) {
    }

    /**
     * Runs {@code aifgym ARGS} with the given environment variables.
     *
     * @param environment the variables the command sees
     * @param args the command line
     * @return what it did
     */
    public static Result run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, environment, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    /**
     * Runs {@code aifgym ARGS}.
     *
     * @param args the command line
     * @return what it did
     */
    public static Result run(String... args) {
        return run(Map.of(), args);
    }
}
