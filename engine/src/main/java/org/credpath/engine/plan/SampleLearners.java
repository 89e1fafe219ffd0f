package org.credpath.engine.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.credpath.engine.catalog.Delivery;
import org.credpath.engine.labour.LabourMarket;
import org.credpath.engine.labour.esco.EscoOccupation;
import org.credpath.engine.learner.Learner;

/**
 * Learners for evaluating the planner: a real ESCO occupation (with OEWS wages) as the current
 * occupation and one of its O*NET related occupations (through the crosswalk) as the target;
 * budget, hours, deadline, delivery and held credentials drawn from a seeded generator.
 */
public final class SampleLearners {

    private static final Double[] BUDGETS = {0.0, 100.0, 300.0, 800.0, 2000.0, null};
    private static final Integer[] DEADLINES = {4, 8, 13, 26, 52, null};

    private SampleLearners() {
    }

    public static List<Learner> sample(LabourMarket market, PlanningCatalogue catalogue, int n, long seed) {
        Random rnd = new Random(seed);
        List<EscoOccupation> occupations = new ArrayList<>(market.esco().occupations());
        occupations.sort(Comparator.comparing(EscoOccupation::uri));
        List<Learner> out = new ArrayList<>();
        int guard = 0;
        while (out.size() < n && guard++ < n * 50) {
            EscoOccupation cur = occupations.get(rnd.nextInt(occupations.size()));
            if (market.wages(cur.uri()).isEmpty()) {
                continue;
            }
            List<EscoOccupation> related = market.relatedOccupations(cur.uri()).stream()
                    .filter(o -> market.wages(o.uri()).isPresent()).toList();
            if (related.isEmpty()) {
                continue;
            }
            EscoOccupation target = related.get(rnd.nextInt(Math.min(3, related.size())));
            List<String> held = new ArrayList<>();
            for (int k = rnd.nextInt(3); k > 0; k--) {
                held.add(catalogue.get(rnd.nextInt(catalogue.size())).id());
            }
            List<Delivery> delivery = rnd.nextBoolean() ? List.of(Delivery.ONLINE) : List.of();
            out.add(new Learner("sample-" + out.size(), held, List.of(), cur.uri(), target.uri(),
                    BUDGETS[rnd.nextInt(BUDGETS.length)], 2.0 + rnd.nextInt(14), DEADLINES[rnd.nextInt(DEADLINES.length)],
                    delivery));
        }
        return out;
    }
}
