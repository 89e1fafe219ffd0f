package org.credpath.engine.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.credpath.engine.catalog.Cost;
import org.credpath.engine.catalog.Credential;

/**
 * A pathway the user wrote or edited (steps removed, swapped or reordered), built in the given
 * order exactly as the planner builds its own: each step covers the gap skills no earlier step
 * covered, weeks follow the hours per week. Nothing is reordered or dropped; broken limits and
 * unmet prerequisites become warnings, unknown or repeated credentials are refused.
 */
final class GivenSteps {

    static final int MAX_STEPS = 50;

    private GivenSteps() {
    }

    static Pathway build(PlanRequest r, List<String> ids, List<String> warnings) {
        check(r, ids);
        Map<String, Double> weight = new HashMap<>();
        r.gap().forEach(t -> weight.put(t.uri(), t.weight()));
        double total = weight.values().stream().mapToDouble(Double::doubleValue).sum();
        Set<String> covered = new HashSet<>();
        Set<String> done = new HashSet<>(r.heldCredentials());
        done.addAll(r.recognisedCredentials());
        List<PlannedStep> steps = new ArrayList<>();
        double hours = 0;
        double cost = 0;
        double perWeek = r.constraints().hoursPerWeek();
        for (int i = 0; i < ids.size(); i++) {
            Credential c = r.catalogue().get(r.catalogue().indexOf(ids.get(i)));
            List<String> covers = new ArrayList<>();
            double gain = 0;
            for (String s : c.skills()) {
                if (weight.containsKey(s) && covered.add(s)) {
                    covers.add(s);
                    gain += weight.get(s);
                }
            }
            unmetPrerequisites(c, done, i, warnings);
            double h = c.hours() != null ? c.hours() : r.options().defaultHours();
            double start = hours / perWeek;
            hours += h;
            Cost price = c.cost();
            cost += price.isKnownOrEstimated() ? price.amount() : 0; // unknown is counted apart (ReportAssembler)
            steps.add(new PlannedStep(c.id(), c.title(), h, price, covers,
                    total == 0 ? 0 : gain / total, c.prerequisites(),
                    c.stacksInto().stream().map(Credential.StackLink::qualificationId).toList(), start, hours / perWeek));
            done.add(c.id());
        }
        limits(r.constraints(), hours, cost, warnings);
        double coverage = total == 0 ? 0 : covered.stream().mapToDouble(weight::get).sum() / total;
        return new Pathway("edited", steps, hours, cost, coverage, progress(r.catalogue(), done, steps));
    }

    private static void check(PlanRequest r, List<String> ids) {
        if (ids.isEmpty() || ids.size() > MAX_STEPS) {
            throw new IllegalArgumentException("steps: give 1 to " + MAX_STEPS + " credential ids, got " + ids.size());
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null || r.catalogue().indexOf(id) < 0) {
                throw new IllegalArgumentException("steps[" + i + "]: credential '" + id + "' is not in the catalogue");
            }
            if (!seen.add(id)) {
                throw new IllegalArgumentException("steps[" + i + "]: credential '" + id + "' is listed twice");
            }
        }
    }

    private static void unmetPrerequisites(Credential c, Set<String> done, int i, List<String> warnings) {
        for (String pre : c.prerequisites()) {
            if (!done.contains(pre)) {
                warnings.add("steps[" + i + "]: " + c.id() + " needs " + pre
                        + " first (not held and not an earlier step)");
            }
        }
    }

    private static void limits(Constraints k, double hours, double cost, List<String> warnings) {
        if (cost > k.maxCost() + 1e-9) {
            warnings.add(String.format(Locale.ROOT, "costs %.0f USD, over the budget of %.0f USD", cost, k.maxCost()));
        }
        if (hours > k.maxHours() + 1e-9) {
            warnings.add(String.format(Locale.ROOT, "takes %.0f hours, more than the %.0f hours before the deadline",
                    hours, k.maxHours()));
        }
    }

    private static List<Pathway.QualificationProgress> progress(PlanningCatalogue cat, Set<String> done,
            List<PlannedStep> steps) {
        Set<String> quals = new TreeSet<>();
        steps.forEach(s -> quals.addAll(s.stacksInto()));
        List<Pathway.QualificationProgress> out = new ArrayList<>();
        for (String q : quals) {
            List<Integer> members = cat.qualificationMembers().getOrDefault(q, List.of());
            int n = (int) members.stream().filter(m -> done.contains(cat.get(m).id())).count();
            out.add(new Pathway.QualificationProgress(q, n, members.size()));
        }
        return out;
    }
}
