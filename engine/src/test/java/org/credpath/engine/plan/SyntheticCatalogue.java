package org.credpath.engine.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.credpath.engine.catalog.Credential;

/** Random catalogues for planner tests (seeded by the caller). */
final class SyntheticCatalogue {
    private SyntheticCatalogue() {
    }

    static List<Credential> generate(Random rnd, int n, int skills) {
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
            out.add(PlannerTest.cred("c" + i, 5 + rnd.nextInt(30), rnd.nextInt(150), s, pre));
        }
        return out;
    }
}
