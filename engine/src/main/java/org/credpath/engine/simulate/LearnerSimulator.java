package org.credpath.engine.simulate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.credpath.engine.catalog.CostPolicy;
import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.CredentialType;
import org.credpath.engine.catalog.Delivery;
import org.credpath.engine.eval.MetricAccumulator;
import org.credpath.engine.events.Event;
import org.credpath.engine.events.EventType;
import org.credpath.engine.labour.esco.SkillRelation;
import org.credpath.engine.learner.Learner;
import org.credpath.engine.rank.OccupationSkills;

/**
 * Simulates learners and their sessions (see the package documentation and docs/ranking.md).
 * Each learner uses its own generator split from the master seed, so output is reproducible.
 */
public final class LearnerSimulator {

    private static final Instant START = Instant.parse("2025-01-06T09:00:00Z");
    private static final int[] HOURS = {2, 4, 6, 8, 10, 15};
    private static final int[] DEADLINES = {12, 26, 52};
    /** Scale of the Gumbel noise of a learner's search (how imprecisely a query expresses their utility). */
    static final double SEARCH_NOISE = 0.3;

    private final LabourWorld world;
    private final OccupationSkills occupations;
    private final List<CourseraCatalog.Entry> catalogue;
    private final SimulationOptions options;
    private final double[] cumulativeWeight;
    private final double appealMean;
    private final double appealStd;
    /** Price a simulated learner assumes for a credential of unknown cost: the catalogue's median priced cost. */
    private final double unknownCostGuess;
    private final MetricAccumulator oracle = new MetricAccumulator();
    private final TwoStageWorld twoStage;

    /** @param goals the goal words of target occupations (used by choice model v3 only) */
    public LearnerSimulator(LabourWorld world, OccupationSkills occupations, List<CourseraCatalog.Entry> catalogue,
            SimulationOptions options, GoalText goals) {
        this.world = world;
        this.occupations = occupations;
        this.catalogue = List.copyOf(catalogue);
        this.options = options;
        List<LabourWorld.Occupation> occ = world.occupations();
        cumulativeWeight = new double[occ.size()];
        double sum = 0;
        for (int i = 0; i < occ.size(); i++) {
            sum += occ.get(i).weight();
            cumulativeWeight[i] = sum;
        }
        appealMean = catalogue.stream().mapToDouble(CourseraCatalog.Entry::appeal).average().orElse(0);
        double var = catalogue.stream().mapToDouble(e -> Math.pow(e.appeal() - appealMean, 2)).average().orElse(0);
        appealStd = var > 0 ? Math.sqrt(var) : 1;
        unknownCostGuess = medianPricedCost(this.catalogue);
        twoStage = options.choiceModel() instanceof TwoStageChoice t ? new TwoStageWorld(t, this.catalogue, goals)
                : null;
    }

    /** Simulates every learner; learners and events are handed to the sinks as they are made. */
    public void run(Consumer<Learner> learnerSink, Consumer<Event> eventSink, Consumer<Integer> progress) {
        SplittableRandom master = new SplittableRandom(options.seed());
        for (int i = 0; i < options.learners(); i++) {
            SplittableRandom rnd = master.split();
            SimulatedLearner l = newLearner("l-" + (i + 1), rnd);
            learnerSink.accept(l.record());
            int sessions = options.minSessions() + rnd.nextInt(options.maxSessions() - options.minSessions() + 1);
            Instant t = START.plus(Duration.ofMinutes(i));
            Enrolment last = null;
            for (int s = 0; s < sessions; s++) {
                Enrolment e = session(l, (i + 1) + "-" + (s + 1), t, rnd, eventSink);
                last = e == null ? last : e;
                t = t.plus(Duration.ofDays(21));
            }
            if (last != null) {
                oracle.add(last.oracleOrder(), Set.of(last.credentialId()));
            }
            if ((i + 1) % 1000 == 0) {
                progress.accept(i + 1);
            }
        }
    }

    /**
     * The oracle over every learner's last enrol: the whole catalogue minus held credentials
     * ranked by the simulator's own noise-free utility at that moment (the eval protocol's ceiling
     * for a ranker that knows the choice model but not the noise or what was shown).
     */
    public MetricAccumulator oracle() {
        return oracle;
    }

    /** An enrol: the credential, and the available credentials by descending noise-free utility. */
    private record Enrolment(String credentialId, List<String> oracleOrder) {
    }

