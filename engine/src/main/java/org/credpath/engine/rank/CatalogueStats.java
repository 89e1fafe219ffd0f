package org.credpath.engine.rank;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.events.Event;
import org.credpath.engine.events.EventType;

/**
 * Catalogue-level facts the features need: enrolment popularity (from training events only),
 * labour-market demand per skill, and which credentials stack into which qualification.
 */
public final class CatalogueStats {

    private final Map<String, Integer> enrolments;
    private final Map<String, Double> skillDemand;
    private final Map<String, Set<String>> qualificationParts;

    /**
     * @param skillDemand demand weight per ESCO skill URI in [0, 1] (absent = 0)
     */
    public CatalogueStats(Collection<Credential> catalogue, Collection<Event> trainingEvents,
            Map<String, Double> skillDemand) {
        this.enrolments = new HashMap<>();
        for (Event e : trainingEvents) {
            if (e.type() == EventType.ENROL) {
                enrolments.merge(e.credentialId(), 1, Integer::sum);
            }
        }
        this.skillDemand = Map.copyOf(skillDemand);
        this.qualificationParts = new HashMap<>();
        for (Credential c : catalogue) {
            for (Credential.StackLink link : c.stacksInto()) {
                qualificationParts.computeIfAbsent(link.qualificationId(), k -> new HashSet<>()).add(c.id());
            }
        }
    }

    public int enrolments(String credentialId) {
        return enrolments.getOrDefault(credentialId, 0);
    }

    public double demand(String skillUri) {
        return skillDemand.getOrDefault(skillUri, 0.0);
    }

    /** Credential ids that stack into {@code qualificationId} (empty when unknown). */
    public Set<String> partsOf(String qualificationId) {
        return qualificationParts.getOrDefault(qualificationId, Set.of());
    }

    /** Qualification ids with their parts, for tests and reports. */
    public List<String> qualifications() {
        return List.copyOf(qualificationParts.keySet());
    }
}
