package org.credpath.engine.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.credpath.engine.learner.Learner;

/**
 * Quality of the planner on many learners: rule violations, mean coverage of the beam search
 * against the greedy baseline on the full catalogue, and against the exact optimum on small
 * instances (each learner's catalogue cut to the {@code smallSize} credentials that teach the most
 * gap weight, plus their prerequisites).
 */
public final class PlannerEvaluation {

    /** Figures over the evaluated learners. */
    public record Report(int learners, int withPathway, int violations, List<String> violationExamples,
                         double beamCoverage, double greedyCoverage, int smallInstances, double smallBeamCoverage,
                         double smallGreedyCoverage, double smallExactCoverage, int beamOptimal, double meanOptimalityGap,
                         double maxOptimalityGap, int pathways, int pathwaysIntroAfterHarder,
                         int learnersIntroAfterHarder) {
    }

    private PlannerEvaluation() {
    }

    public static Report run(PathwayService service, List<Learner> learners, int smallSize) {
        List<String> examples = new ArrayList<>();
        int violations = 0;
        int with = 0;
        int pathways = 0;
        int inverted = 0;
        int learnersInverted = 0;
        double beam = 0;
        double greedy = 0;
        Small small = new Small();
        for (Learner l : learners) {
            PlanRequest req = service.prepare(l).request();
            PlanResult b = new BeamPlanner().plan(req);
            int before = inverted;
            for (Pathway p : b.pathways()) {
                pathways++;
                inverted += introAfterHarder(req, p) ? 1 : 0;
                List<String> v = PathwayRules.violations(req, p);
                violations += v.size();
                v.stream().limit(Math.max(0, 5 - examples.size())).forEach(x -> examples.add(l.id() + ": " + x));
            }
            with += b.pathways().isEmpty() ? 0 : 1;
            learnersInverted += inverted > before ? 1 : 0;
            beam += coverage(b);
            greedy += coverage(new GreedyPlanner().plan(req));
            small.add(smallInstance(req, smallSize));
        }
        int n = Math.max(1, learners.size());
        int sn = Math.max(1, small.n);
        return new Report(learners.size(), with, violations, examples, r(beam / n), r(greedy / n), small.n,
                r(small.beam / sn), r(small.greedy / sn), r(small.exact / sn), small.optimal, r(small.gapSum / sn),
                r(small.gapMax), pathways, inverted, learnersInverted);
    }

    /** True when an introductory step ({@link StudyLevel}) comes after a non-introductory one. */
    static boolean introAfterHarder(PlanRequest req, Pathway p) {
        boolean harderSeen = false;
        for (PlannedStep s : p.steps()) {
            int rank = StudyLevel.rank(req.catalogue().get(req.catalogue().indexOf(s.credentialId())));
            if (rank == StudyLevel.INTRODUCTORY && harderSeen) {
                return true;
            }
            harderSeen |= rank != StudyLevel.INTRODUCTORY;
        }
        return false;
    }

    /** Running sums over the small instances. */
    private static final class Small {
        int n;
        int optimal;
        double beam;
        double greedy;
        double exact;
        double gapSum;
        double gapMax;

        void add(PlanRequest sr) {
            if (new PlanProblem(sr).useful.length > ExactPlanner.MAX_CANDIDATES) {
                return;
            }
            double e = coverage(new ExactPlanner().plan(sr));
            double b = coverage(new BeamPlanner().plan(sr));
            n++;
            beam += b;
            greedy += coverage(new GreedyPlanner().plan(sr));
            exact += e;
            optimal += b >= e - 1e-9 ? 1 : 0;
            gapSum += e - b;
            gapMax = Math.max(gapMax, e - b);
        }
    }

    private static double coverage(PlanResult r) {
        return r.pathways().isEmpty() ? 0 : r.best().coverage();
    }

    /** The request restricted to the credentials teaching the most gap weight (and their prerequisites). */
    static PlanRequest smallInstance(PlanRequest req, int size) {
        PlanProblem p = new PlanProblem(req);
        List<Integer> useful = new ArrayList<>();
        for (int u : p.useful) {
            useful.add(u);
        }
        long[] none = new long[p.words];
        useful.sort(Comparator.comparingDouble((Integer u) -> -p.gain(p.mask[u], none))
                .thenComparing(u -> req.catalogue().get(p.catalogueIndex[u]).id()));
        java.util.LinkedHashSet<Integer> keep = new java.util.LinkedHashSet<>();
        for (int u : useful.subList(0, Math.min(size, useful.size()))) {
            for (int l : p.closure[u]) {
                keep.add(p.catalogueIndex[l]);
                for (int pre : req.catalogue().prerequisites(p.catalogueIndex[l])) {
                    keep.add(pre);
                }
            }
        }
        List<org.credpath.engine.catalog.Credential> cat = keep.stream().map(req.catalogue()::get).toList();
        return new PlanRequest(new PlanningCatalogue(cat), req.gap(), req.heldCredentials(), req.recognisedCredentials(),
                req.constraints(), req.options());
    }

    private static double r(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
