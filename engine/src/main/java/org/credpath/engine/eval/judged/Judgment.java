package org.credpath.engine.eval.judged;

/**
 * One graded (learner, credential) pair ({@code datasets/judged/judgments/slice-N.jsonl}); grades
 * follow {@code datasets/judged/RUBRIC.md}.
 *
 * @param grade     0 (not useful) to 3 (excellent next step)
 * @param rationale the assessor's one-line reason
 * @param assessor  who graded it
 */
public record Judgment(String learnerId, String credentialId, int grade, String rationale, String assessor) {

    /** The highest grade. */
    public static final int MAX_GRADE = 3;
    /** Grades at or above this count as relevant for precision. */
    public static final int RELEVANT_GRADE = 2;

    public Judgment {
        JudgedLearner.requireText("learnerId", learnerId);
        JudgedLearner.requireText("credentialId", credentialId);
        if (grade < 0 || grade > MAX_GRADE) {
            throw new IllegalArgumentException("grade: must be an integer 0-3, got " + grade);
        }
        JudgedLearner.requireText("rationale", rationale);
        if (rationale.contains("\n")) {
            throw new IllegalArgumentException("rationale: must be one line");
        }
        JudgedLearner.requireText("assessor", assessor);
    }
}
