package io.aifgym.bench.checkpoint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.aifgym.bench.results.ResultWriter;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The file {@value #FILE} in a run's output folder: writing it atomically (a kill at any
 * moment leaves the previous checkpoint or the new one, never a broken file), reading it with
 * its format version checked first, and comparing its config with a run's.
 */
public final class CheckpointFile {

    /** The file name. */
    public static final String FILE = "checkpoint.json";
    /** The value of the {@code format} field. */
    public static final String FORMAT = "aifgym-checkpoint";
    /** The format version written and the only one read. */
    public static final int VERSION = 1;
    /** Config fields that may change on resume: they do not change the results. */
    public static final Set<String> RESUMABLE_CHANGES = Set.of("out", "threads");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private CheckpointFile() {
    }

    /**
     * The checkpoint file of an output folder.
     *
     * @param folder the output folder
     * @return the file
     */
    public static Path in(Path folder) {
        return folder.resolve(FILE);
    }

    /**
     * The bytes of a checkpoint file, of any kind of checkpoint.
     *
     * @param checkpoint the checkpoint record
     * @return its JSON, ending with a newline
     */
    public static byte[] bytes(Object checkpoint) {
        try {
            byte[] body = MAPPER.writeValueAsBytes(checkpoint);
            byte[] out = new byte[body.length + 1];
            System.arraycopy(body, 0, out, 0, body.length);
            out[body.length] = '\n';
            return out;
        } catch (JsonProcessingException e) {
            throw new CheckpointException("checkpoint: cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Writes checkpoint bytes into a folder, atomically.
     *
     * @param folder the output folder (created if needed)
     * @param bytes the checkpoint's bytes
     * @throws CheckpointException if the file cannot be written (the previous one is then kept)
     */
    public static void write(Path folder, byte[] bytes) {
        try {
            Files.createDirectories(folder);
            ResultWriter.writeAtomically(in(folder), bytes);
        } catch (IOException e) {
            throw new CheckpointException("checkpoint: cannot write " + in(folder) + " (" + ResultWriter.reason(e)
                    + "); the previous checkpoint, if any, is kept", e);
        }
    }

    /**
     * The JSON tree of checkpoint bytes, with its format and format version checked (the
     * checks every kind of checkpoint shares, with the same messages).
     *
     * @param source the file, for messages
     * @param bytes its bytes
     * @return the tree, an object of format {@value #FORMAT} and version {@value #VERSION}
     * @throws CheckpointException if it is not a checkpoint of this format version
     */
    public static JsonNode checkedTree(String source, byte[] bytes) {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new CheckpointException(source + ": expected a checkpoint (JSON), found a damaged file: "
                    + firstLine(e.getMessage()), e);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new CheckpointException(source + ": expected an aifgym checkpoint (format \"" + FORMAT
                    + "\"), found " + (root == null || !root.isObject() ? "no JSON object" : "format "
                    + root.path("format")));
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.isInt() || version.asInt() != VERSION) {
            throw new CheckpointException(source + ": expected checkpoint format version " + VERSION
                    + ", found version " + version + " (written by aifgym " + root.path("aifgymVersion").asText("?")
                    + "); resume it with that version, or start the run again");
        }
        return root;
    }

    /**
     * Reads a checkpoint from its bytes.
     *
     * @param source the file, for messages
     * @param bytes its bytes
     * @return the checkpoint
     * @throws CheckpointException if it is not a checkpoint of this format version
     */
    static Checkpoint parse(String source, byte[] bytes) {
        JsonNode root = checkedTree(source, bytes);
        try {
            return MAPPER.treeToValue(root, Checkpoint.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new CheckpointException(source + ": expected a complete checkpoint, found a damaged one: "
                    + firstLine(e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), e);
        }
    }

    /**
     * Reads the checkpoint of an output folder.
     *
     * @param folder the output folder
     * @return the checkpoint
     * @throws CheckpointException if there is none, or it cannot be read, or it is of another
     *     format version
     */
    public static Checkpoint read(Path folder) {
        return parse(in(folder).toString(), readBytes(folder, "run"));
    }

    /**
     * The bytes of the checkpoint of an output folder given to {@code --resume}.
     *
     * @param folder the output folder
     * @param command the aifgym command that writes such checkpoints, for the message
     * @return the bytes
     * @throws CheckpointException if there is none or it cannot be read
     */
    public static byte[] readBytes(Path folder, String command) {
        Path file = in(folder);
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CheckpointException("--resume: expected a folder with a " + FILE + " (written by 'aifgym "
                    + command + " --checkpoint-every N'), found " + (Files.isDirectory(folder) ? "none in " + folder
                    : "no folder " + folder));
        } catch (IOException e) {
            throw new CheckpointException("--resume: cannot read " + file + ": " + e, e);
        }
    }

    /**
     * Reads the checkpoint of a command other than {@code run} (its {@code kind} field names the
     * command) from an output folder given to {@code --resume}.
     *
     * @param folder the output folder
     * @param command the command, which is also the checkpoint's kind
     * @param type the checkpoint record type
     * @param <T> the checkpoint record type
     * @return the checkpoint, of this format version and kind
     * @throws CheckpointException if there is none, it cannot be read, it is of another format
     *     version or kind, or it is damaged
     */
    public static <T> T readKind(Path folder, String command, Class<T> type) {
        Path file = in(folder);
        JsonNode root = checkedTree(file.toString(), readBytes(folder, command));
        if (!command.equals(root.path("kind").asText())) {
            throw new CheckpointException(file + ": expected a checkpoint of 'aifgym " + command + "' (kind \""
                    + command + "\"), found " + (root.has("kind") ? "kind " + root.get("kind")
                    : "the checkpoint of an 'aifgym run'"));
        }
        try {
            return MAPPER.treeToValue(root, type);
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new CheckpointException(file + ": expected a complete checkpoint, found a damaged one: "
                    + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), e);
        }
    }

    /**
     * Refuses a checkpoint whose config differs from the current one, listing the first five
     * differences.
     *
     * @param file the checkpoint file, for the message
     * @param differences the differences ({@link #configDifferences})
     * @param expected what the checkpoint should be of, e.g. "this config"
     * @param found what it is of instead, e.g. "another config"
     * @throws CheckpointException if there is any difference
     */
    public static void requireSameConfig(Path file, List<String> differences, String expected, String found) {
        if (!differences.isEmpty()) {
            throw new CheckpointException(file + ": expected a checkpoint of " + expected + ", found one of " + found
                    + ": " + String.join("; ", differences.subList(0, Math.min(5, differences.size())))
                    + (differences.size() > 5 ? "; and " + (differences.size() - 5) + " more" : ""));
        }
    }

    /**
     * Removes a folder's checkpoint and any temporary file a killed write left beside it.
     *
     * @param folder the output folder
     * @throws IOException if a file cannot be removed
     */
    public static void delete(Path folder) throws IOException {
        Files.deleteIfExists(in(folder));
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> stray = Files.newDirectoryStream(folder, "." + FILE + "*.tmp")) {
            for (Path p : stray) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * The differences between a checkpoint's config and a run's, ignoring the fields that do
     * not change results ({@link #RESUMABLE_CHANGES}).
     *
     * @param saved the checkpoint's config
     * @param current the run's resolved config
     * @return one line per difference, such as {@code seed: 42 in the checkpoint, 43 now} or
     *     {@code agents[1].agent.config.epsilon: 0.2 in the checkpoint, 0.3 now} (lists of objects
     *     of the same length are compared item by item)
     */
    public static List<String> configDifferences(JsonNode saved, JsonNode current) {
        List<String> out = new ArrayList<>();
        differences("", saved, current, out);
        return out;
    }

    private static void differences(String path, JsonNode a, JsonNode b, List<String> out) {
        if (a != null && b != null && a.isObject() && b.isObject()) {
            Set<String> names = new TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (path.isEmpty() && RESUMABLE_CHANGES.contains(name)) {
                    continue;
                }
                differences(path.isEmpty() ? name : path + "." + name, a.get(name), b.get(name), out);
            }
            return;
        }
        if (a != null && b != null && objects(a) && objects(b) && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                differences(path + "[" + i + "]", a.get(i), b.get(i), out);
            }
            return;
        }
        boolean same = a == null ? b == null || b.isNull() : b == null ? a.isNull() : sameValue(a, b);
        if (!same) {
            out.add(path + ": " + (a == null ? "absent" : a) + " in the checkpoint, " + (b == null ? "absent" : b)
                    + " now");
        }
    }

    /** Whether a node is a non-empty list of objects (such as a comparison's agents), compared item by item. */
    private static boolean objects(JsonNode n) {
        if (!n.isArray() || n.isEmpty()) {
            return false;
        }
        for (JsonNode item : n) {
            if (!item.isObject()) {
                return false;
            }
        }
        return true;
    }

    /** Equal JSON values, numbers compared by value (a long read back may be an int node). */
    private static boolean sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.isIntegralNumber() && b.isIntegralNumber() ? a.bigIntegerValue().equals(b.bigIntegerValue())
                    : Double.compare(a.doubleValue(), b.doubleValue()) == 0;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!sameValue(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            List<String> found = new ArrayList<>();
            differences("x", a, b, found);
            return found.isEmpty();
        }
        return a.equals(b);
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }
}
