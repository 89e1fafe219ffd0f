package org.credpath.engine.team;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.credpath.engine.catalog.Cost;
import org.credpath.engine.catalog.Credential;
import org.credpath.engine.learner.Learner;
import org.credpath.engine.text.CredentialLanguage;

/**
 * Greedy set cover over the team's open (member, skill) gaps: each round takes the credential that
 * closes the most gaps still open, then the most essential ones, then the lower known or estimated
 * price (an unknown price ranks after any priced one), fewer hours, and the id. A credential helps a
 * member who does not hold it and studies in its language ({@link CredentialLanguage}, as recommendations read it).
 */
final class TeamCover {

    private final List<Credential> catalogue;
    private final Map<String, Learner> members = new LinkedHashMap<>();
    /** member id -> skill uri -> essential for some role, for every gap still open. */
    private final Map<String, Map<String, Boolean>> open = new LinkedHashMap<>();
    private final Map<String, String> labels = new HashMap<>();
    private final List<TeamPlan.RoleGap> roles;
    private final int memberGaps;

    TeamCover(List<Credential> catalogue, List<Learner> planned, List<TeamPlan.RoleGap> roles) {
        this.catalogue = catalogue;
        this.roles = roles;
        planned.forEach(m -> members.put(m.id(), m));
        for (TeamPlan.RoleGap r : roles) {
            for (TeamPlan.SkillGap s : r.skills()) {
                labels.putIfAbsent(s.uri(), s.label() == null ? s.uri() : s.label());
                for (String id : s.memberIds()) {
                    open.computeIfAbsent(id, k -> new LinkedHashMap<>()).merge(s.uri(), s.essential(), Boolean::logicalOr);
                }
            }
        }
        this.memberGaps = open.values().stream().mapToInt(Map::size).sum();
    }

    TeamPlan choose(int maxCredentials, List<String> warnings) {
        List<TeamPlan.TeamCredential> chosen = new ArrayList<>();
        Set<String> used = new HashSet<>();
        int closed = 0;
        while (chosen.size() < maxCredentials) {
            Gain best = null;
            for (Credential c : catalogue) {
                if (used.contains(c.id()) || c.skills().isEmpty()) {
                    continue;
                }
                Gain g = gain(c);
                if (g.gaps() > 0 && (best == null || g.betterThan(best))) {
                    best = g;
                }
            }
            if (best == null) {
                break;
            }
            used.add(best.credential().id());
            best.close(open);
            closed += best.gaps();
            chosen.add(entry(chosen.size() + 1, best, closed));
        }
        if (closed < memberGaps) {
            warnings.add((memberGaps - closed) + " of " + memberGaps + " member-gaps are not closed by the "
                    + chosen.size() + " credential(s) listed" + (chosen.size() < maxCredentials
                            ? " (no credential of the catalogue teaches the rest to a member who needs it)" : ""));
        }
        return new TeamPlan(roles, chosen, memberGaps, closed, total(chosen), warnings);
    }

    /** The gaps {@code c} would close now. */
    private Gain gain(Credential c) {
        Map<String, List<String>> byMember = new LinkedHashMap<>();
        int gaps = 0;
        int essential = 0;
        for (Map.Entry<String, Map<String, Boolean>> e : open.entrySet()) {
            Learner m = members.get(e.getKey());
            if (m == null || m.heldCredentials().contains(c.id())
                    || CredentialLanguage.of(c).filter(l -> !m.studyLanguages().contains(l)).isPresent()) {
                continue;
            }
            for (String skill : new LinkedHashSet<>(c.skills())) {
                Boolean ess = e.getValue().get(skill);
                if (ess != null) {
                    byMember.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(skill);
                    gaps++;
                    essential += ess ? 1 : 0;
                }
            }
        }
        return new Gain(c, byMember, gaps, essential);
    }

    private TeamPlan.TeamCredential entry(int rank, Gain g, int cumulative) {
        Credential c = g.credential();
        Set<String> skills = new LinkedHashSet<>();
        g.byMember().values().forEach(list -> list.forEach(u -> skills.add(labels.getOrDefault(u, u))));
        List<String> who = List.copyOf(g.byMember().keySet());
        Cost cost = c.cost();
        return new TeamPlan.TeamCredential(rank, c.id(), c.title(), c.provider(), c.url(), who.size(), who, g.gaps(),
                List.copyOf(skills), g.essential(), cost, forTeam(cost, who.size()), c.hours(), cumulative);
    }

    /** A per-member price for {@code n} members: same state; unknown stays unknown. */
    static Cost forTeam(Cost each, int n) {
        String seats = n + " member" + (n == 1 ? "" : "s");
        return switch (each.state()) {
            case UNKNOWN -> Cost.unknown("price not listed; needed for " + seats);
            case KNOWN -> Cost.known(each.amount() * n, seats + " x " + each.describe());
            case ESTIMATED -> Cost.estimated(each.amount() * n, seats + " x " + each.describe() + ": " + each.basis());
        };
    }

    /** The listed credentials' team costs summed: unknown when any is unknown (its priced part in the basis). */
    static Cost total(List<TeamPlan.TeamCredential> chosen) {
        Cost.Total t = Cost.total(chosen.stream().map(TeamPlan.TeamCredential::teamCost).toList());
        int n = chosen.size();
        if (t.unknownSteps() > 0) {
            return Cost.unknown(t.unknownSteps() + " of " + n + " credential(s) with unknown price; the priced ones come to "
                    + String.format(Locale.ROOT, "%,.0f USD", t.pricedUsd()));
        }
        if (t.estimatedSteps() > 0) {
            return Cost.estimated(t.pricedUsd(), "sum over " + n + " credential(s), " + t.estimatedSteps() + " estimated");
        }
        return Cost.known(t.pricedUsd(), "sum over " + n + " credential(s) with listed prices");
    }

    /** What one credential would close: gaps per member helped. */
    private record Gain(Credential credential, Map<String, List<String>> byMember, int gaps, int essential) {

        boolean betterThan(Gain o) {
            if (gaps != o.gaps) {
                return gaps > o.gaps;
            }
            if (essential != o.essential) {
                return essential > o.essential;
            }
            int price = Double.compare(price(this), price(o));
            if (price != 0) {
                return price < 0;
            }
            int hours = Double.compare(hours(this), hours(o));
            return hours != 0 ? hours < 0 : credential.id().compareTo(o.credential.id()) < 0;
        }

        void close(Map<String, Map<String, Boolean>> open) {
            byMember.forEach((member, skills) -> skills.forEach(open.get(member)::remove));
        }

        private static double price(Gain g) {
            Double a = g.credential.cost().amount();
            return a == null ? Double.MAX_VALUE : a;
        }

        private static double hours(Gain g) {
            return g.credential.hours() == null ? Double.MAX_VALUE : g.credential.hours();
        }
    }
}