    SimulatedLearner newLearner(String id, SplittableRandom rnd) {
        LabourWorld.Occupation occ = world.occupations().get(pickOccupation(rnd.nextDouble()));
        String target = occ.targets().get(rnd.nextInt(occ.targets().size()));
        Set<String> skills = new HashSet<>();
        for (String s : sorted(occupations.skillsOf(occ.escoUri(), SkillRelation.ESSENTIAL))) {
            if (rnd.nextDouble() < 0.8) {
                skills.add(s);
            }
        }
        for (String s : sorted(occupations.skillsOf(occ.escoUri(), SkillRelation.OPTIONAL))) {
            if (rnd.nextDouble() < 0.3) {
                skills.add(s);
            }
        }
        double budget = Math.round(Math.exp(Math.log(400) + 0.9 * gaussian(rnd)) / 10.0) * 10.0;
        int hours = HOURS[rnd.nextInt(HOURS.length)];
        int deadline = DEADLINES[rnd.nextInt(DEADLINES.length)];
        Learner record = new Learner(id, List.of(), sorted(skills), occ.escoUri(), target, budget, (double) hours,
                deadline, List.of(Delivery.ONLINE));
        SimulatedLearner l = new SimulatedLearner(record, skills, occupations.skillsOf(target, SkillRelation.ESSENTIAL),
                occupations.skillsOf(target, SkillRelation.OPTIONAL));
        if (twoStage != null) {
            twoStage.prepare(l, target, rnd);
        }
        return l;
    }

    /** One session: a search (request id {@code q-...}) or the recommendations ({@code r-...}), then browsing. */
    private Enrolment session(SimulatedLearner l, String sessionId, Instant t, SplittableRandom rnd,
            Consumer<Event> sink) {
        List<Integer> available = new ArrayList<>();
        for (int i = 0; i < catalogue.size(); i++) {
            if (!l.held().contains(catalogue.get(i).credential().id())) {
                available.add(i);
            }
        }
        if (available.size() < options.listSize()) {
            return null;
        }
        double[] exact = new double[catalogue.size()];
        double[] utility = new double[catalogue.size()];
        for (int i : available) {
            exact[i] = utility(l, catalogue.get(i));
            utility[i] = exact[i] + (twoStage == null ? ((ChoiceModel) options.choiceModel()).noise() * gumbel(rnd)
                    : twoStage.choice().noise(rnd));
        }
        boolean search = options.searchShare() > 0 && rnd.nextDouble() < options.searchShare();
        String requestId = (search ? "q-" : "r-") + sessionId;
        List<Integer> shown = search ? searchResults(twoStage == null ? available : twoStage.searchable(l, available),
                exact, rnd)
                : options.logging().shown(available, i -> coverage(l, catalogue.get(i).credential(), true),
                        options.listSize(), rnd);
        int best = browse(l, requestId, t, shown, utility, rnd, sink);
        if (best < 0 || rnd.nextDouble() >= sigmoid(utility[best] - 0.5)) {
            return null;
        }
        Credential c = catalogue.get(best).credential();
        sink.accept(new Event(l.record().id(), c.id(), EventType.ENROL, t.plusSeconds(60), shown.indexOf(best) + 1,
                requestId));
        if (rnd.nextDouble() < completion(l, c)) {
            sink.accept(new Event(l.record().id(), c.id(), EventType.COMPLETE, t.plus(Duration.ofDays(14)), null, null));
        }
        List<String> order = oracleOrder(available, twoStage == null ? exact : twoStage.oracleKeys(l, exact));
        l.gain(c);
        return new Enrolment(c.id(), order);
    }

    /** Impressions, clicks and dismissals of one list; returns the best-utility clicked item or -1. */
    private int browse(SimulatedLearner l, String requestId, Instant t, List<Integer> shown, double[] utility,
            SplittableRandom rnd, Consumer<Event> sink) {
        String learnerId = l.record().id();
        int best = -1;
        for (int p = 0; p < shown.size(); p++) {
            int idx = shown.get(p);
            String cid = catalogue.get(idx).credential().id();
            sink.accept(new Event(learnerId, cid, EventType.IMPRESSION, t, p + 1, requestId));
            boolean examined = rnd.nextDouble() < options.choiceModel().examination(p + 1);
            boolean considered = twoStage == null || twoStage.considers(l, idx, p + 1);
            if (examined && considered && rnd.nextDouble() < sigmoid(utility[idx] - 1.5)) {
                sink.accept(new Event(learnerId, cid, EventType.CLICK, t.plusSeconds(10 + p), p + 1, requestId));
                if (best < 0 || utility[idx] > utility[best]) {
                    best = idx;
                }
            } else if (examined && rnd.nextDouble() < 0.05) {
                sink.accept(new Event(learnerId, cid, EventType.DISMISS, t.plusSeconds(10 + p), p + 1, requestId));
            }
        }
        return best;
    }

