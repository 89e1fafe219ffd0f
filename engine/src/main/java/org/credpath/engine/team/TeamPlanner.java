package org.credpath.engine.team;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.gap.GapSkill;
import org.credpath.engine.learner.Learner;

/**
 * Plans for a team: each member's gap to each target role (the team's roles, or else the member's
 * own {@code targetOccupation}), grouped per role, then the credentials that close the most
 * (member, skill) gaps, chosen greedily ({@link TeamCover}). Deterministic: ties break on cost,
 * hours and id.
 */
public final class TeamPlanner {

    /** Most members a team may have. */
    public static final int MAX_MEMBERS = 200;
    /** Most target roles a team may name. */
    public static final int MAX_ROLES = 10;
    /** Most credentials a plan may list. */
    public static final int MAX_CREDENTIALS = 50;

    private final MemberGaps gaps;
    private final List<Credential> catalogue;

    public TeamPlanner(MemberGaps gaps, List<Credential> catalogue) {
        this.gaps = Objects.requireNonNull(gaps, "gaps");
        this.catalogue = List.copyOf(catalogue);
    }

    /**
     * @param members        the team, each with an id (1..{@value #MAX_MEMBERS}, no id twice)
     * @param targets        the team's target roles (ESCO URI, O*NET-SOC code or free text); empty = each
     *                       member's own target occupation
     * @param maxCredentials 1..{@value #MAX_CREDENTIALS}
     * @throws IllegalArgumentException "field: problem" for bad input, e.g. a role that matches no occupation
     */
    public TeamPlan plan(List<Learner> members, List<String> targets, int maxCredentials) {
        check(members, targets, maxCredentials);
        List<String> warnings = new ArrayList<>();
        Map<String, RoleBuilder> roles = new LinkedHashMap<>();
        List<Learner> planned = new ArrayList<>();
        for (int k = 0; k < members.size(); k++) {
            Learner m = members.get(k);
            List<String> own = targets.isEmpty() && m.targetOccupation() != null ? List.of(m.targetOccupation()) : targets;
            if (own.isEmpty()) {
                warnings.add("member " + m.id() + " has no targetOccupation and the team names no target role: left out");
                continue;
            }
            planned.add(m);
            for (int t = 0; t < own.size(); t++) {
                MemberGap g = gapOf(m, k, own.get(t), targets.isEmpty() ? -1 : t);
                roles.computeIfAbsent(g.targetUri(), u -> new RoleBuilder(g)).add(m.id(), g.missing());
            }
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("targetOccupations: the team names no target role and no member has a"
                    + " targetOccupation; name at least one role");
        }
        List<TeamPlan.RoleGap> roleGaps = roles.values().stream().map(RoleBuilder::build).toList();
        TeamCover cover = new TeamCover(catalogue, planned, roleGaps);
        return cover.choose(maxCredentials, warnings);
    }

    private MemberGap gapOf(Learner m, int k, String target, int targetIndex) {
        try {
            return gaps.gap(m, target);
        } catch (IllegalArgumentException e) {
            String msg = Objects.requireNonNullElse(e.getMessage(), "invalid");
            int colon = msg.indexOf(": ");
            if (targetIndex >= 0 && msg.startsWith("targetOccupation: ")) {
                throw new IllegalArgumentException("targetOccupations[" + targetIndex + "]: " + msg.substring(colon + 2), e);
            }
            throw new IllegalArgumentException("learnerIds[" + k + "]: learner " + m.id() + ", " + msg, e);
        }
    }

    private static void check(List<Learner> members, List<String> targets, int maxCredentials) {
        if (members == null || members.isEmpty()) {
            throw new IllegalArgumentException("learnerIds: a team needs at least one member");
        }
        if (members.size() > MAX_MEMBERS) {
            throw new IllegalArgumentException("learnerIds: at most " + MAX_MEMBERS + " members, got " + members.size());
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int k = 0; k < members.size(); k++) {
            String id = members.get(k).id();
            if (id == null || !seen.add(id)) {
                throw new IllegalArgumentException("learnerIds[" + k + "]: " + (id == null ? "a member needs an id"
                        : "learner " + id + " is listed twice"));
            }
        }
        Objects.requireNonNull(targets, "targetOccupations");
        if (targets.size() > MAX_ROLES) {
            throw new IllegalArgumentException("targetOccupations: at most " + MAX_ROLES + " roles, got " + targets.size());
        }
        if (maxCredentials < 1 || maxCredentials > MAX_CREDENTIALS) {
            throw new IllegalArgumentException("maxCredentials: must be in [1, " + MAX_CREDENTIALS + "], got " + maxCredentials);
        }
    }

    /** Collects one role's members and, per skill, which of them lack it. */
    private static final class RoleBuilder {
        private final MemberGap first;
        private final List<String> memberIds = new ArrayList<>();
        private final Map<String, GapSkill> skills = new LinkedHashMap<>();
        private final Map<String, List<String>> lacking = new LinkedHashMap<>();

        RoleBuilder(MemberGap first) {
            this.first = first;
        }

        void add(String memberId, List<GapSkill> missing) {
            if (memberIds.contains(memberId)) {
                return; // two of the team's roles read as the same occupation
            }
            memberIds.add(memberId);
            for (GapSkill s : missing) {
                skills.putIfAbsent(s.uri(), s);
                lacking.computeIfAbsent(s.uri(), u -> new ArrayList<>()).add(memberId);
            }
        }

        TeamPlan.RoleGap build() {
            List<TeamPlan.SkillGap> out = new ArrayList<>();
            int total = 0;
            for (GapSkill s : skills.values()) {
                List<String> who = lacking.get(s.uri());
                total += who.size();
                out.add(new TeamPlan.SkillGap(s.uri(), s.label(), s.essential(), who.size(), who, s.weight(),
                        s.demandSignals()));
            }
            out.sort(Comparator.comparingInt(TeamPlan.SkillGap::membersLacking).reversed()
                    .thenComparing(TeamPlan.SkillGap::essential, Comparator.reverseOrder())
                    .thenComparing(Comparator.comparingDouble(TeamPlan.SkillGap::weight).reversed())
                    .thenComparing(TeamPlan.SkillGap::uri));
            return new TeamPlan.RoleGap(first.targetUri(), first.targetTitle(), memberIds, out, total,
                    first.growthPercent(), first.annualOpenings());
        }
    }
}
