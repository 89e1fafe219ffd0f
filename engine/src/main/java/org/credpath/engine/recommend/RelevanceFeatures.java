package org.credpath.engine.recommend;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.credpath.engine.catalog.Cost;
import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.CredentialType;
import org.credpath.engine.catalog.Level;
import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.EscoOccupation;
import org.credpath.engine.learner.Learner;
import org.credpath.engine.text.CredentialLanguage;
import org.credpath.engine.text.semantic.SemanticRelevance;

/**
 * Generic signals of a (learner, credential) pair, as an adviser weighs them: closeness in meaning to
 * the goal and to the learner's interests (absolute and relative to the catalogue's closest credential,
 * so that goals the catalogue covers thinly are comparable; the goal as its description and as its bare label),
 * closeness to the current occupation of a career changer, the gap taught, how generic the credential
 * is (hubness), its type, level, length at the learner's pace, cost state against the budget and
 * language. No credential ids, provider names or platform: they must make sense for a catalogue and
 * learners never seen. The same signals feed {@link JudgedRankerModel} and {@code eval judged
 * --candidates-out}; {@link #NAMES} is the contract a saved model is checked against.
 */
public final class RelevanceFeatures {

    /** The feature names, in column order. */
    public static final List<String> NAMES = List.of(
            "goal_cos", "goal_cos_vs_best", "goal_label_cos", "goal_label_vs_best", "current_cos", "interest_cos", "interest_cos_vs_best", "has_interests",
            "gap_share", "gap_skills_log", "gap_x_goal_vs_best", "held_skill_share", "skills_log", "hubness",
            "stretch", "hours_log", "hours_missing", "weeks_at_pace_log", "over_deadline",
            "type_course", "type_certificate", "type_degree", "level_introductory", "level_advanced",
            "level_missing", "cost_unknown", "cost_log", "cost_over_budget", "small_budget_long",
            "other_language");

    /** Weekly hours assumed for the pace of a learner who states none. */
    static final double DEFAULT_HOURS_PER_WEEK = 5;

    private final SemanticRelevance relevance;
    private final Esco esco;
    private final ReferenceGoals reference;

    RelevanceFeatures(SemanticRelevance relevance, Esco esco, ReferenceGoals reference) {
        this.relevance = Objects.requireNonNull(relevance, "relevance");
        this.esco = Objects.requireNonNull(esco, "esco");
        this.reference = Objects.requireNonNull(reference, "reference");
    }

    /** Over the shipped catalogue's encoder vectors and a fresh hubness reference. */
    public static RelevanceFeatures of(SemanticRelevance relevance, Esco esco) {
        return new RelevanceFeatures(relevance, esco, new ReferenceGoals(esco, relevance));
    }

    /** One row of {@link #NAMES} per credential. */
    public double[][] rows(LearnerView learner, List<Credential> credentials) {
        Goals goals = goals(learner);
        double[][] out = new double[credentials.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = row(learner, goals, credentials.get(i));
        }
        return out;
    }

    /** The learner's goal and interest vectors, each with the best cosine any catalogue credential reaches. */
    private record Goals(float[] goal, double goalBest, float[] label, double labelBest, float[] current,
            List<float[]> interests, double[] interestBest) {
    }

    private Goals goals(LearnerView learner) {
        EscoOccupation o = SemanticGapModel.goal(learner, esco);
        float[] g = o == null ? null : relevance.occupation(o);
        List<float[]> interests = learner.learner().interests().stream().limit(GapRecommender.INTERESTS)
                .map(relevance::phrase).toList();
        double[] best = new double[interests.size()];
        for (int i = 0; i < best.length; i++) {
            best[i] = best(interests.get(i));
        }
        float[] label = o == null ? null : relevance.phrase(o.preferredLabel());
        EscoOccupation now = learner.prepared().current();
        float[] current = now == null || o == null || now.uri().equals(o.uri()) ? null : relevance.occupation(now);
        return new Goals(g, g == null ? 0 : best(g), label, label == null ? 0 : best(label), current, interests, best);
    }

    private double best(float[] v) {
        var top = relevance.nearest(v, 1, c -> true);
        return top.isEmpty() ? 0 : top.get(0).similarity();
    }

