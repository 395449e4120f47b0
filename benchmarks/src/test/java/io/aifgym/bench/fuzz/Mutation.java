package io.aifgym.bench.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aifgym.gym.random.Key;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Random damage to a JSON or YAML document, driven by a key: structural mutations of its tree
 * (a field deleted, an unknown field added, a value replaced by one of another type or by NaN,
 * an infinity, a negative or an enormous number, an empty or a nested container, one number
 * replaced by another so the shape stays valid) followed,
 * sometimes, by damage to the text (truncated, a character dropped, inserted or replaced, a
 * key repeated).
 */
final class Mutation {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final double[] NUMBERS = {0.0, -0.0, -1.0, 1.0, 0.5, -0.5, 1e308, -1e308, 1e-320, 2147483648.0,
        -2147483649.0, 9.3e18, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    private static final String[] TOKENS = {"NaN", "Infinity", "-Infinity", ".nan", ".inf", "-.inf", "null", "~",
        "1e999", "-1", "\"", "{", "}", "[", "]", ":", ",", "- ", "\n", "\t", "&a", "*a", "!!binary", "0x1F"};

    private Mutation() {
    }

    /**
     * A damaged copy of a document.
     *
     * @param document the valid document as a tree
     * @param mapper the mapper of its format (writes the damaged tree)
     * @param yaml whether the text is YAML (for the format's own tokens)
     * @param seed the seed of the damage
     * @return the damaged text
     */
    static String of(JsonNode document, ObjectMapper mapper, boolean yaml, long seed) {
        UniformRandomProvider g = Key.of(seed).generator();
        JsonNode tree = document.deepCopy();
        int edits = 1 + g.nextInt(3);
        for (int i = 0; i < edits; i++) {
            tree = mutateTree(tree, g);
        }
        String text;
        try {
            text = mapper.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("writing a mutated tree: " + e.getMessage(), e);
        }
        if (g.nextInt(3) == 0) {
            text = mutateText(text, g, yaml);
        }
        return text;
    }

    private static JsonNode mutateTree(JsonNode root, UniformRandomProvider g) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        if (g.nextInt(3) == 0 && replaceNumber(root, g)) {
            return root;
        }
        if (containers.isEmpty() || g.nextInt(20) == 0) {
            return randomValue(g, 2);
        }
        JsonNode target = containers.get(g.nextInt(containers.size()));
        if (target instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            int choice = g.nextInt(4);
            if (choice == 0 || names.isEmpty()) {
                o.set(g.nextBoolean() ? "unknownField" : names.isEmpty() ? "x" : names.get(0) + "x", randomValue(g, 1));
            } else if (choice == 1) {
                o.remove(names.get(g.nextInt(names.size())));
            } else {
                o.set(names.get(g.nextInt(names.size())), randomValue(g, 1));
            }
        } else if (target instanceof ArrayNode a) {
            int choice = g.nextInt(4);
            if (choice == 0 || a.isEmpty()) {
                a.add(randomValue(g, 1));
            } else if (choice == 1) {
                a.remove(g.nextInt(a.size()));
            } else {
                a.set(g.nextInt(a.size()), randomValue(g, 1));
            }
        }
        return root;
    }

    /** Replaces one number of the document by another (keeping its shape), if it has numbers. */
    private static boolean replaceNumber(JsonNode root, UniformRandomProvider g) {
        List<JsonNode> parents = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        collectNumbers(root, parents, slots);
        if (parents.isEmpty()) {
            return false;
        }
        int k = g.nextInt(parents.size());
        JsonNode number = NODES.numberNode(g.nextBoolean() ? NUMBERS[g.nextInt(NUMBERS.length)]
                : g.nextDouble() * 2 - 0.5);
        JsonNode parent = parents.get(k);
        if (parent instanceof ArrayNode a) {
            a.set(slots.get(k), number);
        } else {
            List<String> names = new ArrayList<>();
            parent.fieldNames().forEachRemaining(names::add);
            ((ObjectNode) parent).set(names.get(slots.get(k)), number);
        }
        return true;
    }

    private static void collectNumbers(JsonNode node, List<JsonNode> parents, List<Integer> slots) {
        int i = 0;
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); i++) {
            JsonNode child = it.next();
            if (child.isNumber()) {
                parents.add(node);
                slots.add(i);
            } else {
                collectNumbers(child, parents, slots);
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            Iterator<JsonNode> it = node.elements();
            while (it.hasNext()) {
                collect(it.next(), out);
            }
        }
    }

    private static JsonNode randomValue(UniformRandomProvider g, int depth) {
        int kind = g.nextInt(depth > 0 ? 9 : 7);
        switch (kind) {
            case 0:
                return NODES.numberNode(NUMBERS[g.nextInt(NUMBERS.length)]);
            case 1:
                return NODES.numberNode(g.nextInt(5) == 0 ? Long.MIN_VALUE : g.nextInt(7) - 3);
            case 2:
                return NODES.textNode(g.nextBoolean() ? "" : g.nextBoolean() ? "NaN" : "GridWrld-v0");
            case 3:
                return NODES.booleanNode(g.nextBoolean());
            case 4:
                return NODES.nullNode();
            case 5:
                return NODES.arrayNode();
            case 6:
                return NODES.objectNode();
            case 7: {
                ArrayNode a = NODES.arrayNode();
                int n = g.nextInt(4);
                for (int i = 0; i < n; i++) {
                    a.add(randomValue(g, depth - 1));
                }
                return a;
            }
            default: {
                ObjectNode o = NODES.objectNode();
                o.set("id", randomValue(g, 0));
                o.set("config", randomValue(g, depth - 1));
                return o;
            }
        }
    }

    private static String mutateText(String text, UniformRandomProvider g, boolean yaml) {
        if (text.isEmpty()) {
            return TOKENS[g.nextInt(TOKENS.length)];
        }
        int at = g.nextInt(text.length());
        switch (g.nextInt(5)) {
            case 0:
                return text.substring(0, at);
            case 1:
                return text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + g.nextInt(8)));
            case 2:
                return text.substring(0, at) + TOKENS[g.nextInt(TOKENS.length)] + text.substring(at);
            case 3: {
                int line = text.indexOf('\n', at);
                String repeat = yaml ? "\nseed: 1\nseed: 2" : ", \"seed\": 1, \"seed\": 2";
                return line < 0 ? text + repeat : text.substring(0, line) + repeat + text.substring(line);
            }
            default:
                return text.substring(0, at) + (char) (32 + g.nextInt(95)) + text.substring(at + 1);
        }
    }
}
