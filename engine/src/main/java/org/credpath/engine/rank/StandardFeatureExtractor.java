package org.credpath.engine.rank;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import com.github.benmanes.caffeine.cache.Cache;

import org.credpath.engine.cache.NamedCaches;
import org.credpath.engine.catalog.Credential;
import org.credpath.engine.events.FeedbackCounts;
import org.credpath.engine.catalog.Level;

/**
 * The shared feature set. Every column is a property of (learner, credential) that carries over
 * to unseen catalogues; no credential ids. BM25 of the gap against the credential text is not a
 * feature yet (the catalogue index scores top hits, not every candidate); it is left out rather than faked.
 */
public final class StandardFeatureExtractor implements FeatureExtractor {

    /** Column names, in order. */
    public static final List<String> NAMES = List.of(
            "gap_essential_coverage", "gap_essential_count", "gap_optional_coverage",
            "new_skill_demand", "known_skill_share", "skill_count", "log_cost", "cost_over_budget",
            "cost_unknown", "hours_over_available", "log_hours", "level_fit", "level_known", "prerequisites_met",
            "stack_progress", "popularity", "click_rate", "new_skill_premium", "completion_probability",
            "gap_embedding_cosine");

    /**
     * Missing-value encoding: the indicator column -> the value columns it marks missing. A credential whose
     * cost is unknown ({@link org.credpath.engine.catalog.CostPolicy}) gets {@code cost_unknown} = 1 and, in the
     * raw matrix, the catalogue's median priced cost ({@link CatalogueStats#medianPricedCostUsd()}) in
     * {@code log_cost} and {@code cost_over_budget}; the DL4J ranker's normaliser scores those two as exactly
     * their training mean ({@link FeatureNormalizer}). Never 0 USD. Estimated costs use their estimate.
     */
    public static final Map<String, List<String>> IMPUTED = Map.of("cost_unknown",
            List.of("log_cost", "cost_over_budget"));

    private final CatalogueStats stats;
    private final LearnerSignals signals;
    /** Most distinct skill lists whose mean vectors are kept (a tenant may add many credentials). */
    static final int VECTOR_CACHE_LIMIT = 100_000;
    /**
     * Mean skill vectors by the credential's skill list (not its id: a tenant's credential may share
     * a shipped id, and an update may change the skills).
     */
    private final Cache<List<String>, Optional<float[]>> credentialVectors = NamedCaches.build("credential-vectors",
            VECTOR_CACHE_LIMIT);

    public StandardFeatureExtractor(CatalogueStats stats, LearnerSignals signals) {
        this.stats = stats;
        this.signals = signals;
    }

    @Override
    public List<String> featureNames() {
        return NAMES;
    }

    @Override
    public float[][] extract(LearnerProfile learner, List<Credential> candidates) {
        return extract(learner, candidates, stats.feedback());
    }

    @Override
    public float[][] extract(LearnerProfile learner, List<Credential> candidates, FeedbackCounts feedback) {
        float[][] rows = new float[candidates.size()][];
        Optional<float[]> gap = meanVector(learner.gapEssential());
        ToDoubleFunction<Credential> completion = signals.completionFor(learner);
        for (int i = 0; i < rows.length; i++) {
            Credential c = candidates.get(i);
            Optional<float[]> cv = credentialVector(c);
            rows[i] = row(learner, c, gap.isPresent() && cv.isPresent() ? cosine(gap.get(), cv.get()) : 0,
                    completion.applyAsDouble(c), feedback);
        }
        return rows;
    }

    private Optional<float[]> credentialVector(Credential c) {
        return credentialVectors.get(c.skills(), this::meanVector);
    }

