package io.aifgym.bench.cli;

import io.aifgym.bench.results.AifgymVersion;
import picocli.CommandLine;

/** The {@code --version} text: the aifgym version and the platform. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    /** Creates the provider (picocli calls this). */
    public VersionProvider() {
        // stateless
    }

    @Override
    public String[] getVersion() {
        return new String[] {"aifgym " + AifgymVersion.get(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ") on "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch")};
    }
}
