package org.credpath.engine.rank;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.Level;
import org.credpath.engine.labour.esco.SkillRelation;
import org.credpath.engine.learner.Learner;

/**
 * Builds the {@link LearnerProfile} the features see from a {@link Learner} plus the credentials
 * gained since the profile was written (held credentials add their skills).
 */
public final class ProfileResolver {

    private final OccupationSkills occupations;
    private final Map<String, Credential> catalogue;

    public ProfileResolver(OccupationSkills occupations, Map<String, Credential> catalogue) {
        this.occupations = occupations;
        this.catalogue = catalogue;
    }

    /**
     * @param gained credential ids enrolled in since the learner record was written (treated as held)
     */
    public LearnerProfile profile(Learner learner, Collection<String> gained) {
        Set<String> held = new HashSet<>(learner.heldCredentials());
        held.addAll(gained);
        Set<String> skills = new HashSet<>(learner.skills());
        for (String id : held) {
            Credential c = catalogue.get(id);
            if (c != null) {
                skills.addAll(c.skills());
            }
        }
        String target = learner.targetOccupation() != null ? learner.targetOccupation() : learner.currentOccupation();
        Set<String> essential = new HashSet<>(occupations.skillsOf(target, SkillRelation.ESSENTIAL));
        Set<String> optional = new HashSet<>(occupations.skillsOf(target, SkillRelation.OPTIONAL));
        int essentialTotal = essential.size();
        essential.removeAll(skills);
        optional.removeAll(skills);
        double progress = essentialTotal == 0 ? 0 : 1.0 - (double) essential.size() / essentialTotal;
        return new LearnerProfile(learner.id(), held, skills, essential, optional, learner.budgetUsd(),
                learner.hoursPerWeek(), learner.deadlineWeeks(), levelFor(progress));
    }

    /** Introductory below 25 % of the target's essential skills, advanced from 60 %. */
    static Level levelFor(double progress) {
        if (progress < 0.25) {
            return Level.INTRODUCTORY;
        }
        return progress < 0.6 ? Level.INTERMEDIATE : Level.ADVANCED;
    }
}