    float[] row(LearnerProfile p, Credential c, double gapCosine, double completion, FeedbackCounts feedback) {
        SkillCounts k = SkillCounts.of(p, c.skills(), stats, signals);
        int n = c.skills().size();
        Double priced = org.credpath.engine.catalog.CostPolicy.amount(c);
        double cost = priced != null ? priced : stats.medianPricedCostUsd();
        double hours = c.hours() == null ? 0 : c.hours();
        Double available = p.hoursAvailable();
        return new float[] {
            (float) ((double) k.essential() / Math.max(1, p.gapEssential().size())),
            (float) Math.log1p(k.essential()),
            (float) ((double) k.optional() / Math.max(1, p.gapOptional().size())),
            (float) (k.newDemand() / Math.max(1, n)),
            (float) ((double) k.known() / Math.max(1, n)),
            (float) Math.log1p(n),
            (float) Math.log1p(cost),
            (float) (p.budgetUsd() == null ? 0 : Math.min(5, cost / Math.max(1, p.budgetUsd()))),
            priced == null ? 1f : 0f,
            (float) (available == null ? 0 : Math.min(5, hours / Math.max(1, available))),
            (float) Math.log1p(hours),
            (float) levelFit(p.preferredLevel(), c.level()),
            c.level() == null ? 0f : 1f,
            (float) prerequisitesMet(p.held(), c.prerequisites()),
            (float) stackProgress(p.held(), c),
            (float) Math.log1p(feedback.enrolments(c.id())),
            (float) feedback.clickRate(c.id()),
            (float) k.premium(),
            (float) completion,
            (float) gapCosine,
        };
    }

    /** How a credential's skills relate to the learner: gap hits, known skills, demand and premium of new ones. */
    private record SkillCounts(int essential, int optional, int known, double newDemand, double premium) {

        static SkillCounts of(LearnerProfile p, List<String> skills, CatalogueStats stats, LearnerSignals signals) {
            int ess = 0;
            int opt = 0;
            int known = 0;
            double newDemand = 0;
            double premium = 0;
            for (String s : skills) {
                if (p.gapEssential().contains(s)) {
                    ess++;
                } else if (p.gapOptional().contains(s)) {
                    opt++;
                }
                if (p.skills().contains(s)) {
                    known++;
                } else {
                    newDemand += stats.demand(s);
                    premium += signals.premium(s);
                }
            }
            return new SkillCounts(ess, opt, known, newDemand, premium);
        }
    }

    /**
     * Unit-length mean of the embeddings of {@code skills}, when any has one. Skills are summed in
     * sorted order: set iteration order varies between JVM runs and float sums depend on order.
     */
    private Optional<float[]> meanVector(Collection<String> skills) {
        float[] sum = null;
        for (String s : skills.stream().sorted().toList()) {
            Optional<float[]> v = signals.skillVector(s);
            if (v.isPresent()) {
                if (sum == null) {
                    sum = new float[v.get().length];
                }
                for (int j = 0; j < sum.length; j++) {
                    sum[j] += v.get()[j];
                }
            }
        }
        if (sum == null) {
            return Optional.empty();
        }
        double norm = Math.sqrt(dot(sum, sum));
        for (int j = 0; j < sum.length; j++) {
            sum[j] /= (float) Math.max(norm, 1e-9);
        }
        return Optional.of(sum);
    }

    private static double cosine(float[] a, float[] b) {
        return dot(a, b);
    }

    private static double dot(float[] a, float[] b) {
        double d = 0;
        for (int j = 0; j < a.length; j++) {
            d += a[j] * b[j];
        }
        return d;
    }

    /** 0 for the preferred level, -1 one step away, -2 two steps; -0.5 when either is unknown. */
    static double levelFit(Level preferred, Level level) {
        if (preferred == null || level == null) {
            return -0.5;
        }
        return -Math.abs(preferred.ordinal() - level.ordinal());
    }

    static double prerequisitesMet(Set<String> held, List<String> prerequisites) {
        if (prerequisites.isEmpty()) {
            return 1;
        }
        return (double) prerequisites.stream().filter(held::contains).count() / prerequisites.size();
    }

    /** The largest share, over the qualifications {@code c} stacks into, of their parts already held. */
    double stackProgress(Set<String> held, Credential c) {
        double best = 0;
        for (Credential.StackLink link : c.stacksInto()) {
            Set<String> parts = stats.partsOf(link.qualificationId());
            if (!parts.isEmpty()) {
                best = Math.max(best, (double) parts.stream().filter(held::contains).count() / parts.size());
            }
        }
        return best;
    }
}
