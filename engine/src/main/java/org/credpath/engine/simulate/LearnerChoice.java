package org.credpath.engine.simulate;

import java.util.Locale;

/**
 * A simulated learner's behaviour model: {@link ChoiceModel} (v1, v2: one additive utility over
 * every credential) or {@link TwoStageChoice} (v3: a consideration set, then a choice with hard
 * caps). See docs/ranking.md.
 */
public sealed interface LearnerChoice permits ChoiceModel, TwoStageChoice {

    String name();

    /** Probability that a learner looks at the item shown at 1-based {@code position}. */
    double examination(int position);

    static LearnerChoice named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "v1" -> ChoiceModel.V1;
            case "v2" -> ChoiceModel.V2;
            case "v3" -> TwoStageChoice.V3;
            default -> throw new IllegalArgumentException("--choice-model must be v1, v2 or v3, got '" + name + "'");
        };
    }
}