    private double[] row(LearnerView learner, Goals goals, Credential c) {
        double[] f = new double[NAMES.size()];
        int i = 0;
        double goalCos = goals.goal() == null ? 0 : relevance.similarity(goals.goal(), c);
        double goalRel = goals.goal() == null ? 0 : goalCos - goals.goalBest();
        f[i++] = goalCos;
        f[i++] = goalRel;
        double labelCos = goals.label() == null ? 0 : relevance.similarity(goals.label(), c);
        f[i++] = labelCos;
        f[i++] = goals.label() == null ? 0 : labelCos - goals.labelBest();
        f[i++] = goals.current() == null ? 0 : relevance.similarity(goals.current(), c);
        double interest = 0;
        double interestRel = goals.interests().isEmpty() ? 0 : Double.NEGATIVE_INFINITY;
        for (int k = 0; k < goals.interests().size(); k++) {
            double s = relevance.similarity(goals.interests().get(k), c);
            interest = Math.max(interest, s);
            interestRel = Math.max(interestRel, s - goals.interestBest()[k]);
        }
        f[i++] = interest;
        f[i++] = interestRel;
        f[i++] = goals.interests().isEmpty() ? 0 : 1;
        List<String> skills = c.skills().stream().distinct().toList();
        double gap = learner.gapCoverage(skills);
        f[i++] = gap;
        f[i++] = Math.log1p(skills.stream().filter(learner.gapWeights()::containsKey).count());
        f[i++] = gap * goalRel;
        f[i++] = skills.isEmpty() ? 0 : (double) skills.stream().filter(learner.heldSkills()::contains).count()
                / skills.size();
        f[i++] = Math.log1p(skills.size());
        f[i++] = reference.hubness(c);
        Learner l = learner.learner();
        f[i++] = Feasibility.stretch(l, c) ? 1 : 0;
        i = length(f, i, l, c);
        i = kind(f, i, c);
        i = cost(f, i, l, c);
        f[i++] = CredentialLanguage.of(c).filter(lang -> !l.studyLanguages().contains(lang)).isPresent() ? 1 : 0;
        if (i != f.length) {
            throw new IllegalStateException("relevance features: filled " + i + " of " + f.length + " (NAMES out of step)");
        }
        return f;
    }

    private static int length(double[] f, int i, Learner l, Credential c) {
        double pace = l.hoursPerWeek() == null ? DEFAULT_HOURS_PER_WEEK : l.hoursPerWeek();
        f[i++] = c.hours() == null ? 0 : Math.log1p(c.hours());
        f[i++] = c.hours() == null ? 1 : 0;
        f[i++] = c.hours() == null ? 0 : Math.log1p(c.hours() / pace);
        f[i++] = c.hours() != null && l.deadlineWeeks() != null && c.hours() > pace * l.deadlineWeeks() ? 1 : 0;
        return i;
    }

    private static final Set<CredentialType> CERTIFICATES = new HashSet<>(List.of(CredentialType.CERTIFICATE,
            CredentialType.PROFESSIONAL_CERTIFICATE, CredentialType.SPECIALIZATION, CredentialType.MICRO_CREDENTIAL,
            CredentialType.SKILL_SET));

    private static int kind(double[] f, int i, Credential c) {
        f[i++] = c.credentialType() == CredentialType.COURSE ? 1 : 0;
        f[i++] = CERTIFICATES.contains(c.credentialType()) ? 1 : 0;
        f[i++] = c.credentialType() == CredentialType.DEGREE ? 1 : 0;
        f[i++] = c.level() == Level.INTRODUCTORY ? 1 : 0;
        f[i++] = c.level() == Level.ADVANCED ? 1 : 0;
        f[i++] = c.level() == null ? 1 : 0;
        return i;
    }

    private static int cost(double[] f, int i, Learner l, Credential c) {
        Cost cost = c.cost();
        f[i++] = cost.state() == Cost.State.UNKNOWN ? 1 : 0;
        f[i++] = cost.amount() == null ? 0 : Math.log1p(cost.amount());
        f[i++] = cost.amount() != null && l.budgetUsd() != null && cost.amount() > l.budgetUsd() ? 1 : 0;
        f[i++] = l.budgetUsd() != null && l.budgetUsd() <= Feasibility.SMALL_BUDGET && c.hours() != null
                && c.hours() > Feasibility.LONG_HOURS ? 1 : 0;
        return i;
    }
}
