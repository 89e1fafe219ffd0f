package org.credpath.engine.gap;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.credpath.engine.labour.LabourMarket;
import org.credpath.engine.labour.bls.OewsOccupation;
import org.credpath.engine.labour.bls.Projection;
import org.credpath.engine.labour.bls.WageFigure;
import org.credpath.engine.labour.bls.WagePercentiles;
import org.credpath.engine.labour.esco.EscoOccupation;
import org.credpath.engine.labour.esco.EscoSkill;
import org.credpath.engine.labour.onet.TechnologySkill;
import org.credpath.engine.learner.SkillStateBuilder.SkillRef;
import org.credpath.engine.returns.WageDistribution;

/**
 * Fills {@link OccupationProfile}s from the {@link LabourMarket}. O*NET technologies are products
 * ("Python", "Microsoft Excel"); a skill counts as hot or in demand when its ESCO label and the
 * product name contain one another as whole words (a label match, documented in docs/planner.md).
 */
public final class LabourProfiles {

    private final LabourMarket market;
    private final java.util.Map<String, OccupationProfile> cache = new java.util.concurrent.ConcurrentHashMap<>();

    public LabourProfiles(LabourMarket market) {
        this.market = market;
    }

    /** The occupation's profile (computed once per occupation; the labour data do not change). */
    public OccupationProfile profile(EscoOccupation occ) {
        return cache.computeIfAbsent(occ.uri(), u -> build(occ));
    }

    private OccupationProfile build(EscoOccupation occ) {
        List<SkillRef> essential = refs(market.essentialSkills(occ.uri()));
        List<SkillRef> optional = refs(market.optionalSkills(occ.uri()));
        Set<String> hot = new HashSet<>();
        Set<String> inDemand = new HashSet<>();
        List<SkillRef> all = concat(essential, optional);
        List<String> labels = all.stream().map(s -> norm(s.label())).toList();
        for (TechnologySkill t : market.technologies(occ.uri(), true)) {
            String product = norm(t.example());
            for (int i = 0; i < all.size(); i++) {
                if (matches(labels.get(i), product)) {
                    (t.hot() ? hot : inDemand).add(all.get(i).uri());
                }
            }
        }
        Optional<Projection> p = market.projection(occ.uri());
        return new OccupationProfile(occ.uri(), occ.preferredLabel(), essential, optional, hot, inDemand,
                p.map(Projection::growthPercent).orElse(null), p.map(Projection::annualOpenings).orElse(null),
                wages(occ.uri()).orElse(null));
    }

    /** Every ESCO occupation with essential skills and a published median wage (skill-premium training rows). */
    public List<org.credpath.engine.returns.SkillPremiumTrainer.OccupationWage> occupationWages() {
        List<org.credpath.engine.returns.SkillPremiumTrainer.OccupationWage> out = new java.util.ArrayList<>();
        for (EscoOccupation o : market.esco().occupations()) {
            Optional<WageDistribution> w = wages(o.uri());
            List<EscoSkill> ess = market.essentialSkills(o.uri());
            if (w.isPresent() && !ess.isEmpty()) {
                out.add(new org.credpath.engine.returns.SkillPremiumTrainer.OccupationWage(o.uri(),
                        ess.stream().map(EscoSkill::uri).collect(java.util.stream.Collectors.toSet()), w.get().p50()));
            }
        }
        return out;
    }

    /** Annual OEWS percentiles (hourly x 2080 for occupations paid by the hour), when all five are published. */
    public Optional<WageDistribution> wages(String occupationUri) {
        return market.wages(occupationUri).flatMap(LabourProfiles::distribution);
    }

    static Optional<WageDistribution> distribution(OewsOccupation o) {
        Optional<WageDistribution> annual = of(o.annual(), 1);
        return annual.isPresent() ? annual : of(o.hourly(), 2080);
    }

    private static Optional<WageDistribution> of(WagePercentiles w, double factor) {
        if (w == null || w.p10() == null || w.p25() == null || w.median() == null || w.p75() == null || w.p90() == null) {
            return Optional.empty();
        }
        return Optional.of(new WageDistribution(usd(w.p10(), factor), usd(w.p25(), factor), usd(w.median(), factor),
                usd(w.p75(), factor), usd(w.p90(), factor)));
    }

    private static double usd(WageFigure f, double factor) {
        return f.usd() * factor;
    }

    private static List<SkillRef> refs(List<EscoSkill> skills) {
        return skills.stream().map(s -> new SkillRef(s.uri(), s.preferredLabel())).toList();
    }

    private static List<SkillRef> concat(List<SkillRef> a, List<SkillRef> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    static String norm(String s) {
        return " " + s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9+#]+", " ").trim() + " ";
    }

    static boolean matches(String label, String product) {
        return product.length() > 4 && label.length() > 4 && (label.contains(product) || product.contains(label));
    }
}
