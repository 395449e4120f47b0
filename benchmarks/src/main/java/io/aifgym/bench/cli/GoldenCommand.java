package io.aifgym.bench.cli;

import io.aifgym.gym.testkit.golden.GoldenRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code aifgym golden DIR...}: runs every golden case file under {@code DIR/<function>/*.json}
 * through the {@link io.aifgym.gym.golden.GoldenFunctions} plugins, one line per case, then
 * {@code N passed, N failed}. A case of an unknown function or a malformed file is a failure
 * with its reason. Exit code 0 only if nothing failed; a folder that is missing, a file, or
 * holds no case at all is bad input (exit code 2).
 */
@Command(name = "golden",
        description = {"Runs golden reference cases (DIR/<function>/<name>.json) through the GoldenFunctions plugins.",
            "Prints one line per case (function, name, PASS/FAIL, largest error and where), then 'N passed, N failed'.",
            "Exit code 0 only if no case failed."})
public final class GoldenCommand implements Callable<Integer> {

    @ParentCommand
    private AifgymCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders of golden cases.")
    private List<Path> folders;

    /** Creates the command (picocli calls this). */
    public GoldenCommand() {
        // fields are injected by picocli
    }

    @Override
    public Integer call() throws IOException {
        for (Path f : folders) {
            if (!Files.isDirectory(f)) {
                throw new BadInputException("golden: expected a folder of golden cases, found "
                        + (Files.exists(f) ? "a file, " : "no folder at ") + f);
            }
        }
        GoldenRunner runner = root.injector().getInstance(GoldenRunner.class);
        List<GoldenRunner.CaseResult> results = runner.runAll(folders);
        if (results.isEmpty()) {
            throw new BadInputException("golden: expected golden cases (DIR/<function>/<name>.json) under "
                    + folders.stream().map(Path::toString).collect(java.util.stream.Collectors.joining(", "))
                    + ", found none");
        }
        PrintWriter out = spec.commandLine().getOut();
        int passed = 0;
        for (GoldenRunner.CaseResult r : results) {
            out.println(r.line());
            if (r.passed()) {
                passed++;
            }
        }
        int failed = results.size() - passed;
        out.println(passed + " passed, " + failed + " failed");
        return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
