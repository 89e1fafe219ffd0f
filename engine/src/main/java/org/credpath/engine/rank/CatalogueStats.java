package org.credpath.engine.rank;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.events.Event;

/**
 * Catalogue-level facts the features need: enrolment popularity (from training events only),
 * labour-market demand per skill, and which credentials stack into which qualification.
 */
public final class CatalogueStats {

    private final Map<String, Integer> enrolments;
    private final Map<String, Integer> impressions = new HashMap<>();
    private final Map<String, Integer> clicks = new HashMap<>();
    private final double meanClickRate;
    private final Map<String, Double> skillDemand;
    private final Map<String, Set<String>> qualificationParts;

    /**
     * @param skillDemand demand weight per ESCO skill URI in [0, 1] (absent = 0)
     */
    public CatalogueStats(Collection<Credential> catalogue, Collection<Event> trainingEvents,
            Map<String, Double> skillDemand) {
        this.enrolments = new HashMap<>();
        long shown = 0;
        long clicked = 0;
        for (Event e : trainingEvents) {
            switch (e.type()) {
                case ENROL -> enrolments.merge(e.credentialId(), 1, Integer::sum);
                case IMPRESSION -> {
                    impressions.merge(e.credentialId(), 1, Integer::sum);
                    shown++;
                }
                case CLICK -> {
                    clicks.merge(e.credentialId(), 1, Integer::sum);
                    clicked++;
                }
                default -> { }
            }
        }
        this.meanClickRate = shown == 0 ? 0 : (double) clicked / shown;
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

    /**
     * Click-through rate of a credential in the training events, shrunk toward the catalogue mean
     * with the weight of {@link #PRIOR_IMPRESSIONS} impressions (credentials never shown get the mean).
     */
    public double clickRate(String credentialId) {
        return (clicks.getOrDefault(credentialId, 0) + PRIOR_IMPRESSIONS * meanClickRate)
                / (impressions.getOrDefault(credentialId, 0) + PRIOR_IMPRESSIONS);
    }

    /** Strength of the prior in {@link #clickRate(String)}. */
    public static final double PRIOR_IMPRESSIONS = 20;

    public double demand(String skillUri) {
        return skillDemand.getOrDefault(skillUri, 0.0);
    }

    /** Credential ids that stack into {@code qualificationId} (empty when unknown). */
    public Set<String> partsOf(String qualificationId) {
        return qualificationParts.getOrDefault(qualificationId, Set.of());
    }
}
