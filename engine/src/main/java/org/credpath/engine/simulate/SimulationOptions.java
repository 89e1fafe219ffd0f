package org.credpath.engine.simulate;

/**
 * @param learners          number of learners to simulate
 * @param seed              master seed; learner {@code i} uses a generator split from it
 * @param choiceModel       the behaviour model
 * @param listSize          items per recommendation list
 * @param minSessions       fewest sessions per learner
 * @param maxSessions       most sessions per learner
 * @param logging           the policy that chose the recommended lists
 * @param searchShare       share of sessions in which the learner searches instead of opening the
 *                          recommendations: the list is then the top of their own utility plus
 *                          query noise ({@code LearnerSimulator.SEARCH_NOISE}), in that order
 */
public record SimulationOptions(int learners, long seed, LearnerChoice choiceModel, int listSize, int minSessions,
        int maxSessions, LoggingPolicy logging, double searchShare) {

    public SimulationOptions {
        if (learners < 1) {
            throw new IllegalArgumentException("--learners must be >= 1, got " + learners);
        }
        if (listSize < 2) {
            throw new IllegalArgumentException("list size must be >= 2, got " + listSize);
        }
        if (minSessions < 1 || maxSessions < minSessions) {
            throw new IllegalArgumentException("sessions per learner must satisfy 1 <= min <= max, got "
                    + minSessions + ".." + maxSessions);
        }
        if (!(searchShare >= 0 && searchShare <= 1)) {
            throw new IllegalArgumentException("--search-share must lie in [0, 1], got " + searchShare);
        }
        if (choiceModel == null || logging == null) {
            throw new IllegalArgumentException("choice model and logging policy are required");
        }
    }

    /** Lists of 10, 3-8 sessions, the {@link LoggingPolicy#MIXED} logger, no search. */
    public static SimulationOptions of(int learners, long seed, LearnerChoice model) {
        return of(learners, seed, model, LoggingPolicy.MIXED, 0);
    }

    public static SimulationOptions of(int learners, long seed, LearnerChoice model, LoggingPolicy logging,
            double searchShare) {
        return new SimulationOptions(learners, seed, model, 10, 3, 8, logging, searchShare);
    }
}
