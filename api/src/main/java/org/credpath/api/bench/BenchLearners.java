package org.credpath.api.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.credpath.engine.catalog.Delivery;
import org.credpath.engine.labour.LabourMarket;
import org.credpath.engine.labour.esco.EscoOccupation;
import org.credpath.engine.labour.esco.EscoSkill;
import org.credpath.engine.learner.Learner;

/**
 * Varied, seeded learners for load tests, drawn from the real labour market: a current occupation
 * (ESCO URI, or its label as free text) with a wage, some of its essential skills (URIs, some as
 * labels), a target in the same ISCO major group, and a spread of budgets, hours and deadlines.
 */
public final class BenchLearners {

    private static final Double[] BUDGETS = {null, 0.0, 200.0, 500.0, 2000.0};
    private static final double[] HOURS = {3, 5, 8, 12};
    private static final Integer[] DEADLINES = {null, 26, 52};

    private BenchLearners() {
    }

    public static List<Learner> generate(LabourMarket market, int n, long seed) {
        List<EscoOccupation> pool = market.esco().occupations().stream()
                .filter(o -> market.essentialSkills(o.uri()).size() >= 5 && market.wages(o.uri()).isPresent())
                .toList();
        if (pool.isEmpty()) {
            throw new IllegalStateException("no occupation with 5+ essential skills and a wage");
        }
        SplittableRandom r = new SplittableRandom(seed);
        List<Learner> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            EscoOccupation current = pool.get(r.nextInt(pool.size()));
            EscoOccupation target = sameMajorGroup(pool, current, r);
            List<EscoSkill> ess = market.essentialSkills(current.uri());
            List<String> skills = new ArrayList<>();
            int m = 2 + r.nextInt(5);
            for (int j = 0; j < m; j++) {
                EscoSkill s = ess.get(r.nextInt(ess.size()));
                skills.add(r.nextDouble() < 0.25 ? s.preferredLabel() : s.uri());
            }
            String currentText = r.nextDouble() < 0.3 ? current.preferredLabel() : current.uri();
            List<Delivery> delivery = r.nextDouble() < 0.2 ? List.of(Delivery.ONLINE) : List.of();
            out.add(new Learner("bench-" + i, List.of(), skills, currentText, target.uri(),
                    BUDGETS[r.nextInt(BUDGETS.length)], HOURS[r.nextInt(HOURS.length)],
                    DEADLINES[r.nextInt(DEADLINES.length)], delivery));
        }
        return out;
    }

    private static EscoOccupation sameMajorGroup(List<EscoOccupation> pool, EscoOccupation current, SplittableRandom r) {
        String major = current.iscoGroup().isEmpty() ? "" : current.iscoGroup().substring(0, 1);
        for (int tries = 0; tries < 50; tries++) {
            EscoOccupation t = pool.get(r.nextInt(pool.size()));
            if (!t.uri().equals(current.uri()) && (major.isEmpty() || t.iscoGroup().startsWith(major))) {
                return t;
            }
        }
        return pool.get(r.nextInt(pool.size()));
    }
}
