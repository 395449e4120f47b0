package io.aifgym.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.bench.results.AifgymVersion;
import org.junit.jupiter.api.Test;

class HelpAndVersionTest {

    @Test
    void versionNamesAifgymAndJava() {
        Cli.Result r = Cli.run("--version");
        assertThat(r.code()).isZero();
        assertThat(AifgymVersion.get()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(r.out()).startsWith("aifgym " + AifgymVersion.get() + System.lineSeparator())
                .contains("Java " + System.getProperty("java.version"));
    }

    @Test
    void helpListsTheSubcommandsAndThePluginFolder() {
        Cli.Result r = Cli.run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Usage: aifgym").contains("list").contains("run").contains("golden")
                .contains("bench").contains("--plugins=DIR").contains("AIFGYM_PLUGINS").contains("Exit codes");
        Cli.Result run = Cli.run("run", "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Usage: aifgym run").contains("CONFIG").contains("--out=DIR")
                .contains("episodes.csv, summary.json and provenance.json");
    }
}
