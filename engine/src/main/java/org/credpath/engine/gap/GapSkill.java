package org.credpath.engine.gap;

import java.util.List;

/**
 * A skill the learner lacks for the target occupation.
 *
 * @param weight        importance x demand; the planner's objective weight
 * @param demandSignals readable reasons for the weight, e.g. "essential", "O*NET hot technology"
 */
public record GapSkill(String uri, String label, boolean essential, double weight, List<String> demandSignals) {
    public GapSkill {
        if (!(weight > 0)) {
            throw new IllegalArgumentException("weight: must be > 0, got " + weight + " (" + uri + ")");
        }
        demandSignals = List.copyOf(demandSignals);
    }
}
