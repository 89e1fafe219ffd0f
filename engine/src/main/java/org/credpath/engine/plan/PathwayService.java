package org.credpath.engine.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.gap.GapAnalysis;
import org.credpath.engine.gap.GapAnalyzer;
import org.credpath.engine.gap.OccupationProfile;
import org.credpath.engine.labour.OccupationResolution;
import org.credpath.engine.labour.esco.EscoOccupation;
import org.credpath.engine.learner.Learner;
import org.credpath.engine.learner.SkillState;
import org.credpath.engine.learner.SkillStateBuilder;
import org.credpath.engine.learner.SkillStateBuilder.SkillRef;
import org.credpath.engine.returns.SkillPremiumModel;

/**
 * Plans for one learner end to end: resolves occupations, builds the skill state (with prior
 * learning), analyses the gap, lists recognition-of-prior-learning candidates, plans up to three
 * pathways and prices each with an expected return and per-step explanations.
 */
public final class PathwayService {

    /** Hours per week assumed when the learner states none. */
    public static final double DEFAULT_HOURS_PER_WEEK = 5;
    static final int MAX_PREMIUM_SKILLS = 40;
    static final int MAX_RPL = 20;

    private final PlanningContext ctx;
    private final Planner planner;

    public PathwayService(PlanningContext ctx, Planner planner) {
        this.ctx = ctx;
        this.planner = planner;
    }

    /** The resolved inputs of one plan (also used by the evaluation of many learners). */
    public record Prepared(Learner learner, EscoOccupation current, OccupationProfile target,
                           List<PlanReport.OccupationRef> resolutions, SkillState state,
                           GapAnalysis gap, List<TargetSkill> targetSkills, List<PlanReport.RplCandidate> rpl,
                           PlanRequest request, List<String> warnings) {

        /**
         * Held credentials relevant to the goal: teaching a skill of the target (held or missing), or with
         * no target a skill of the premium list. The first relevant step earns Brookings' first-credential
         * premium only when this is 0.
         */
        public int relevantHeld(PlanningCatalogue catalogue) {
            java.util.Set<String> goal = new java.util.HashSet<>();
            targetSkills.forEach(t -> goal.add(t.uri()));
            if (gap != null) {
                gap.covered().forEach(h -> goal.add(h.uri()));
            }
            int n = 0;
            for (String id : learner.heldCredentials()) {
                int i = catalogue.indexOf(id);
                if (i >= 0 && catalogue.get(i).skills().stream().anyMatch(goal::contains)) {
                    n++;
                }
            }
            return n;
        }
    }

    public PlanReport plan(Learner learner) {
        return plan(learner, false);
    }

    /** @param excludeUnknownCost with a budget, leave out credentials of unknown cost (default: kept, with a warning) */
    public PlanReport plan(Learner learner, boolean excludeUnknownCost) {
        Prepared p = prepare(learner, excludeUnknownCost);
        PlanResult result = planner.plan(p.request());
        return new ReportAssembler(ctx, p).assemble(result);
    }

    /**
     * Prices a pathway the user gave (e.g. a planned one with a step removed, swapped or moved): the
     * credentials in this order, with the same gap, completion model and expected return as
     * {@link #plan}. Unknown or repeated ids are refused; over-budget, late or out-of-order steps are
     * warnings in the report.
     */
    public PlanReport evaluate(Learner learner, List<String> credentialIds) {
        Prepared p = prepare(learner);
        List<String> warnings = new ArrayList<>(p.warnings());
        Pathway pathway = GivenSteps.build(p.request(), credentialIds, warnings);
        Prepared q = new Prepared(p.learner(), p.current(), p.target(), p.resolutions(), p.state(), p.gap(),
                p.targetSkills(), p.rpl(), p.request(), warnings);
        return new ReportAssembler(ctx, q).assemble(new PlanResult(List.of(pathway), credentialIds.size(), List.of()));
    }

    public Prepared prepare(Learner learner) {
        return prepare(learner, false);
    }

    public Prepared prepare(Learner learner, boolean excludeUnknownCost) {
        List<String> warnings = new ArrayList<>();
        List<PlanReport.OccupationRef> refs = new ArrayList<>();
        EscoOccupation current = resolve("currentOccupation", learner.currentOccupation(), refs, warnings);
        EscoOccupation targetOcc = resolve("targetOccupation", learner.targetOccupation(), refs, warnings);
        OccupationProfile target = targetOcc == null ? null : ctx.profiles().profile(targetOcc);
        if (current == null) {
            warnings.add("no currentOccupation: no prior learning is credited and no expected return can be priced");
        }
        for (String id : learner.heldCredentials()) {
            if (ctx.catalogue().indexOf(id) < 0) {
                warnings.add("heldCredentials: '" + id + "' is not in the catalogue; its skills are not counted");
            }
        }
        SkillState state = skillState(learner, current);
        state.unresolved().forEach(s -> warnings.add("skills: '" + s + "' matches no ESCO skill; kept as free text"));
        GapAnalysis gap = target == null ? null : new GapAnalyzer(ctx.gapOptions(), ctx.skillDemand()).analyse(target, state);
        List<TargetSkill> skills = gap != null ? gap.missing().stream().map(g -> new TargetSkill(g.uri(), g.weight())).toList()
                : premiumSkills(state, warnings);
        List<PlanReport.RplCandidate> rpl = rplCandidates(learner, state);
        double hpw = learner.hoursPerWeek() != null ? learner.hoursPerWeek() : DEFAULT_HOURS_PER_WEEK;
        if (learner.hoursPerWeek() == null) {
            warnings.add("hoursPerWeek not given: " + DEFAULT_HOURS_PER_WEEK + " assumed");
        }
        Constraints k = new Constraints(learner.budgetUsd(), hpw, learner.deadlineWeeks(), new HashSet<>(learner.delivery()),
                excludeUnknownCost);
        PlanRequest req = new PlanRequest(ctx.catalogue(), skills, new HashSet<>(learner.heldCredentials()),
                rpl.stream().map(PlanReport.RplCandidate::credentialId).collect(java.util.stream.Collectors.toSet()),
                k, ctx.plannerOptions());
        return new Prepared(learner, current, target, refs, state, gap, skills, rpl, req, warnings);
    }

