package io.aifgym.bench.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.aifgym.bench.config.ConfigException;
import io.aifgym.bench.config.ConfigMappers;
import io.aifgym.gym.random.Key;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The loop the config fuzz tests share: case {@code i} damages document {@code i mod n} with
 * the seed {@code Key.of(seed).child(i).bits()} ({@link Mutation}) and loads it; a case either
 * loads or fails with a {@link ConfigException} whose message lists numbered problems, and each
 * outcome (loaded, refused, does not parse) must keep occurring.
 */
final class ConfigFuzz {

    /** A valid document and its format. */
    record Document(String name, JsonNode tree, ConfigMappers.Format format) {
    }

    /** Loads a document's text as far as the front end goes. */
    @FunctionalInterface
    interface Loader {
        /**
         * @param text the damaged text
         * @param document the document it came from
         * @throws ConfigException if the text is refused
         */
        void load(String text, Document document);
    }

    private ConfigFuzz() {
    }

    /**
     * Runs the cases and checks the outcomes' coverage.
     *
     * @param documents the valid documents
     * @param cases how many damaged documents
     * @param seed the seed of the damage
     * @param loader the front end under test
     */
    static void run(List<Document> documents, int cases, long seed, Loader loader) {
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int i = 0; i < cases; i++) {
            Document d = documents.get(i % documents.size());
            long damage = Key.of(seed).child(i).bits();
            String text = Mutation.of(d.tree(), d.format().mapper(), d.format() == ConfigMappers.Format.YAML, damage);
            String what = String.format("case %d of seed %d: %s damaged with seed %d as:%n%s", i, seed, d.name(),
                    damage, text);
            String outcome;
            try {
                loader.load(text, d);
                outcome = "loaded";
            } catch (ConfigException e) {
                assertThat(e.getMessage()).as("%s", what).startsWith(d.name() + ": ").containsPattern("\\n  1\\. \\S");
                assertThat(e.problems()).as("%s", what).isNotEmpty();
                outcome = e.problems().get(0).path().startsWith("line ") ? "does not parse" : "refused";
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError(what + "\nthrew " + e, e);
            }
            outcomes.merge(outcome, 1, Integer::sum);
        }
        assertThat(percent(outcomes, "loaded", cases)).as("%% loaded of %s", outcomes).isGreaterThan(2);
        assertThat(percent(outcomes, "refused", cases)).as("%% refused of %s", outcomes).isGreaterThan(30);
        assertThat(percent(outcomes, "does not parse", cases)).as("%% that do not parse of %s", outcomes)
                .isGreaterThan(2);
    }

    private static double percent(Map<String, Integer> outcomes, String outcome, int cases) {
        return 100.0 * outcomes.getOrDefault(outcome, 0) / cases;
    }
}
