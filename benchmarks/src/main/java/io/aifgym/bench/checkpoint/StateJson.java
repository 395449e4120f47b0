package io.aifgym.bench.checkpoint;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.jsontype.PolymorphicTypeValidator;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeIdResolver;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.jsontype.impl.ClassNameIdResolver;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.aifgym.gym.checkpoint.StateCodec;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * Writes plugin states (agent states, env states, observations) as JSON and reads them back
 * with Jackson, keeping their exact classes: wherever a declared type does not fix the class
 * (a generic component such as {@code AutoReset.State.inner}, an {@code Object}, an interface),
 * the value is written as {@code ["class.Name", value]} (Jackson's default typing, wrapper-array
 * form). Records are written through their accessors and read through their canonical
 * constructors; the states of a plugin that implements {@link StateCodec} are written as their
 * saved record and read back through {@link StateCodec#restore}. Doubles are written in
 * Jackson's shortest round-trip form, so every bit comes back ({@code NaN} and infinities as
 * strings).
 *
 * <p>Only classes a checkpoint may hold are read: primitives and boxed numbers, strings,
 * arrays, the {@code java.util} collections and classes under the allowed package prefixes
 * ({@code io.aifgym.} and the packages of the plugins in use). A class name from any other
 * package is refused, so a checkpoint file cannot make the reader build arbitrary objects.
 */
final class StateJson {

    private static final Set<String> JDK_CLASSES = Set.of("java.lang.Boolean", "java.lang.Byte", "java.lang.Short",
            "java.lang.Integer", "java.lang.Long", "java.lang.Float", "java.lang.Double", "java.lang.Character",
            "java.lang.String", "java.util.ArrayList", "java.util.LinkedList", "java.util.HashMap",
            "java.util.LinkedHashMap", "java.util.TreeMap", "java.util.HashSet", "java.util.LinkedHashSet",
            "java.util.TreeSet");

    private final ObjectMapper mapper;
    private final ObjectWriter writer;
    private final ObjectReader reader;

    /**
     * A mapper for the states of some plugins.
     *
     * @param loader the class loader that sees the plugins' classes
     * @param codecs the codecs of the plugins that have them
     * @param packages the package prefixes whose classes may be read, such as {@code io.aifgym.}
     */
    StateJson(ClassLoader loader, List<StateCodec<?, ?>> codecs, Collection<String> packages) {
        List<String> prefixes = List.copyOf(packages);
        PolymorphicTypeValidator validator = new AllowedClasses(prefixes);
        SimpleModule module = new SimpleModule("aifgym-state-codecs");
        for (StateCodec<?, ?> codec : codecs) {
            register(module, codec);
        }
        mapper = JsonMapper.builder()
                .typeFactory(TypeFactory.defaultInstance().withClassLoader(loader))
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(MapperFeature.ALLOW_FINAL_FIELDS_AS_MUTATORS)
                .setDefaultTyping(new Typing(validator))
                .addModule(module)
                .build();
        writer = mapper.writerFor(Object.class);
        reader = mapper.readerFor(Object.class);
    }

    private static <S, F extends Record> void register(SimpleModule module, StateCodec<S, F> codec) {
        module.addSerializer(codec.stateType(), new CodecSerializer<>(codec));
        module.addDeserializer(codec.stateType(), new CodecDeserializer<>(codec));
    }

    /**
     * A value as a JSON tree, with its class.
     *
     * @param value the value
     * @return the tree
     * @throws JsonProcessingException if Jackson cannot write the value (a class with no
     *     properties, a value a codec rejects)
     */
    JsonNode write(Object value) throws JsonProcessingException {
        try (TokenBuffer buffer = new TokenBuffer(mapper, false)) {
            writer.writeValue(buffer, value);
            return mapper.readTree(buffer.asParser());
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("writing to a token buffer: " + e.getMessage(), e);
        }
    }

    /**
     * The value a tree made by {@link #write} describes.
     *
     * @param tree the tree
     * @return the value
     * @throws IOException if the tree does not describe a value Jackson can build (an unknown or
     *     refused class, a record whose constructor rejects the values)
     */
    Object read(JsonNode tree) throws IOException {
        return reader.readValue(tree);
    }

    /** Default typing for every non-final declared type, with plain ids for the JDK's hidden collections. */
    private static final class Typing extends ObjectMapper.DefaultTypeResolverBuilder {
        private static final long serialVersionUID = 1L;

        Typing(PolymorphicTypeValidator validator) {
            super(ObjectMapper.DefaultTyping.NON_FINAL, validator);
            init(JsonTypeInfo.Id.CLASS, null);
            inclusion(JsonTypeInfo.As.WRAPPER_ARRAY);
        }

        @Override
        protected TypeIdResolver idResolver(MapperConfig<?> config, JavaType baseType,
                PolymorphicTypeValidator subtypeValidator, Collection<NamedType> subtypes, boolean forSer,
                boolean forDeser) {
            return new PlainCollectionIds(baseType, config.getTypeFactory(), subtypeValidator);
        }
    }

