package org.credpath.engine.simulate;

/**
 * @param learners          number of learners to simulate
 * @param seed              master seed; learner {@code i} uses a generator split from it
 * @param choiceModel       the behaviour model
 * @param listSize          items per recommendation list
 * @param minSessions       fewest sessions per learner
 * @param maxSessions       most sessions per learner
 * @param logging           the policy that chose the shown lists
 */
public record SimulationOptions(int learners, long seed, ChoiceModel choiceModel, int listSize, int minSessions,
        int maxSessions, LoggingPolicy logging) {

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
        if (choiceModel == null || logging == null) {
            throw new IllegalArgumentException("choice model and logging policy are required");
        }
    }

    /** Lists of 10, 3-8 sessions, the {@link LoggingPolicy#MIXED} logger. */
    public static SimulationOptions of(int learners, long seed, ChoiceModel model) {
        return of(learners, seed, model, LoggingPolicy.MIXED);
    }

    public static SimulationOptions of(int learners, long seed, ChoiceModel model, LoggingPolicy logging) {
        return new SimulationOptions(learners, seed, model, 10, 3, 8, logging);
    }
}
