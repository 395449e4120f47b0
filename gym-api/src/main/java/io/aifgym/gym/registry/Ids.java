package io.aifgym.gym.registry;

import java.util.List;
import java.util.Locale;

/** Nearest-match lookup for "did you mean" messages. */
final class Ids {

    private Ids() {
    }

    /** The known id nearest to {@code id} by case-insensitive edit distance, or null if none is close. */
    static String nearest(String id, List<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String target = id == null ? "" : id.toLowerCase(Locale.ROOT);
        for (String k : known) {
            int d = distance(target, k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best != null && bestDistance <= Math.max(3, target.length() / 2) ? best : null;
    }

    static int distance(String a, String b) {
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
