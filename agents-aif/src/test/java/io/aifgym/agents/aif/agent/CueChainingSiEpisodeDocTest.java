package io.aifgym.agents.aif.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.agents.aif.maths.Maths;
import io.aifgym.agents.aif.planning.PolicySearch;
import io.aifgym.envs.pomdp.cue.CueChaining;
import io.aifgym.gym.agent.Decision;
import io.aifgym.gym.agent.Transition;
import io.aifgym.gym.env.Reset;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.model.GenerativeProcess;
import io.aifgym.gym.random.Key;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Records one episode of the sophisticated-inference agent on CueChaining as rendered text
 * frames in {@code docs/cue-chaining-si-episode.md} (the action, the most likely state of each
 * belief factor and the search's counters per step), and checks that the committed file is what
 * the code produces now. To write the file again:
 *
 * <pre>
 * mvn -B -q -o -pl agents-aif test -Dtest=CueChainingSiEpisodeDocTest -Daifgym.writeDocs=true
 * </pre>
 */
class CueChainingSiEpisodeDocTest {

    /** The informative second cue: L3, at (3, 3). */
    static final int CUE2_STATE = 2;
    /** The cheese at the second reward location, (3, 5). */
    static final int REWARD_CONDITION = 1;
    static final Path DOC = Path.of("..", "docs", "cue-chaining-si-episode.md");
    private static final int MAX_STEPS = 30;
    private static final String WRITE_COMMAND =
            "mvn -B -q -o -pl agents-aif test -Dtest=CueChainingSiEpisodeDocTest -Daifgym.writeDocs=true";

    /** One step of the episode, as shown. */
    record Row(int t, String frame, String observation, List<String> beliefs, String action,
            Map<String, Double> diagnostics) {
    }

    /** The agent's steps, from the first observation until the episode ends. */
    static List<Row> episode(List<String> finalFrame) {
        CueChaining env = new CueChaining(CueChaining.Config.of(CUE2_STATE, REWARD_CONDITION));
        GenerativeProcess.Labels labels = env.generativeProcess().labels();
        AifAgent agent = AifAgentDeepPlanningTest.agent(AifAgentDeepPlanningTest.DEMO
                .withPolicySearch(PolicySearch.Kind.SI));
        Key key = Key.of(0);
        Reset<CueChaining.State, int[]> reset = env.reset(key.child(0));
        CueChaining.State state = reset.state();
        int[] obs = reset.observation();
        AifState agentState = agent.init(key.child(1));
        List<Row> rows = new ArrayList<>();
        for (int t = 0; t < MAX_STEPS; t++) {
            Decision<AifState, int[]> d = agent.act(key.child(2).child(t), agentState, obs);
            Step<CueChaining.State, int[]> step = env.step(key.child(3).child(t), state, d.action());
            rows.add(new Row(t, env.render(state).orElseThrow(), observation(labels, obs),
                    beliefs(labels, d.state().beliefs()), CueChaining.ACTION_LABELS.get(d.action()[0]),
                    d.diagnostics()));
            agentState = agent.learn(d.state(), new Transition<>(obs, d.action(), step.reward(), step.observation(),
                    step.terminated(), step.truncated()));
            state = step.state();
            obs = step.observation();
            if (step.terminated() || step.truncated()) {
                finalFrame.add(env.render(state).orElseThrow());
                finalFrame.add(observation(labels, obs));
                finalFrame.add(String.valueOf(step.reward()));
                break;
            }
        }
        return rows;
    }

    private static String observation(GenerativeProcess.Labels labels, int[] obs) {
        List<String> parts = new ArrayList<>();
        for (int m = 0; m < obs.length; m++) {
            parts.add(labels.modalities().get(m) + " " + labels.observations().get(m).get(obs[m]));
        }
        return String.join(", ", parts);
    }

    /** Per factor, its most likely state and that state's probability. */
    private static List<String> beliefs(GenerativeProcess.Labels labels, double[][] qs) {
        List<String> parts = new ArrayList<>();
        for (int f = 0; f < qs.length; f++) {
            int best = Maths.argmax(qs[f]);
            boolean uniform = Math.abs(qs[f][best] - 1.0 / qs[f].length) < 1e-9;
            parts.add(uniform ? String.format(Locale.ROOT, "uniform (%.2f each)", qs[f][best])
                    : String.format(Locale.ROOT, "%s (%.2f)", labels.states().get(f).get(best), qs[f][best]));
        }
        return parts;
    }

    private static String count(Map<String, Double> diagnostics, String name) {
        return String.format(Locale.ROOT, "%.0f", diagnostics.get(name));
    }

    /** The Markdown page. */
    static String page() {
        List<String> last = new ArrayList<>();
        List<Row> rows = episode(last);
        StringBuilder sb = new StringBuilder();
        sb.append("# One episode of the sophisticated-inference agent on CueChaining\n\n");
        sb.append("Written by `CueChainingSiEpisodeDocTest` (agents-aif tests), which also checks that this file is\n")
                .append("what the code produces now; to write it again:\n\n")
                .append("```\n").append(WRITE_COMMAND).append("\n```\n\n");
        sb.append("The env is `CueChaining-v0` (5x7, the default layout) with the cue-2 state fixed to L3 and\n")
                .append("the cheese at the second reward location (BOTTOM). The agent is `aif` made from the default\n")
                .append("env, so it starts unsure of both (uniform beliefs), with `policySearch: si` (pymdp's\n")
                .append("defaults: horizon 5, 5000 nodes, branching 10) and pymdp's demo preferences (Cheese +3,\n")
                .append("Shock -6, nothing else). Beliefs are the most likely state of each factor after the step's\n")
                .append("observation; the counters are the search's: nodes in the tree, levels expanded, and whether\n")
                .append("a budget cut it (0/1).\n\n");
        sb.append("Frames (`env.render`): `x` the agent, `S` the start, `1` the first cue, `2` the informative\n")
                .append("second cue, `o` the other second-cue locations, `+` the cheese, `-` the shock.\n\n");
        sb.append("| step | location | action | belief: cue-2 state | belief: reward condition ")
                .append("| nodes | depth | cut |\n");
        sb.append("|---:|---|---|---|---|---:|---:|---:|\n");
        for (Row r : rows) {
            List<String> b = r.beliefs();
            sb.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %s | %s | %s |%n", r.t(),
                    b.get(0), r.action(), b.get(1), b.get(2), count(r.diagnostics(), "search_nodes"),
                    count(r.diagnostics(), "search_depth"), count(r.diagnostics(), "search_cut")));
        }
        sb.append(String.format(Locale.ROOT, "%nThe episode ends after %d moves with reward %s.%n", rows.size(),
                last.get(2)));
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%n## Step %d%n%n```text%n%s```%n%n", r.t(), r.frame()));
            sb.append("- observation: ").append(r.observation()).append('\n');
            sb.append(String.format(Locale.ROOT, "- beliefs: location %s, cue-2 state %s, reward condition %s%n",
                    r.beliefs().get(0), r.beliefs().get(1), r.beliefs().get(2)));
            sb.append(String.format(Locale.ROOT, "- search: %s nodes, depth %s, cut %s, expansions %s, q_pi_max %.3f%n",
                    count(r.diagnostics(), "search_nodes"), count(r.diagnostics(), "search_depth"),
                    count(r.diagnostics(), "search_cut"), count(r.diagnostics(), "search_expansions"),
                    r.diagnostics().get("q_pi_max")));
            sb.append("- action: ").append(r.action()).append('\n');
        }
        sb.append(String.format(Locale.ROOT, "%n## End%n%n```text%n%s```%n%n- observation: %s%n- reward: %s%n",
                last.get(0), last.get(1), last.get(2)));
        return sb.toString();
    }

    @Test
    void theRecordedEpisodeIsWhatTheAgentDoesNow() throws IOException {
        String page = page();
        if (Boolean.getBoolean("aifgym.writeDocs")) {
            Files.writeString(DOC, page, StandardCharsets.UTF_8);
        }
        assertThat(DOC).as("write it with: %s", WRITE_COMMAND).exists();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8)).as("%s is out of date; write it again with: %s", DOC,
                WRITE_COMMAND).isEqualTo(page);
    }

    @Test
    void theEpisodeVisitsCueOneThenTheInformativeCueTwoThenTheCheeseInTheFewestMoves() {
        List<String> last = new ArrayList<>();
        List<Row> rows = episode(last);
        List<Integer> path = new ArrayList<>();
        for (Row r : rows) {
            path.add(cellOf(r.frame()));
        }
        CueChaining.Config c = CueChaining.Config.of(CUE2_STATE, REWARD_CONDITION);
        int cue1 = c.cue1Location().get(0) * 7 + c.cue1Location().get(1);
        int cue2 = c.cue2Locations().get(CUE2_STATE).get(0) * 7 + c.cue2Locations().get(CUE2_STATE).get(1);
        assertThat(path).contains(cue1);
        assertThat(path.subList(path.indexOf(cue1), path.size())).contains(cue2);
        assertThat(last.get(2)).isEqualTo("1.0");
        // start (0,0) -> cue 1 (2,0): 2 moves; -> cue 2 (3,3): 4 moves; -> cheese (3,5): 2 moves
        assertThat(rows).hasSize(8);
    }

    /** The agent's cell in a frame (the {@code x}). */
    private static int cellOf(String frame) {
        String[] lines = frame.split("\n");
        for (int r = 0; r < lines.length; r++) {
            int c = lines[r].indexOf('x');
            if (c >= 0) {
                return r * lines[r].length() + c;
            }
        }
        throw new IllegalArgumentException("frame: expected an x, found none in " + frame);
    }
}
