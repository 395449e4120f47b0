package io.aifgym.bench.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Unmatched;

/**
 * {@code aifgym bench [JMH options] [BENCHMARK-REGEX...]}: runs the JMH benchmarks of
 * {@code io.aifgym.bench.jmh} with JMH's own options, e.g.
 * {@code aifgym bench -f 1 -wi 2 -i 3 KeyBenchmark}; {@code aifgym bench -l} lists them and
 * {@code aifgym bench -h} shows JMH's options. Forked benchmark JVMs inherit this JVM's class path.
 * {@code aifgym bench long-run} is the long-run health check ({@link LongRunCommand}).
 */
@Command(name = "bench",
        description = {"Runs the JMH benchmarks with JMH's options, e.g. 'aifgym bench -f 1 -wi 2 -i 3 KeyBenchmark'.",
            "'aifgym bench -l' lists the benchmarks, 'aifgym bench -h' shows JMH's options;",
            "'aifgym bench long-run' runs the long-run health check (see 'aifgym bench long-run --help')."},
        subcommands = LongRunCommand.class)
public final class BenchCommand implements Callable<Integer> {

    @Unmatched
    private List<String> jmhArguments = new ArrayList<>();

    @ParentCommand
    private AifgymCommand root;

    /** Creates the command (picocli calls this). */
    public BenchCommand() {
        // fields are injected by picocli
    }

    /** @return the {@code aifgym} command, for its injector */
    AifgymCommand root() {
        return root;
    }

    @Override
    public Integer call() throws IOException {
        String[] args = jmhArguments.toArray(String[]::new);
        try {
            new CommandLineOptions(args);
        } catch (CommandLineOptionException e) {
            throw new BadInputException("bench: expected JMH options (see 'aifgym bench -h'), found "
                    + String.join(" ", args) + ": " + e.getMessage());
        }
        org.openjdk.jmh.Main.main(args);
        return ExitCodes.OK;
    }
}
