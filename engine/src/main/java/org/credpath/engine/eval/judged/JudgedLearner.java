package org.credpath.engine.eval.judged;

import java.util.Objects;

import org.credpath.engine.learner.Learner;

/**
 * One learner of the judged set ({@code datasets/judged/learners.jsonl}).
 *
 * @param id       the learner id, equal to {@code learner.id()}
 * @param split    dev (tuning) or test (reported figures)
 * @param group    the ESCO major group of the learner's current occupation, e.g. {@code Managers}
 * @param scenario one line: who the learner is and what they want (read by the assessors)
 * @param learner  the profile in the exchange format, as sent to the recommender
 */
public record JudgedLearner(String id, Split split, String group, String scenario, Learner learner) {

    public JudgedLearner {
        requireText("id", id);
        Objects.requireNonNull(split, "split");
        requireText("group", group);
        requireText("scenario", scenario);
        Objects.requireNonNull(learner, "learner");
        if (!id.equals(learner.id())) {
            throw new IllegalArgumentException("learner.id: must equal id \"" + id + "\", got "
                    + (learner.id() == null ? "none" : "\"" + learner.id() + "\""));
        }
    }

    static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": must be a non-blank string");
        }
    }
}