    /**
     * Class-name ids, except that the JDK's non-public collections ({@code List.of}'s,
     * {@code Collections.unmodifiableMap}'s) are named by the public class they read back as,
     * so a value written, read and written again gives the same JSON.
     */
    private static final class PlainCollectionIds extends ClassNameIdResolver {
        PlainCollectionIds(JavaType baseType, TypeFactory typeFactory, PolymorphicTypeValidator validator) {
            super(baseType, typeFactory, validator);
        }

        @Override
        public String idFromValue(Object value) {
            String plain = plain(value);
            return plain != null ? plain : super.idFromValue(value);
        }

        @Override
        public String idFromValueAndType(Object value, Class<?> type) {
            String plain = value == null ? null : plain(value);
            return plain != null ? plain : super.idFromValueAndType(value, type);
        }

        private static String plain(Object value) {
            Class<?> c = value.getClass();
            if (!c.getName().startsWith("java.util.") || JDK_CLASSES.contains(c.getName())) {
                return null;
            }
            if (value instanceof List) {
                return "java.util.ArrayList";
            }
            if (value instanceof SortedSet) {
                return "java.util.TreeSet";
            }
            if (value instanceof Set) {
                return "java.util.LinkedHashSet";
            }
            if (value instanceof SortedMap) {
                return "java.util.TreeMap";
            }
            if (value instanceof Map) {
                return "java.util.LinkedHashMap";
            }
            return null;
        }
    }

    /** Allows the classes a checkpoint may hold, by name, before any class is loaded. */
    private static final class AllowedClasses extends PolymorphicTypeValidator.Base {
        private static final long serialVersionUID = 1L;
        private final List<String> prefixes;

        AllowedClasses(List<String> prefixes) {
            this.prefixes = prefixes;
        }

        @Override
        public Validity validateSubClassName(MapperConfig<?> config, JavaType baseType, String subClassName) {
            return allowed(subClassName) ? Validity.ALLOWED : Validity.DENIED;
        }

        @Override
        public Validity validateSubType(MapperConfig<?> config, JavaType baseType, JavaType subType) {
            return allowed(subType.getRawClass().getName()) ? Validity.ALLOWED : Validity.DENIED;
        }

        private boolean allowed(String name) {
            String n = name;
            while (n.startsWith("[")) {
                n = n.substring(1);
            }
            if (n.length() == 1 && "ZBSCIJFD".contains(n)) {
                return true;
            }
            if (n.startsWith("L") && n.endsWith(";") && !n.equals(name)) {
                n = n.substring(1, n.length() - 1);
            }
            if (JDK_CLASSES.contains(n)) {
                return true;
            }
            for (String p : prefixes) {
                if (n.startsWith(p)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Writes a state as its saved record (after the type id, when the declared type needs one). */
    private static final class CodecSerializer<S, F extends Record> extends StdSerializer<S> {
        private static final long serialVersionUID = 1L;
        private final transient StateCodec<S, F> codec;

        CodecSerializer(StateCodec<S, F> codec) {
            super(codec.stateType());
            this.codec = codec;
        }

        @Override
        public void serialize(S value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            F saved = Objects.requireNonNull(codec.save(value), "saved state");
            provider.findValueSerializer(codec.savedType()).serialize(saved, gen, provider);
        }

        @Override
        public void serializeWithType(S value, JsonGenerator gen, SerializerProvider provider, TypeSerializer typeSer)
                throws IOException {
            WritableTypeId id = typeSer.writeTypePrefix(gen, typeSer.typeId(value, JsonToken.VALUE_EMBEDDED_OBJECT));
            serialize(value, gen, provider);
            typeSer.writeTypeSuffix(gen, id);
        }
    }

    /** Reads a saved record and restores the state through the codec. */
    private static final class CodecDeserializer<S, F extends Record> extends StdDeserializer<S> {
        private static final long serialVersionUID = 1L;
        private final transient StateCodec<S, F> codec;

        CodecDeserializer(StateCodec<S, F> codec) {
            super(codec.stateType());
            this.codec = codec;
        }

        @Override
        public S deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            F saved = ctxt.readValue(p, codec.savedType());
            try {
                return codec.restore(saved);
            } catch (IllegalArgumentException e) {
                return ctxt.reportBadDefinition(ctxt.constructType(codec.stateType()), codec.stateType().getSimpleName()
                        + " cannot be restored: " + e.getMessage());
            }
        }

        @Override
        public Object deserializeWithType(JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer)
                throws IOException {
            return typeDeserializer.deserializeTypedFromAny(p, ctxt);
        }
    }

    /** For tests: whether a class name may be read with these package prefixes. */
    static boolean allows(Collection<String> prefixes, String className) {
        return new AllowedClasses(List.copyOf(prefixes)).allowed(className);
    }

}