    /** What a learner's own search returns: the top of their utility plus query noise, best first. */
    private List<Integer> searchResults(List<Integer> available, double[] exact, SplittableRandom rnd) {
        double[] query = new double[catalogue.size()];
        for (int i : available) {
            query[i] = exact[i] + SEARCH_NOISE * gumbel(rnd);
        }
        return available.stream().sorted(Comparator.comparingDouble((Integer i) -> -query[i]))
                .limit(options.listSize()).toList();
    }

    /** Available credential ids by descending noise-free utility; ties keep catalogue order. */
    private List<String> oracleOrder(List<Integer> available, double[] exact) {
        return available.stream().sorted(Comparator.comparingDouble((Integer i) -> -exact[i]))
                .map(i -> catalogue.get(i).credential().id()).toList();
    }

    double utility(SimulatedLearner l, CourseraCatalog.Entry e) {
        if (twoStage != null) {
            return twoStage.value(l, e.credential());
        }
        Credential c = e.credential();
        Learner r = l.record();
        Double priced = CostPolicy.amount(c);
        double cost = priced != null ? priced : unknownCostGuess;
        double hours = c.hours() == null ? 0 : c.hours();
        double available = r.hoursPerWeek() * r.deadlineWeeks();
        boolean cert = c.credentialType() == CredentialType.SPECIALIZATION
                || c.credentialType() == CredentialType.PROFESSIONAL_CERTIFICATE;
        return ((ChoiceModel) options.choiceModel()).utility(coverage(l, c, true), coverage(l, c, false),
                (e.appeal() - appealMean) / appealStd, cost / Math.max(1, r.budgetUsd()), hours / available,
                l.levelSteps(c.level()), cert);
    }

    /**
     * What choice models v1/v2 take as the price of a credential of unknown cost: the catalogue's median known or
     * estimated cost ({@link CostPolicy#medianPricedUsd}; the default catalogue prices every credential, so its
     * simulations are unchanged).
     */
    static double medianPricedCost(List<CourseraCatalog.Entry> catalogue) {
        return CostPolicy.medianPricedUsd(catalogue.stream().map(CourseraCatalog.Entry::credential).toList());
    }

    /** Demand-weighted share of the essential (or optional) gap covered, saturating at 3 demand units. */
    double coverage(SimulatedLearner l, Credential c, boolean essential) {
        Map<String, Double> demand = occupations.demand();
        double sum = 0;
        for (String s : c.skills()) {
            if (!l.skills().contains(s) && (essential ? l.targetEssential() : l.targetOptional()).contains(s)) {
                sum += essential ? 0.5 + demand.getOrDefault(s, 0.0) : 1.0;
            }
        }
        return Math.min(1.0, sum / 3.0);
    }

    double completion(SimulatedLearner l, Credential c) {
        double hours = c.hours() == null ? 0 : c.hours();
        double over = hours / (l.record().hoursPerWeek() * l.record().deadlineWeeks());
        return sigmoid(2.0 - 2.0 * Math.max(0, over - 0.5) - 0.5 * l.levelSteps(c.level()));
    }

    private int pickOccupation(double u) {
        double x = u * cumulativeWeight[cumulativeWeight.length - 1];
        int i = java.util.Arrays.binarySearch(cumulativeWeight, x);
        return Math.min(cumulativeWeight.length - 1, i >= 0 ? i : -i - 1);
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }

    static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    static double gumbel(SplittableRandom rnd) {
        return -Math.log(-Math.log(Math.max(1e-12, rnd.nextDouble())));
    }

    static double gaussian(SplittableRandom rnd) {
        return Math.sqrt(-2 * Math.log(Math.max(1e-12, rnd.nextDouble()))) * Math.cos(2 * Math.PI * rnd.nextDouble());
    }
}
