package org.credpath.engine.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.credpath.engine.catalog.Credential;

/**
 * Checks a pathway against the hard rules: prerequisites met before each step, budget, time,
 * delivery, nothing held or recognised scheduled, no credential twice, no credential on a cycle,
 * never a credential together with a qualification that contains it.
 */
public final class PathwayRules {

    private PathwayRules() {
    }

    /** Every broken rule, one readable line each; empty when the pathway is valid. */
    public static List<String> violations(PlanRequest r, Pathway pathway) {
        List<String> out = new ArrayList<>();
        Set<String> done = new HashSet<>(r.heldCredentials());
        done.addAll(r.recognisedCredentials());
        Set<String> seen = new HashSet<>();
        double cost = 0;
        double hours = 0;
        for (PlannedStep s : pathway.steps()) {
            int i = r.catalogue().indexOf(s.credentialId());
            if (i < 0) {
                out.add(s.credentialId() + ": not in the catalogue");
                continue;
            }
            checkStep(r, pathway, i, done, seen, out);
            done.add(s.credentialId());
            if (s.cost().isKnownOrEstimated()) {
                cost += s.cost().amount();
            } else if (!r.constraints().acceptsUnknownCost()) {
                out.add(s.credentialId() + ": cost unknown, and unknown costs were excluded on request");
            }
            hours += s.hours();
        }
        if (cost > r.constraints().maxCost() + 1e-6) {
            out.add("total cost " + cost + " exceeds budget " + r.constraints().budgetUsd());
        }
        if (hours > r.constraints().maxHours() + 1e-6) {
            out.add("total hours " + hours + " exceed " + r.constraints().maxHours() + " available before the deadline");
        }
        return out;
    }

    private static void checkStep(PlanRequest r, Pathway pathway, int i, Set<String> done, Set<String> seen,
                                  List<String> out) {
        Credential c = r.catalogue().get(i);
        if (r.heldCredentials().contains(c.id()) || r.recognisedCredentials().contains(c.id())) {
            out.add(c.id() + ": already held or recognised, yet scheduled");
        }
        if (!seen.add(c.id())) {
            out.add(c.id() + ": scheduled twice");
        }
        for (String pre : c.prerequisites()) {
            if (!done.contains(pre)) {
                out.add(c.id() + ": prerequisite " + pre + " not held nor taken earlier");
            }
        }
        if (!r.constraints().accepts(c.delivery())) {
            out.add(c.id() + ": delivery " + c.delivery() + " not accepted");
        }
        if (r.catalogue().onCycle(i)) {
            out.add(c.id() + ": on a prerequisite cycle");
        }
        for (int q : r.catalogue().containers(i)) {
            String qid = r.catalogue().get(q).id();
            if (done.contains(qid) || pathway.steps().stream().anyMatch(x -> x.credentialId().equals(qid))) {
                out.add(c.id() + ": part of " + qid + ", which is held or also scheduled");
            }
        }
    }
}
