package io.aifgym.envs.golden;

import io.aifgym.envs.pomdp.Cells;
import io.aifgym.envs.pomdp.cue.CueChaining;
import io.aifgym.envs.pomdp.generalized.GeneralizedTMaze;
import io.aifgym.envs.pomdp.graph.Graph;
import io.aifgym.envs.pomdp.graph.GraphWorld;
import io.aifgym.envs.pomdp.grid.GridWorld;
import io.aifgym.envs.pomdp.tmaze.SimplifiedTMaze;
import io.aifgym.envs.pomdp.tmaze.TMaze;
import io.aifgym.envs.pomdp.tmaze.TMazeConfig;
import io.aifgym.envs.tabular.CliffWalking;
import io.aifgym.envs.tabular.FrozenLake;
import io.aifgym.gym.golden.GoldenCase;
import io.aifgym.gym.golden.GoldenFunctions;
import io.aifgym.gym.model.GenerativeProcess;
import io.aifgym.gym.model.TabularModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The golden functions of the environments: {@code jax_env_tensors} (pymdp's environment
 * constructors: A, B, D and dependencies, {@code shared/golden-jax}) and
 * {@code gymnasium_env_model} (Gymnasium's transition tables, {@code shared/golden-gym}).
 *
 * <p>A {@code jax_env_tensors} case names its pymdp class at the end of its {@code source}
 * ({@code GridWorld}, {@code TMaze}, {@code SimplifiedTMaze}, {@code GeneralizedTMazeEnv},
 * {@code CueChainingEnv}, {@code GraphEnv}); its params are that class's constructor
 * arguments, mapped here to the env's config. pymdp ignores walls outside the grid, so this
 * adapter drops them before building the config (the env itself refuses them).
 */
public final class EnvGoldenFunctions implements GoldenFunctions {

    /** The function of pymdp's environment tensors. */
    public static final String ENV_TENSORS = "jax_env_tensors";
    /** The function of Gymnasium's tabular models. */
    public static final String GYM_MODEL = "gymnasium_env_model";

    @Override
    public Set<String> functions() {
        return Set.of(ENV_TENSORS, GYM_MODEL);
    }

    @Override
    public Map<String, Object> evaluate(GoldenCase goldenCase) {
        return switch (goldenCase.function()) {
            case ENV_TENSORS -> tensors(process(goldenCase));
            case GYM_MODEL -> tables(model(goldenCase));
            default -> throw new IllegalArgumentException("function: expected one of " + functions() + ", found "
                    + goldenCase.function());
        };
    }

    // ---- jax_env_tensors -------------------------------------------------------------------

    /**
     * The generative process of a {@code jax_env_tensors} case.
     *
     * @param c the case
     * @return the env's process
     * @throws IllegalArgumentException if the case names no known pymdp env
     */
    public static GenerativeProcess process(GoldenCase c) {
        String source = c.source() == null ? "" : c.source().trim();
        String cls = source.substring(source.lastIndexOf(' ') + 1);
        Map<String, Object> p = c.params();
        if (cls.equals("GridWorld") || (!known(cls) && p.containsKey("shape"))) {
            return GridWorld.process(gridWorld(p));
        }
        if (cls.equals("SimplifiedTMaze") || (!known(cls) && c.name().startsWith("simplified_tmaze"))) {
            return SimplifiedTMaze.process(tmaze(p));
        }
        if (cls.equals("TMaze") || (!known(cls) && p.containsKey("cue_validity"))) {
            return TMaze.process(tmaze(p));
        }
        if (cls.equals("GeneralizedTMazeEnv") || (!known(cls) && p.containsKey("small"))) {
            return GeneralizedTMaze.process(generalized(p));
        }
        if (cls.equals("CueChainingEnv") || (!known(cls) && p.containsKey("cue2_state"))) {
            return CueChaining.process(cueChaining(p));
        }
        if (cls.equals("GraphEnv") || (!known(cls) && (p.containsKey("edges") || p.containsKey("cluster_size")))) {
            return GraphWorld.process(graphWorld(p));
        }
        throw new IllegalArgumentException(c.name() + ": expected a case of GridWorld, TMaze, SimplifiedTMaze, "
                + "GeneralizedTMazeEnv, CueChainingEnv or GraphEnv, found source '" + source + "'");
    }

    private static boolean known(String cls) {
        return List.of("GridWorld", "TMaze", "SimplifiedTMaze", "GeneralizedTMazeEnv", "CueChainingEnv", "GraphEnv")
                .contains(cls);
    }

    private static Map<String, Object> tensors(GenerativeProcess p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("A", p.A());
        out.put("B", p.B());
        out.put("D", p.D());
        out.put("A_dependencies", Arrays.asList(p.aDependencies()));
        out.put("B_dependencies", Arrays.asList(p.bDependencies()));
        return out;
    }

    static GridWorld.Config gridWorld(Map<String, Object> p) {
        List<Integer> shape = ints(p.getOrDefault("shape", List.of(3L, 3L)));
        int rows = shape.get(0);
        int cols = shape.get(1);
        List<List<Integer>> walls = new ArrayList<>();
        for (List<Integer> w : cells(p.get("walls"))) {
            if (Cells.inside(w, rows, cols)) {
                walls.add(w);
            }
        }
        Object start = p.get("initial_position");
        List<Integer> initial = start == null ? null
                : start instanceof Number n ? List.of(n.intValue() / cols, n.intValue() % cols) : ints(start);
        return new GridWorld.Config(shape, walls, initial, bool(p, "include_stay", true), dbl(p, "success_prob", 1.0),
                false, List.of(), 1.0, 0.0, 100);
    }

    static TMazeConfig tmaze(Map<String, Object> p) {
        Object rc = p.get("reward_condition");
        return TMazeConfig.of(dbl(p, "reward_probability", 1.0), dbl(p, "punishment_probability", 1.0),
                dbl(p, "cue_validity", 0.95), rc == null ? null : ((Number) rc).intValue(),
                bool(p, "dependent_outcomes", false));
    }

    static GeneralizedTMaze.Config generalized(Map<String, Object> p) {
        Object maze = p.get("maze");
        Object locations = p.get("reward_locations");
        List<Integer> rewardLocations = locations == null ? null : ints(locations);
        if (maze != null) {
            return new GeneralizedTMaze.Config(GeneralizedTMaze.Layout.CUSTOM, cells(maze), rewardLocations, false, 1.0,
                    -1.0, true, 25);
        }
        return GeneralizedTMaze.Config.of(bool(p, "small", false), rewardLocations);
    }

    static CueChaining.Config cueChaining(Map<String, Object> p) {
        CueChaining.Config d = CueChaining.Config.DEFAULT;
        return new CueChaining.Config(
                p.get("grid_shape") == null ? d.gridShape() : ints(p.get("grid_shape")),
                p.get("start_location") == null ? d.startLocation() : ints(p.get("start_location")),
                p.get("cue1_location") == null ? d.cue1Location() : ints(p.get("cue1_location")),
                p.get("cue2_locations") == null ? d.cue2Locations() : cells(p.get("cue2_locations")),
                p.get("reward_locations") == null ? d.rewardLocations() : cells(p.get("reward_locations")),
                integer(p.get("cue2_state")), integer(p.get("reward_condition")),
                strings(p.get("cue2_names")), strings(p.get("reward_condition_names")), false, 1.0, -1.0, true, 30);
    }

    static GraphWorld.Config graphWorld(Map<String, Object> p) {
        List<List<Integer>> edges = p.get("edges") != null ? cells(p.get("edges"))
                : Graph.connectedClusters(((Number) p.getOrDefault("cluster_size", 2L)).intValue(),
                        ((Number) p.getOrDefault("connections", 2L)).intValue()).edges();
        return GraphWorld.Config.of(edges, integer(p.get("object_location")), integer(p.get("agent_location")));
    }

    // ---- gymnasium_env_model ----------------------------------------------------------------

    /**
     * The tabular model of a {@code gymnasium_env_model} case.
     *
     * @param c the case
     * @return the env's model
     * @throws IllegalArgumentException if the case names no known Gymnasium env
     */
    public static TabularModel model(GoldenCase c) {
        Map<String, Object> p = c.params();
        String id = String.valueOf(p.get("env_id"));
        if (id.startsWith("FrozenLake")) {
            Object map = c.inputs().get("map");
            String mapName = p.get("map_name") != null ? String.valueOf(p.get("map_name"))
                    : id.startsWith("FrozenLake8x8") ? "8x8" : "4x4";
            List<Double> schedule = p.get("reward_schedule") == null ? List.of(1.0, 0.0, 0.0)
                    : ((List<?>) p.get("reward_schedule")).stream().map(v -> ((Number) v).doubleValue()).toList();
            FrozenLake.Config config = new FrozenLake.Config(map == null ? mapName : null,
                    map == null ? null : strings(map), bool(p, "is_slippery", true), dbl(p, "success_rate", 1.0 / 3.0),
                    schedule, null);
            return FrozenLake.model(config);
        }
        if (id.startsWith("CliffWalking")) {
            boolean slippery = bool(p, "is_slippery", id.startsWith("CliffWalkingSlippery"));
            return CliffWalking.model(new CliffWalking.Config(slippery, 500));
        }
        throw new IllegalArgumentException(c.name() + ": expected env_id FrozenLake-v1, FrozenLake8x8-v1, "
                + "CliffWalking-v1 or CliffWalkingSlippery-v1, found " + id);
    }

    private static Map<String, Object> tables(TabularModel m) {
        int ns = m.numStates();
        int na = m.numActions();
        double[][][] t = new double[ns][na][ns];
        double[][][] r = new double[ns][na][ns];
        double[][][] term = new double[ns][na][ns];
        for (int s = 0; s < ns; s++) {
            for (int a = 0; a < na; a++) {
                for (TabularModel.Outcome o : m.outcomes(s, a)) {
                    t[s][a][o.next()] += o.probability();
                    r[s][a][o.next()] = o.reward();
                    if (o.terminated()) {
                        term[s][a][o.next()] = 1.0;
                    }
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("num_states", ns);
        out.put("num_actions", na);
        out.put("T", t);
        out.put("R", r);
        out.put("terminated", term);
        out.put("initial_state_distribution", m.initial());
        return out;
    }

    // ---- JSON-shaped params ------------------------------------------------------------------

    private static List<Integer> ints(Object v) {
        return ((List<?>) v).stream().map(x -> ((Number) x).intValue()).toList();
    }

    private static List<List<Integer>> cells(Object v) {
        if (v == null) {
            return List.of();
        }
        return ((List<?>) v).stream().map(EnvGoldenFunctions::ints).toList();
    }

    private static List<String> strings(Object v) {
        return v == null ? null : ((List<?>) v).stream().map(String::valueOf).toList();
    }

    private static Integer integer(Object v) {
        return v == null ? null : ((Number) v).intValue();
    }

    private static boolean bool(Map<String, Object> p, String key, boolean fallback) {
        Object v = p.get(key);
        return v == null ? fallback : (Boolean) v;
    }

    private static double dbl(Map<String, Object> p, String key, double fallback) {
        Object v = p.get(key);
        return v == null ? fallback : ((Number) v).doubleValue();
    }
}
