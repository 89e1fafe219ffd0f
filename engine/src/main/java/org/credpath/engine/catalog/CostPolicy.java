package org.credpath.engine.catalog;

import java.util.Locale;
import java.util.Set;

/**
 * The one rule that prices a credential, used by the planner, the recommender, the ranker's features
 * and the API alike (docs/returns.md, "Costs"):
 * <ul>
 *   <li><b>known</b>: the record states {@code costUsd} (edX: the verified-certificate price);</li>
 *   <li><b>estimated</b>: a Coursera course, specialization or professional certificate with known
 *       hours (the 2023 listing has no prices): Coursera's subscription of {@value #COURSERA_MONTHLY_USD}
 *       USD a month x the months it takes at the listing's assumed {@value #PACE_HOURS_PER_WEEK} hours a
 *       week, at least one month;</li>
 *   <li><b>unknown</b>: anything else (degrees and university certificates charge tuition the listing
 *       does not give); never taken as 0.</li>
 * </ul>
 */
public final class CostPolicy {

    /** Coursera's usual monthly subscription for a course/specialization certificate (USD, assumption). */
    public static final double COURSERA_MONTHLY_USD = 49;
    /** Study pace behind the Coursera listing's durations (hours a week), as in CourseraListing. */
    public static final double PACE_HOURS_PER_WEEK = 6;
    static final double WEEKS_PER_MONTH = 52.0 / 12;

    private static final Set<CredentialType> SUBSCRIPTION = Set.of(CredentialType.COURSE,
            CredentialType.SPECIALIZATION, CredentialType.PROFESSIONAL_CERTIFICATE);

    private CostPolicy() {
    }

    public static Cost of(Credential c) {
        if (c.costUsd() != null) {
            return Cost.known(c.costUsd(), source(c));
        }
        int months = subscriptionMonths(c);
        if (months > 0) {
            return Cost.estimated(months * COURSERA_MONTHLY_USD, String.format(Locale.ROOT,
                    "estimated: Coursera subscription %.0f USD/month x %d month%s (%.0f h at %.0f h/week);"
                            + " the listing states no price", COURSERA_MONTHLY_USD, months, months == 1 ? "" : "s",
                    c.hours(), PACE_HOURS_PER_WEEK));
        }
        return Cost.unknown(coursera(c) ? "unknown: the Coursera listing states no price"
                + (c.hours() == null ? " nor length" : " and tuition for a " + c.credentialType().value() + " varies")
                : "unknown: the source states no price");
    }

    /**
     * The amount of {@link #of}'s cost (known or estimated), or null when it is unknown; the same rule without
     * building the basis text (for hot paths such as the ranking features).
     */
    public static Double amount(Credential c) {
        if (c.costUsd() != null) {
            return c.costUsd();
        }
        int months = subscriptionMonths(c);
        return months > 0 ? months * COURSERA_MONTHLY_USD : null;
    }

    /**
     * The median known or estimated cost ({@link #amount}) of {@code credentials}: the price assumed for a
     * credential of unknown cost where a number is needed (ranking features, simulated learners), never 0 USD.
     * One month of Coursera's subscription ({@value #COURSERA_MONTHLY_USD} USD) when nothing is priced.
     */
    public static double medianPricedUsd(java.util.Collection<Credential> credentials) {
        double[] priced = credentials.stream().map(CostPolicy::amount).filter(java.util.Objects::nonNull)
                .mapToDouble(Double::doubleValue).sorted().toArray();
        if (priced.length == 0) {
            return COURSERA_MONTHLY_USD;
        }
        int m = priced.length / 2;
        return priced.length % 2 == 1 ? priced[m] : (priced[m - 1] + priced[m]) / 2;
    }

    /** Months of Coursera subscription the estimate charges, or 0 when the rule does not apply. */
    private static int subscriptionMonths(Credential c) {
        if (coursera(c) && SUBSCRIPTION.contains(c.credentialType()) && c.hours() != null && c.hours() > 0) {
            return (int) Math.max(1, Math.ceil(c.hours() / (PACE_HOURS_PER_WEEK * WEEKS_PER_MONTH) - 1e-9));
        }
        return 0;
    }

    private static boolean coursera(Credential c) {
        return c.id().startsWith("coursera:");
    }

    private static String source(Credential c) {
        if (c.id().startsWith("edx:")) {
            return "listed: edX verified-certificate price";
        }
        return "listed: costUsd in the catalogue record" + (c.provider() == null ? "" : " (" + c.provider() + ")");
    }
}