    /**
     * The occupation a learner's text names, or an error listing the closest matches; its reading goes
     * to {@code refs} and a low-confidence "did you mean" to {@code warnings}.
     */
    private EscoOccupation resolve(String field, String query, List<PlanReport.OccupationRef> refs, List<String> warnings) {
        if (query == null) {
            refs.add(null);
            return null;
        }
        OccupationResolution r = ctx.market().resolveOccupation(query);
        if (!r.matched()) {
            var alternatives = r.alternatives().isEmpty() ? ctx.market().searchOccupations(query, 5) : r.alternatives();
            String closest = alternatives.stream().map(c -> "'" + c.occupation().preferredLabel() + "' ("
                    + c.occupation().uri() + ")").reduce((a, b) -> a + ", " + b)
                    .orElse("none (give an ESCO occupation URI, an O*NET-SOC code or a common job title)");
            throw new IllegalArgumentException(field + ": no occupation matches '" + query + "'; closest matches: " + closest);
        }
        refs.add(PlanReport.OccupationRef.of(r));
        r.warningMessage().ifPresent(w -> warnings.add(field + ": " + w));
        return r.occupation();
    }

    private SkillState skillState(Learner learner, EscoOccupation current) {
        SkillStateBuilder b = new SkillStateBuilder(this::resolveSkill, id -> {
            int i = ctx.catalogue().indexOf(id);
            return i < 0 ? Optional.empty() : Optional.of(ctx.catalogue().get(i));
        });
        List<SkillRef> prior = current == null ? List.of() : ctx.market().essentialSkills(current.uri()).stream()
                .map(s -> new SkillRef(s.uri(), s.preferredLabel())).toList();
        return b.build(learner, current == null ? null : current.uri(), prior);
    }

    private Optional<SkillRef> resolveSkill(String text) {
        var direct = ctx.market().skill(text);
        if (direct.isPresent()) {
            return direct.map(s -> new SkillRef(s.uri(), s.preferredLabel()));
        }
        return ctx.market().resolveSkill(text).map(m -> new SkillRef(m.skill().uri(), m.skill().preferredLabel()));
    }

    /** With no target: the skills with the largest wage premium the learner lacks. */
    private List<TargetSkill> premiumSkills(SkillState state, List<String> warnings) {
        if (ctx.skillPremium().isEmpty()) {
            warnings.add("no targetOccupation and no skill-premium model (./credpath train skill-premium): nothing to plan toward");
            return List.of();
        }
        SkillPremiumModel m = ctx.skillPremium().get();
        var held = state.byUri();
        return m.coefficients().entrySet().stream().filter(e -> e.getValue() > 0 && !held.containsKey(e.getKey()))
                .sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(java.util.Map.Entry::getKey))
                .limit(MAX_PREMIUM_SKILLS).map(e -> new TargetSkill(e.getKey(), e.getValue())).toList();
    }

    /** Credentials not held whose every skill the learner already has (prior learning, declared or held). */
    private List<PlanReport.RplCandidate> rplCandidates(Learner learner, SkillState state) {
        Set<String> held = new LinkedHashSet<>(learner.heldCredentials());
        var byUri = state.byUri();
        List<PlanReport.RplCandidate> out = new ArrayList<>();
        for (Credential c : ctx.catalogue().credentials()) {
            if (held.contains(c.id()) || c.skills().isEmpty() || !c.skills().stream().allMatch(byUri::containsKey)) {
                continue;
            }
            List<String> labels = c.skills().stream().map(u -> byUri.get(u).label()).toList();
            long prior = c.skills().stream().filter(u -> byUri.get(u).priorLearning()).count();
            out.add(new PlanReport.RplCandidate(c.id(), c.title(), labels, "you already hold all " + c.skills().size()
                    + " of its skills" + (prior > 0 ? " (" + prior + " from your current occupation)" : "")
                    + ": claim it through recognition of prior learning instead of studying it"));
        }
        out.sort(Comparator.comparingInt((PlanReport.RplCandidate r) -> -r.skills().size()).thenComparing(PlanReport.RplCandidate::credentialId));
        return out;
    }

}
