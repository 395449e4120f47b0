package io.aifgym.envs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.aifgym.envs.testutil.Models;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.Reset;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.model.HasGenerativeProcess;
import io.aifgym.gym.model.HasTabularModel;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.registry.EnvProvider;
import io.aifgym.gym.registry.EnvRegistry;
import io.aifgym.gym.space.Box;
import io.aifgym.gym.wrap.Checked;
import io.aifgym.gym.wrap.TimeLimit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RegistryTest {

    private static final EnvRegistry REGISTRY = EnvRegistry.load(RegistryTest.class.getClassLoader());

    private static final List<String> POMDP_IDS = List.of("CueChaining-v0", "GeneralizedTMaze-v0", "GraphWorld-v0",
            "GridWorld-v0", "PomdpEnv-v0", "SimplifiedTMaze-v0", "TMaze-v0");
    private static final List<String> TABULAR_IDS = List.of("CliffWalking-v1", "FrozenLake-v1");
    private static final List<String> BANDIT_IDS = List.of("BernoulliBandit-v0", "GaussianBandit-v0");

    /** The strict settings of the command line's config mappers. */
    private static <M extends ObjectMapper> M strict(M mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        return mapper;
    }

    private static final ObjectMapper JSON =
            strict(JsonMapper.builder().disable(MapperFeature.ALLOW_COERCION_OF_SCALARS).build());

    static Stream<String> ids() {
        return REGISTRY.ids().stream().filter(id -> POMDP_IDS.contains(id) || TABULAR_IDS.contains(id)
                || BANDIT_IDS.contains(id));
    }

    static Stream<String> pomdpIds() {
        return POMDP_IDS.stream();
    }

    @Test
    void everyEnvIsRegisteredWithADescription() {
        assertThat(REGISTRY.ids()).containsAll(POMDP_IDS).containsAll(TABULAR_IDS).containsAll(BANDIT_IDS);
        for (String id : ids().toList()) {
            assertThat(REGISTRY.provider(id).spec().description()).as(id).isNotBlank();
            assertThat(REGISTRY.provider(id).spec().id().toString()).isEqualTo(id);
        }
    }

    @ParameterizedTest
    @MethodSource("ids")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void madeEnvsResetSampleAndStepInsideTheirSpaces(String id) {
        Env env = new Checked<>(REGISTRY.make(id));
        assertThat(REGISTRY.make(id)).isInstanceOf(TimeLimit.class);
        Key key = Key.of(id.hashCode());
        Reset r = env.reset(key.child(0));
        Object state = r.state();
        for (int t = 1; t <= 60; t++) {
            Step s = env.step(key.child(t), state, env.actionSpace().sample(key.fold(t)));
            state = s.done() ? env.reset(key.fold(-t)).state() : s.state();
        }
        if (!BANDIT_IDS.contains(id)) {
            assertThat((java.util.Optional<String>) env.render(state)).as("%s renders as text", id).isPresent();
        }
    }

    @ParameterizedTest
    @MethodSource("pomdpIds")
    void pymdpEnvsExposeANormalisedGenerativeProcess(String id) {
        Env<?, ?, ?> env = REGISTRY.make(id).unwrapped();
        assertThat(env).isInstanceOf(HasGenerativeProcess.class);
        Models.assertNormalised(((HasGenerativeProcess) env).generativeProcess());
    }

    @Test
    void tabularEnvsExposeTheirModel() {
        for (String id : TABULAR_IDS) {
            assertThat(REGISTRY.make(id).unwrapped()).as(id).isInstanceOf(HasTabularModel.class);
        }
    }

    @ParameterizedTest
    @MethodSource("pomdpIds")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void categoricalObsGivesConcatenatedOneHots(String id) throws IOException {
        EnvProvider provider = REGISTRY.provider(id);
        ObjectNode tree = JSON.valueToTree(provider.defaultConfig());
        tree.put("categoricalObs", true);
        Record config = (Record) JSON.treeToValue(tree, provider.configType());
        Env env = new Checked<>(REGISTRY.make(id, config));
        int[] numObs = ((HasGenerativeProcess) env.unwrapped()).generativeProcess().numObs();
        assertThat(env.observationSpace()).isInstanceOf(Box.class);
        assertThat(env.observationSpace().flatDim()).isEqualTo(java.util.Arrays.stream(numObs).sum());
        Reset r = env.reset(Key.of(1));
        double[] obs = (double[]) r.observation();
        Step s = env.step(Key.of(2), r.state(), env.actionSpace().sample(Key.of(3)));
        for (double[] o : new double[][] {obs, (double[]) s.observation()}) {
            int offset = 0;
            for (int n : numObs) {
                double sum = 0;
                for (int i = offset; i < offset + n; i++) {
                    assertThat(o[i]).isIn(0.0, 1.0);
                    sum += o[i];
                }
                assertThat(sum).as("one hot per modality").isEqualTo(1.0);
                offset += n;
            }
        }
    }

    @ParameterizedTest
    @MethodSource("ids")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void defaultConfigsRoundTripThroughJson(String id) throws IOException {
        EnvProvider provider = REGISTRY.provider(id);
        String json = JSON.writeValueAsString(provider.defaultConfig());
        assertThat(JSON.readValue(json, provider.configType())).as(json).isEqualTo(provider.defaultConfig());
    }

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
            return files.filter(p -> p.getFileName().toString().endsWith("-random.yaml")).sorted().toList().stream();
        }
    }

    @Test
    void everyEnvHasARandomAgentExample() throws IOException {
        ObjectMapper yaml = new YAMLMapper();
        List<String> exampleIds = examples().map(p -> {
            try {
                return yaml.readTree(p.toFile()).get("env").get("id").asText();
            } catch (IOException e) {
                throw new AssertionError(p + ": " + e.getMessage(), e);
            }
        }).toList();
        assertThat(exampleIds).containsAll(ids().toList());
    }

    @ParameterizedTest
    @MethodSource("examples")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void examplesBindOverTheDefaultsAndRun(Path file) throws IOException {
        JsonNode root = strict(new YAMLMapper()).readTree(file.toFile());
        String id = root.get("env").get("id").asText();
        assertThat(root.get("agent").get("id").asText()).isEqualTo("random");
        EnvProvider provider = REGISTRY.provider(id);
        ObjectNode merged = JSON.valueToTree(provider.defaultConfig());
        JsonNode given = root.get("env").get("config");
        if (given != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = given.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                merged.set(e.getKey(), e.getValue());
            }
        }
        Record config = (Record) JSON.treeToValue(merged, provider.configType());
        Env env = new Checked<>(REGISTRY.make(id, config));
        Key key = Key.of(root.get("seed").asLong());
        Object state = env.reset(key).state();
        for (int t = 0; t < 20; t++) {
            Step s = env.step(key.child(t), state, env.actionSpace().sample(key.fold(t)));
            state = s.done() ? env.reset(key.fold(-t - 1)).state() : s.state();
        }
    }
}
