package org.credpath.api.routes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.credpath.api.auth.Access;
import org.credpath.api.auth.AuthFilter;
import org.credpath.api.http.ApiJson;
import org.credpath.api.http.ProblemException;
import org.credpath.api.http.RequestBodies;
import org.credpath.api.service.TeamService;
import org.credpath.api.store.TeamRepository;
import org.credpath.engine.catalog.Cost;
import org.credpath.engine.learner.Learner;
import org.credpath.engine.team.TeamPlan;
import org.credpath.engine.team.TeamPlanner;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Teams (employer skill planning): {@code PUT/GET/DELETE /v1/teams/{id}}, {@code GET /v1/teams} and
 * {@code GET /v1/teams/{id}/plan}, the team's gaps per target role and the credentials that close the
 * most of them (the engine's {@link TeamPlanner}). Members are stored learners of the caller's tenant.
 */
public final class TeamRoutes {

    /** Longest team name. */
    static final int MAX_NAME = 200;
    /** Most members a team may have. */
    static final int MAX_MEMBERS = TeamPlanner.MAX_MEMBERS;

    /** Body of {@code PUT /v1/teams/{id}}. */
    public record TeamBody(String name, List<String> learnerIds, List<String> targetOccupations) {
    }

    /** A stored team; {@code targetOccupations} empty = each member's own target occupation. */
    public record Team(String id, String name, List<String> learnerIds, List<String> targetOccupations,
            OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    /** A page of teams in id order; {@code next} is left out on the last page. */
    public record TeamPage(List<Team> items, String next) {
    }

    /** The answer of {@code GET /v1/teams/{id}/plan}. */
    public record TeamPlanResult(String teamId, String name, List<String> learnerIds, List<TeamPlan.RoleGap> roles,
            List<TeamPlan.TeamCredential> credentials, int memberGaps, int closedGaps, Cost totalCost,
            List<String> warnings) {
    }

    private final TeamRepository teams;
    private final LearnerRoutes learners;
    private final Optional<TeamService> planner;
    private final RequestBodies bodies;

    public TeamRoutes(TeamRepository teams, LearnerRoutes learners, Optional<TeamService> planner, RequestBodies bodies) {
        this.teams = teams;
        this.learners = learners;
        this.planner = planner;
        this.bodies = bodies;
    }

    public void register(RoutesConfig routes) {
        routes.get("/v1/teams", this::list, Access.TENANT);
        routes.put("/v1/teams/{id}", this::put, Access.TENANT);
        routes.get("/v1/teams/{id}", this::get, Access.TENANT);
        routes.delete("/v1/teams/{id}", this::delete, Access.TENANT);
        routes.get("/v1/teams/{id}/plan", this::plan, Access.TENANT);
    }

    private void put(Context ctx) {
        String tenant = AuthFilter.principal(ctx).tenantId();
        String id = Ids.check("id", ctx.pathParam("id"), Limits.LEARNER_ID);
        TeamBody body = bodies.json(ctx, TeamBody.class);
        String name = checkName(body.name());
        List<String> members = checkMembers(body.learnerIds());
        List<String> targets = checkTargets(body.targetOccupations());
        TeamRepository.Saved saved = teams.save(tenant, id, name, ApiJson.mapper().writeValueAsString(targets), members);
        if (saved.unknownLearner() >= 0) {
            String missing = members.get(saved.unknownLearner());
            throw ProblemException.invalidField("learnerIds[" + saved.unknownLearner() + "]",
                    "no learner with id " + missing + " is stored for this tenant (PUT /v1/learners/{id} first)");
        }
        ctx.status(saved.created() ? 201 : 200).json(team(teams.find(tenant, id).orElseThrow()));
    }

    private void get(Context ctx) {
        ctx.json(team(load(ctx)));
    }

    private void list(Context ctx) {
        String tenant = AuthFilter.principal(ctx).tenantId();
        int limit = QueryParams.intParam(ctx, "limit", 100, 1, 1000);
        Cursors.Page<Team> page = Cursors.page(teams.list(tenant, Cursors.after(ctx), limit + 1), limit,
                TeamRepository.StoredTeam::id, TeamRoutes::team);
        ctx.json(new TeamPage(page.items(), page.next()));
    }

    private void delete(Context ctx) {
        String tenant = AuthFilter.principal(ctx).tenantId();
        String id = Ids.check("id", ctx.pathParam("id"), Limits.LEARNER_ID);
        if (!teams.delete(tenant, id)) {
            throw ProblemException.notFound("team", id);
        }
        ctx.status(204);
    }

    private void plan(Context ctx) {
        String tenant = AuthFilter.principal(ctx).tenantId();
        TeamRepository.StoredTeam stored = load(ctx);
        int max = QueryParams.intParam(ctx, "maxCredentials", 10, 1, TeamPlanner.MAX_CREDENTIALS);
        TeamService service = planner.orElseThrow(() -> ProblemException.unavailable("team planning"));
        if (stored.learnerIds().isEmpty()) {
            throw ProblemException.invalidField("learnerIds", "the team has no members left (its learners were"
                    + " deleted); PUT the team again with learnerIds");
        }
        List<Learner> members = new ArrayList<>();
        for (String learnerId : stored.learnerIds()) {
            members.add(learners.load(tenant, learnerId));
        }
        Team team = team(stored);
        TeamPlan plan = Validation.validated(() -> service.plan(members, team.targetOccupations(), max));
        ctx.json(new TeamPlanResult(team.id(), team.name(), team.learnerIds(), plan.roles(), plan.credentials(),
                plan.memberGaps(), plan.closedGaps(), plan.totalCost(), plan.warnings()));
    }

    private TeamRepository.StoredTeam load(Context ctx) {
        String tenant = AuthFilter.principal(ctx).tenantId();
        String id = Ids.check("id", ctx.pathParam("id"), Limits.LEARNER_ID);
        return teams.find(tenant, id).orElseThrow(() -> ProblemException.notFound("team", id));
    }

    private static Team team(TeamRepository.StoredTeam t) {
        List<String> targets = List.of(ApiJson.mapper().readValue(t.targetOccupationsJson(), String[].class));
        return new Team(t.id(), t.name(), t.learnerIds(), targets, t.createdAt(), t.updatedAt());
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw ProblemException.invalidField("name", "required: the team's name");
        }
        Limits.text("name", name, MAX_NAME);
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.invalidField("name", "must not contain control characters");
        }
        return name.strip();
    }

    private static List<String> checkMembers(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            throw ProblemException.invalidField("learnerIds", "required: at least one stored learner id");
        }
        if (ids.size() > MAX_MEMBERS) {
            throw ProblemException.invalidField("learnerIds", "at most " + MAX_MEMBERS + " members, got " + ids.size());
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = Ids.check("learnerIds[" + i + "]", ids.get(i), Limits.LEARNER_ID);
            if (!seen.add(id)) {
                throw ProblemException.invalidField("learnerIds[" + i + "]", "learner " + id + " is listed twice");
            }
        }
        return List.copyOf(ids);
    }

    private static List<String> checkTargets(List<String> targets) {
        List<String> out = Objects.requireNonNullElse(targets, List.of());
        if (out.size() > TeamPlanner.MAX_ROLES) {
            throw ProblemException.invalidField("targetOccupations", "at most " + TeamPlanner.MAX_ROLES
                    + " roles, got " + out.size());
        }
        for (int i = 0; i < out.size(); i++) {
            String t = out.get(i);
            if (t == null || t.isBlank()) {
                throw ProblemException.invalidField("targetOccupations[" + i + "]", "must not be blank");
            }
            Limits.text("targetOccupations[" + i + "]", t, Limits.SHORT_TEXT);
        }
        return List.copyOf(out);
    }
}
