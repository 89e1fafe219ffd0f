package org.credpath.engine.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.credpath.engine.catalog.Credential;

/**
 * Turns a search state into a {@link Pathway}: its credentials in study order ({@link StepOrder}), with the
 * skills each newly covers in that order, schedule, stacking.
 */
final class PathwayBuilder {

    private PathwayBuilder() {
    }

    static Pathway build(PlanProblem p, PlanState s, String kind) {
        List<PlannedStep> steps = new ArrayList<>();
        long[] covered = new long[p.words];
        double cum = 0;
        double perWeek = p.request.constraints().hoursPerWeek();
        for (int l : StepOrder.order(p, s.order)) {
            Credential c = p.request.catalogue().get(p.catalogueIndex[l]);
            List<String> covers = new ArrayList<>();
            double gain = 0;
            for (int w = 0; w < p.words; w++) {
                long bits = p.mask[l][w] & ~covered[w];
                while (bits != 0) {
                    int b = (w << 6) + Long.numberOfTrailingZeros(bits);
                    covers.add(p.request.gap().get(b).uri());
                    gain += p.skillWeight[b];
                    bits &= bits - 1;
                }
                covered[w] |= p.mask[l][w];
            }
            double start = cum / perWeek;
            cum += p.hours[l];
            steps.add(new PlannedStep(c.id(), c.title(), p.hours[l], c.cost(), covers,
                    p.totalWeight == 0 ? 0 : gain / p.totalWeight, c.prerequisites(),
                    c.stacksInto().stream().map(Credential.StackLink::qualificationId).toList(), start, cum / perWeek));
        }
        return new Pathway(kind, steps, s.hours, s.cost, s.coverage(p), progress(p, s));
    }

    private static List<Pathway.QualificationProgress> progress(PlanProblem p, PlanState s) {
        PlanningCatalogue cat = p.request.catalogue();
        java.util.Set<Integer> done = new java.util.HashSet<>();
        for (int l : s.order) {
            done.add(p.catalogueIndex[l]);
        }
        java.util.Set<String> quals = new java.util.TreeSet<>();
        for (int l : s.order) {
            cat.get(p.catalogueIndex[l]).stacksInto().forEach(x -> quals.add(x.qualificationId()));
        }
        List<Pathway.QualificationProgress> out = new ArrayList<>();
        Map<String, List<Integer>> members = cat.qualificationMembers();
        for (String q : quals) {
            List<Integer> m = members.get(q);
            int n = (int) m.stream().filter(i -> done.contains(i) || p.satisfied(i)).count();
            out.add(new Pathway.QualificationProgress(q, n, m.size()));
        }
        return out;
    }
}
