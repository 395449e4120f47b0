package io.aifgym.gym.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The nearest known word to a misspelt one, for "did you mean" hints. Not API. */
public final class Nearest {

    private Nearest() {
    }

    /**
     * The candidate nearest to {@code word} by case-insensitive edit distance, if one is close
     * (at most 3 edits, or half the word's length for long words).
     *
     * @param word the misspelt word (null counts as empty)
     * @param candidates the known words
     * @return the nearest candidate, if one is close
     */
    public static Optional<String> to(String word, Collection<String> candidates) {
        String target = word == null ? "" : word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(target, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best != null && bestDistance <= Math.max(3, target.length() / 2) ? Optional.of(best) : Optional.empty();
    }

    /**
     * The hint text: {@code "; did you mean 'x'?"}, or empty when nothing is close.
     *
     * @param word the misspelt word
     * @param candidates the known words
     * @return the hint, or ""
     */
    public static String hint(String word, Collection<String> candidates) {
        return to(word, candidates).map(n -> "; did you mean '" + n + "'?").orElse("");
    }

    /**
     * Levenshtein distance.
     *
     * @param a one word
     * @param b another word
     * @return the number of single-character edits between them
     */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
