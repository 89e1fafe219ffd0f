package org.credpath.engine.simulate;

import java.util.HashSet;
import java.util.Set;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.Level;
import org.credpath.engine.learner.Learner;

/** A learner's evolving state during simulation: skills and credentials grow as they enrol. */
final class SimulatedLearner {

    private final Learner record;
    private final Set<String> skills;
    private final Set<String> held = new HashSet<>();
    private final Set<String> targetEssential;
    private final Set<String> targetOptional;
    /** Choice model v3 only: the learner's favourite provider (null otherwise). */
    private String favouriteProvider;
    /** Choice model v3 only: catalogue indexes whose text matches the learner's goal (null otherwise). */
    private java.util.BitSet textMatch;

    SimulatedLearner(Learner record, Set<String> skills, Set<String> targetEssential, Set<String> targetOptional) {
        this.record = record;
        this.skills = new HashSet<>(skills);
        this.targetEssential = Set.copyOf(targetEssential);
        this.targetOptional = Set.copyOf(targetOptional);
    }

    /** The learner as written to learners.jsonl: the state before any simulated session. */
    Learner record() {
        return record;
    }

    Set<String> skills() {
        return skills;
    }

    Set<String> held() {
        return held;
    }

    Set<String> targetEssential() {
        return targetEssential;
    }

    Set<String> targetOptional() {
        return targetOptional;
    }

    String favouriteProvider() {
        return favouriteProvider;
    }

    void favouriteProvider(String provider) {
        favouriteProvider = provider;
    }

    java.util.BitSet textMatch() {
        return textMatch;
    }

    void textMatch(java.util.BitSet matches) {
        textMatch = matches;
    }

    void gain(Credential c) {
        held.add(c.id());
        skills.addAll(c.skills());
    }

    /** Level steps between {@code level} and the level that fits the learner's progress (1 when unknown). */
    int levelSteps(Level level) {
        if (level == null) {
            return 1;
        }
        long covered = targetEssential.stream().filter(skills::contains).count();
        double progress = targetEssential.isEmpty() ? 0 : (double) covered / targetEssential.size();
        Level preferred = progress < 0.25 ? Level.INTRODUCTORY : progress < 0.6 ? Level.INTERMEDIATE : Level.ADVANCED;
        return Math.abs(preferred.ordinal() - level.ordinal());
    }
}
