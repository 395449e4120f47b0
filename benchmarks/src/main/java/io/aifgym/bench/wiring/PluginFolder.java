package io.aifgym.bench.wiring;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A folder of plugin jars: every {@code *.jar} directly inside it, in name order, loaded by one
 * {@link URLClassLoader} whose parent sees aifgym and its built-in plugins. The providers
 * listed in the jars' {@code META-INF/services} files then appear in the registries beside the
 * built-in ones. A file named {@code .jar} that is not a readable jar is refused rather than
 * skipped.
 */
public final class PluginFolder {

    private PluginFolder() {
    }

    /**
     * The plugin jars of a folder, sorted by name.
     *
     * @param folder the folder
     * @return its jars
     * @throws PluginException if the folder cannot be listed
     */
    public static List<Path> jars(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new PluginException("plugins: expected a readable folder of plugin jars, found " + folder + " ("
                    + e.getMessage() + ")", e);
        }
    }

    /**
     * Opens a class loader over a folder's jars.
     *
     * @param folder the plugin folder
     * @param required whether a missing folder is an error (a folder named by the user) or
     *     means no plugins (the default folder)
     * @param parent the class loader that sees aifgym and its built-in plugins
     * @return a class loader over the jars (with no jars, one that only delegates)
     * @throws PluginException if a required folder is missing or the folder is unreadable
     */
    public static URLClassLoader open(Path folder, boolean required, ClassLoader parent) {
        if (!Files.exists(folder)) {
            if (required) {
                throw new PluginException("plugins: expected a folder of plugin jars, found no folder at "
                        + folder.toAbsolutePath().normalize(), null);
            }
            return new URLClassLoader("aifgym-plugins", new URL[0], parent);
        }
        if (!Files.isDirectory(folder)) {
            throw new PluginException("plugins: expected a folder of plugin jars, found a file at "
                    + folder.toAbsolutePath().normalize(), null);
        }
        List<URL> urls = new ArrayList<>();
        for (Path jar : jars(folder)) {
            try (JarFile opened = new JarFile(jar.toFile())) {
                opened.getManifest();
            } catch (IOException | SecurityException e) {
                // a URLClassLoader skips a damaged jar in silence, and its plugins would just be missing
                throw new PluginException("plugins: expected jar files in " + folder.toAbsolutePath().normalize()
                        + ", found " + jar.getFileName() + ", which cannot be read as a jar (" + e.getMessage() + ")",
                        e);
            }
            try {
                urls.add(jar.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new PluginException("plugins: cannot load " + jar + " (" + e.getMessage() + ")", e);
            }
        }
        return new URLClassLoader("aifgym-plugins", urls.toArray(URL[]::new), parent);
    }
}
