package org.credpath.engine.rank;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.events.Event;
import org.credpath.engine.events.FeedbackCounts;
import org.credpath.engine.events.FeedbackTally;

/**
 * Catalogue-level facts the features need: enrolment popularity and click rate (from the training
 * events; at serving a tenant's stored events are passed per request instead),
 * labour-market demand per skill, and which credentials stack into which qualification.
 */
public final class CatalogueStats {

    private final FeedbackCounts feedback;
    private final Map<String, Double> skillDemand;
    private final Map<String, Set<String>> qualificationParts;
    private final double medianPricedCostUsd;

    /**
     * @param skillDemand demand weight per ESCO skill URI in [0, 1] (absent = 0)
     */
    public CatalogueStats(Collection<Credential> catalogue, Collection<Event> trainingEvents,
            Map<String, Double> skillDemand) {
        this.feedback = FeedbackTally.of(trainingEvents);
        this.skillDemand = Map.copyOf(skillDemand);
        this.medianPricedCostUsd = org.credpath.engine.catalog.CostPolicy.medianPricedUsd(catalogue);
        this.qualificationParts = new HashMap<>();
        for (Credential c : catalogue) {
            for (Credential.StackLink link : c.stacksInto()) {
                qualificationParts.computeIfAbsent(link.qualificationId(), k -> new HashSet<>()).add(c.id());
            }
        }
    }

    /**
     * Median cost of the catalogue's priced credentials (known or estimated, {@code CostPolicy}); the raw value
     * the ranking features give a credential of unknown cost (never 0 USD). One Coursera month when nothing is
     * priced ({@link org.credpath.engine.catalog.CostPolicy#medianPricedUsd}, stated in docs/ranking.md).
     */
    public double medianPricedCostUsd() {
        return medianPricedCostUsd;
    }

    /** Counts of the training events (at serving, where no training log is shipped: none). */
    public FeedbackCounts feedback() {
        return feedback;
    }

    public long enrolments(String credentialId) {
        return feedback.enrolments(credentialId);
    }

    /** Click-through rate in the training events ({@link FeedbackCounts#clickRate}). */
    public double clickRate(String credentialId) {
        return feedback.clickRate(credentialId);
    }

    public double demand(String skillUri) {
        return skillDemand.getOrDefault(skillUri, 0.0);
    }

    /** Credential ids that stack into {@code qualificationId} (empty when unknown). */
    public Set<String> partsOf(String qualificationId) {
        return qualificationParts.getOrDefault(qualificationId, Set.of());
    }
}
