package org.credpath.engine.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.Delivery;

/** Random catalogues (seeded by the caller) for planner tests and the optimality-gap benchmark. */
public final class SyntheticCatalogue {
    private SyntheticCatalogue() {
    }

    /** {@code n} credentials over skills s0..s(skills-1): 1-3 skills, 5-34 h, $0-149, 30 % with one earlier prerequisite. */
    public static List<Credential> generate(Random rnd, int n, int skills) {
        List<Credential> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> s = new ArrayList<>();
            int k = 1 + rnd.nextInt(3);
            for (int j = 0; j < k; j++) {
                String sk = "s" + rnd.nextInt(skills);
                if (!s.contains(sk)) {
                    s.add(sk);
                }
            }
            List<String> pre = i > 0 && rnd.nextDouble() < 0.3 ? List.of("c" + rnd.nextInt(i)) : List.of();
            out.add(new Credential("c" + i, "Credential " + i, null, null, null, null, null, null,
                    (double) (5 + rnd.nextInt(30)), (double) rnd.nextInt(150), Delivery.ONLINE, null, null, s, null, pre,
                    null, null, null, null));
        }
        return out;
    }

    /** Beam vs greedy vs exact on {@code instances} random instances (20 credentials, 16 weighted skills, $300, 60 h). */
    public static SyntheticGap optimalityGap(int instances, long seed) {
        Random rnd = new Random(seed);
        double beam = 0;
        double greedy = 0;
        double exact = 0;
        int optimal = 0;
        double worst = 0;
        for (int t = 0; t < instances; t++) {
            List<Credential> cat = generate(rnd, 20, 16);
            List<TargetSkill> gap = new ArrayList<>();
            for (int s = 0; s < 16; s++) {
                gap.add(new TargetSkill("s" + s, 1 + rnd.nextInt(3)));
            }
            PlanRequest req = new PlanRequest(new PlanningCatalogue(cat), gap, java.util.Set.of(), java.util.Set.of(),
                    new Constraints(300.0, 5, 12, java.util.Set.of()), PlannerOptions.defaults());
            double e = cov(new ExactPlanner().plan(req));
            double b = cov(new BeamPlanner().plan(req));
            beam += b;
            greedy += cov(new GreedyPlanner().plan(req));
            exact += e;
            optimal += b >= e - 1e-9 ? 1 : 0;
            worst = Math.max(worst, e - b);
        }
        return new SyntheticGap(instances, r(beam / instances), r(greedy / instances), r(exact / instances), optimal,
                r((exact - beam) / instances), r(worst));
    }

    /** Mean coverages, how often the beam found the optimum, mean and worst gap to it. */
    public record SyntheticGap(int instances, double beamCoverage, double greedyCoverage, double exactCoverage,
                               int beamOptimal, double meanGap, double worstGap) {
    }

    private static double cov(PlanResult r) {
        return r.pathways().isEmpty() ? 0 : r.best().coverage();
    }

    private static double r(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
