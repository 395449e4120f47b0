package io.aifgym.envs.pomdp.tmaze;

import io.aifgym.envs.pomdp.TensorBuilder;
import io.aifgym.gym.model.GenerativeProcess;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.List;

/** Builds the tensors of pymdp's {@code BaseTMaze} for its two layouts (pymdp/envs/tmaze.py). */
final class TMazeModels {

    static final int CENTRE = 0;
    static final int LEFT = 1;
    static final int RIGHT = 2;
    static final int CUE = 3;
    static final int MIDDLE = 4;

    static final List<String> LOCATIONS = List.of("centre", "left", "right", "cue", "middle");
    static final List<String> REWARD_CONDITIONS = List.of("reward_left", "reward_right");
    static final List<String> REWARD_OUTCOMES = List.of("none", "reward", "punishment");

    private TMazeModels() {
    }

    /**
     * The reward outcome column of arm {@code loc} under condition {@code c} (levels none,
     * reward, punishment), pymdp's {@code _set_reward_outcome}.
     */
    private static void rewardOutcome(TensorBuilder a, int loc, int c, TMazeConfig config) {
        double r = config.rewardProbability();
        double q = config.punishmentProbability();
        if (loc == c + 1) {
            a.set(r, 1, loc, c);
            if (config.dependentOutcomes()) {
                a.set(1 - r, 2, loc, c);
            } else {
                a.set(1 - r, 0, loc, c);
            }
        } else if (config.dependentOutcomes()) {
            a.set(r, 2, loc, c);
            a.set(1 - r, 1, loc, c);
        } else {
            a.set(q, 2, loc, c);
            a.set(1 - q, 0, loc, c);
        }
    }

    private static DoubleTensor rewardConditionPrior(TMazeConfig config) {
        return config.rewardCondition() == null ? TensorBuilder.uniform(2)
                : TensorBuilder.oneHot(config.rewardCondition(), 2);
    }

    /** The classic T-maze: 5 locations, adjacent moves, separate cue modality. */
    static GenerativeProcess classic(TMazeConfig config) {
        int n = 5;
        TensorBuilder reward = TensorBuilder.zeros(3, n, 2);
        TensorBuilder cue = TensorBuilder.zeros(3, n, 2);
        for (int loc = 0; loc < n; loc++) {
            for (int c = 0; c < 2; c++) {
                if (loc == CENTRE || loc == MIDDLE) {
                    reward.set(1.0, 0, loc, c);
                    cue.set(1.0, 0, loc, c);
                } else if (loc == CUE) {
                    reward.set(1.0, 0, loc, c);
                    cue.set(config.cueValidity(), c + 1, loc, c);
                    cue.set(1 - config.cueValidity(), (1 - c) + 1, loc, c);
                } else {
                    rewardOutcome(reward, loc, c, config);
                    cue.set(1.0, 0, loc, c);
                }
            }
        }
        int[][] connections = {{CENTRE, CUE}, {CUE, CENTRE}, {CENTRE, MIDDLE}, {MIDDLE, CENTRE}, {MIDDLE, LEFT},
                {LEFT, MIDDLE}, {MIDDLE, RIGHT}, {RIGHT, MIDDLE}};
        TensorBuilder b = TensorBuilder.zeros(n, n, n);
        for (int from = 0; from < n; from++) {
            for (int action = 0; action < n; action++) {
                boolean allowed = false;
                for (int[] c : connections) {
                    allowed |= c[0] == from && c[1] == action;
                }
                if (allowed) {
                    b.set(1.0, action, from, action);
                } else {
                    b.set(1.0, from, from, action);
                }
            }
        }
        GenerativeProcess.Labels labels = new GenerativeProcess.Labels(List.of("location", "reward_condition"),
                List.of("location", "reward", "cue"), List.of(LOCATIONS, REWARD_CONDITIONS),
                List.of(LOCATIONS, REWARD_OUTCOMES, List.of("none", "cue_left", "cue_right")),
                List.of(List.of("go_centre", "go_left", "go_right", "go_cue", "go_middle"), List.of("none")));
        return new GenerativeProcess(List.of(TensorBuilder.identity(n), reward.build(), cue.build()),
                List.of(b.build(), TensorBuilder.staticTransition(2)),
                List.of(TensorBuilder.oneHot(CENTRE, n), rewardConditionPrior(config)),
                new int[][] {{0}, {0, 1}, {0, 1}}, new int[][] {{0}, {1}}, labels);
    }

    /** The simplified T-maze: 4 locations, fully connected, cue embedded in the location modality. */
    static GenerativeProcess simplified(TMazeConfig config) {
        int n = 4;
        int cuedLeft = CUE;
        int cuedRight = CUE + 1;
        TensorBuilder location = TensorBuilder.zeros(5, n, 2);
        TensorBuilder reward = TensorBuilder.zeros(3, n, 2);
        for (int loc = 0; loc < n; loc++) {
            for (int c = 0; c < 2; c++) {
                if (loc == CENTRE) {
                    location.set(1.0, 0, loc, c);
                    reward.set(1.0, 0, loc, c);
                } else if (loc == CUE) {
                    if (c == 0) {
                        location.set(config.cueValidity(), cuedLeft, loc, c);
                        location.set(1 - config.cueValidity(), cuedRight, loc, c);
                    } else {
                        location.set(config.cueValidity(), cuedRight, loc, c);
                        location.set(1 - config.cueValidity(), cuedLeft, loc, c);
                    }
                    reward.set(1.0, 0, loc, c);
                } else {
                    location.set(1.0, loc, loc, c);
                    rewardOutcome(reward, loc, c, config);
                }
            }
        }
        TensorBuilder b = TensorBuilder.zeros(n, n, n);
        for (int action = 0; action < n; action++) {
            for (int from = 0; from < n; from++) {
                b.set(1.0, action, from, action);
            }
        }
        GenerativeProcess.Labels labels = new GenerativeProcess.Labels(List.of("location", "reward_condition"),
                List.of("location_cue", "reward"), List.of(LOCATIONS.subList(0, n), REWARD_CONDITIONS),
                List.of(List.of("centre", "left", "right", "cue_left", "cue_right"), REWARD_OUTCOMES),
                List.of(List.of("go_centre", "go_left", "go_right", "go_cue"), List.of("none")));
        return new GenerativeProcess(List.of(location.build(), reward.build()),
                List.of(b.build(), TensorBuilder.staticTransition(2)),
                List.of(TensorBuilder.oneHot(CENTRE, n), rewardConditionPrior(config)),
                new int[][] {{0, 1}, {0, 1}}, new int[][] {{0}, {1}}, labels);
    }
}
