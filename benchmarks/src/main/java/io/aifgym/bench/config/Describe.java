package io.aifgym.bench.config;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/** Words for what a config path holds and what its type expects, for problem messages. */
final class Describe {

    private static final int MAX_TEXT = 60;

    private Describe() {
    }

    /** What a node holds: {@code the string "x"}, {@code the number 2.5}, {@code a list of 3 items}... */
    static String node(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing (the field is missing)";
        }
        if (n.isNull()) {
            return "null";
        }
        if (n.isTextual()) {
            String t = n.asText();
            return "the string \"" + (t.length() > MAX_TEXT ? t.substring(0, MAX_TEXT) + "..." : t) + "\"";
        }
        if (n.isNumber()) {
            return "the number " + n.asText();
        }
        if (n.isBoolean()) {
            return "the boolean " + n.asText();
        }
        if (n.isArray()) {
            return n.size() == 1 ? "a list of 1 item" : "a list of " + n.size() + " items";
        }
        if (n.isObject()) {
            List<String> names = new ArrayList<>();
            Iterator<String> it = n.fieldNames();
            it.forEachRemaining(names::add);
            return names.isEmpty() ? "an empty object" : "an object with the fields " + String.join(", ", names);
        }
        return n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    /** What a Java type accepts: {@code an integer}, {@code a list of numbers}, {@code one of A, B}... */
    static String type(JavaType t) {
        Class<?> c = t.getRawClass();
        if (c == int.class || c == Integer.class || c == short.class || c == Short.class || c == byte.class
                || c == Byte.class || c == long.class || c == Long.class || c == java.math.BigInteger.class) {
            return "an integer";
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class
                || c == java.math.BigDecimal.class) {
            return "a number";
        }
        if (c == boolean.class || c == Boolean.class) {
            return "true or false";
        }
        if (c == String.class || c == char.class || c == Character.class) {
            return "a string";
        }
        if (c.isEnum()) {
            return "one of " + String.join(", ", Arrays.stream(c.getEnumConstants()).map(Object::toString).toList());
        }
        if (t.isArrayType() || t.isCollectionLikeType()) {
            JavaType content = t.getContentType();
            return content == null ? "a list" : "a list of " + plural(type(content));
        }
        if (t.isMapLikeType()) {
            return "an object (a map)";
        }
        if (c.isRecord()) {
            List<String> fields = Arrays.stream(c.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName)
                    .toList();
            return "an object with the fields " + String.join(", ", fields);
        }
        return "a " + c.getSimpleName();
    }

    /** "a number" becomes "numbers", "an integer from ..." becomes "integers from ...". */
    private static String plural(String singular) {
        if (singular.startsWith("a list")) {
            return "lists" + singular.substring("a list".length());
        }
        if (singular.startsWith("an integer")) {
            return "integers" + singular.substring("an integer".length());
        }
        if (singular.startsWith("a number")) {
            return "numbers";
        }
        if (singular.startsWith("a string")) {
            return "strings";
        }
        if (singular.startsWith("an object")) {
            return "objects" + singular.substring("an object".length());
        }
        if (singular.equals("true or false")) {
            return "booleans";
        }
        return "values that are " + singular;
    }

    /** A file's text as a quoted id: {@code 'x'}. */
    static String quoted(String s) {
        return "'" + s + "'";
    }
}
