package org.credpath.engine.recommend;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.learner.Learner;
import org.credpath.engine.text.CredentialLanguage;

/**
 * The learner's own constraints on retrieved candidates, counted by reason so that a short or
 * empty answer can say what removed what: credentials already held, other editions of a held
 * credential or of one already kept (same provider, and the same title once bracketed parts such
 * as "(Português)", case, accents and punctuation are dropped), taught in a language the learner
 * did not list ({@link CredentialLanguage}; English when they list none), over the budget, and
 * longer than the learner's time (hours a week x deadline weeks).
 * An unknown cost or length is never read as 0: such a credential is kept, and the explanation
 * says the figure is unknown. The budget removes what the provider prices above it; a price that is
 * only estimated (e.g. a subscription guessed from the hours, for a listing that states no price and
 * may be free to audit) is not the provider's, so a credential estimated above the budget is kept like
 * an unknown one, with a warning, and both are left out on request ({@code excludeUnknownCost}).
 * (On the judged development half, removing estimates above a zero budget left budget-0 learners
 * with nothing relevant: docs/ranking.md.)
 */
final class CandidateFilter {

    static final String HELD = "already held";
    static final String EDITION = "another edition of a held or already listed credential";
    static final String LANGUAGE = "taught in a language you did not list (languages; default English)";
    static final String BUDGET = "over the budget";
    static final String TIME = "longer than hours a week x deadline weeks";
    static final String UNKNOWN_COST = "of unknown cost, or estimated above the budget (excluded on request:"
            + " excludeUnknownCost)";

    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /**
     * Characters of remembered titles, providers and their edition keys, at most (bounded by size, not count: a
     * tenant's titles may be long).
     */
    static final long EDITION_KEY_CHARS = 8_000_000;
    private static final Cache<String, String> EDITION_KEYS_CACHE = Caffeine.newBuilder()
            .maximumWeight(EDITION_KEY_CHARS).weigher((String text, String key) -> text.length() + key.length())
            .build();

    private final Learner learner;
    private final Double costLimit;
    private final boolean excludeUnknownCost;
    private final Set<String> heldEditions;
    private final Set<String> keptEditions = new HashSet<>();
    private final Map<String, Integer> removed = new LinkedHashMap<>();

    CandidateFilter(Learner learner, List<Credential> held) {
        this(learner, held, RecommendFilters.none());
    }

    /** @param held the learner's held credentials that the catalogue knows */
    CandidateFilter(Learner learner, List<Credential> held, RecommendFilters filters) {
        this.learner = learner;
        this.costLimit = costLimit(learner, filters).orElse(null);
        this.excludeUnknownCost = filters.excludesUnknownCost();
        this.heldEditions = new HashSet<>();
        held.forEach(c -> heldEditions.add(edition(c)));
        for (String r : List.of(HELD, EDITION, LANGUAGE, BUDGET, UNKNOWN_COST, TIME)) {
            removed.put(r, 0);
        }
    }

    /** The candidates that pass, in their order. */
    List<Credential> apply(List<Credential> retrieved) {
        List<Credential> out = new ArrayList<>();
        for (Credential c : retrieved) {
            String reason = reason(c);
            if (reason == null) {
                keptEditions.add(edition(c));
                out.add(c);
            } else {
                removed.merge(reason, 1, Integer::sum);
            }
        }
        return out;
    }

    private String reason(Credential c) {
        if (learner.heldCredentials().contains(c.id())) {
            return HELD;
        }
        String e = edition(c);
        if (heldEditions.contains(e) || keptEditions.contains(e)) {
            return EDITION;
        }
        if (CredentialLanguage.of(c).filter(l -> !learner.studyLanguages().contains(l)).isPresent()) {
            return LANGUAGE;
        }
        if (costLimit != null) {
            org.credpath.engine.catalog.Cost cost = c.cost();
            if (cost.state() == org.credpath.engine.catalog.Cost.State.KNOWN && cost.exceeds(costLimit)) {
                return BUDGET;
            }
            if (uncertainForBudget(cost, costLimit) && excludeUnknownCost) {
                return UNKNOWN_COST;
            }
        }
        Double available = availableHours(learner);
        if (available != null && c.hours() != null && c.hours() > available) {
            return TIME;
        }
        return null;
    }

    /** A cost the budget cannot judge: unknown, or an estimate above the limit. */
    static boolean uncertainForBudget(org.credpath.engine.catalog.Cost cost, double limit) {
        return !cost.isKnownOrEstimated()
                || cost.state() == org.credpath.engine.catalog.Cost.State.ESTIMATED && cost.exceeds(limit);
    }

    /** The tighter of the learner's budget and the request's maxCostUsd, if either is given. */
    static java.util.Optional<Double> costLimit(Learner l, RecommendFilters f) {
        Double a = l.budgetUsd();
        Double b = f == null ? null : f.maxCostUsd();
        return a == null && b == null ? java.util.Optional.empty()
                : java.util.Optional.of(a == null ? b : b == null ? a : Math.min(a, b));
    }

    /** Study hours until the deadline, or null when either figure is not given. */
    static Double availableHours(Learner l) {
        return l.hoursPerWeek() == null || l.deadlineWeeks() == null ? null : l.hoursPerWeek() * l.deadlineWeeks();
    }

    /** Removals by reason, only the reasons that removed something. */
    Map<String, Integer> removed() {
        Map<String, Integer> out = new LinkedHashMap<>();
        removed.forEach((r, n) -> {
            if (n > 0) {
                out.put(r, n);
            }
        });
        return out;
    }

    /** A credential's edition key: its provider and {@link #edition(String)} of its title. */
    static String edition(Credential c) {
        return (c.provider() == null ? "" : edition(c.provider())) + "|" + edition(c.title());
    }

    /**
     * A title's edition key: lower case, accents, bracketed parts and punctuation removed. Remembered per text (at
     * most {@value #EDITION_KEY_CHARS} characters in all): every request asks again for the titles of its few hundred candidates.
     */
    static String edition(String title) {
        return EDITION_KEYS_CACHE.get(title, CandidateFilter::editionKey);
    }

    private static String editionKey(String title) {
        String t = BRACKETED.matcher(title).replaceAll(" ");
        t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
        return NON_WORD.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
