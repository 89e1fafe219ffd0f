package org.credpath.api.routes;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.credpath.api.auth.Access;
import org.credpath.api.auth.AuthFilter;
import org.credpath.api.http.ApiJson;
import org.credpath.api.http.BodyType;
import org.credpath.api.http.FieldError;
import org.credpath.api.http.Problem;
import org.credpath.api.http.ProblemException;
import org.credpath.api.http.RequestBodies;
import org.credpath.api.store.StoredDocument;
import org.credpath.api.store.TenantDocuments;
import org.credpath.api.wallet.Badge;
import org.credpath.api.wallet.BadgeMatcher;
import org.credpath.api.wallet.InvalidBadgeException;
import org.credpath.api.wallet.OpenBadgesReader;
import org.credpath.engine.learner.Learner;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Learner profiles per tenant, and importing Open Badges wallets into them. */
public final class LearnerRoutes {

    /**
     * The answer to a wallet import.
     *
     * @param proofsVerified always false: proofs and signatures are not checked by this server
     */
    public record WalletImport(String learnerId, List<Badge> badges, List<String> addedSkills, Learner learner,
            boolean proofsVerified, List<BadgeMatcher.Match> matched, List<String> addedCredentials) {
    }

    static final int MAX_ID = Limits.LEARNER_ID;

    private final TenantDocuments learners;
    private final RequestBodies bodies;
    private final OpenBadgesReader badges = new OpenBadgesReader(ApiJson.mapper());

    private final java.util.Optional<BadgeMatcher> matcher;

    public LearnerRoutes(TenantDocuments learners, RequestBodies bodies) {
        this(learners, bodies, java.util.Optional.empty());
    }

    /** With the catalogue, wallet badges that match catalogue credentials become held credentials. */
    public LearnerRoutes(TenantDocuments learners, RequestBodies bodies,
            java.util.Optional<org.credpath.api.service.CatalogService> catalog) {
        this.learners = learners;
        this.bodies = bodies;
        this.matcher = catalog.map(BadgeMatcher::new);
    }

    /** The tenant's stored learner, if there is one. */
    public java.util.Optional<Learner> find(String tenantId, String id) {
        return learners.find(tenantId, id)
                .map(d -> RequestBodies.parse(d.json().getBytes(StandardCharsets.UTF_8), Learner.class, ""));
    }

    public void register(RoutesConfig routes) {
        routes.post("/v1/learners", this::create, Access.TENANT);
        routes.get("/v1/learners", this::list, Access.TENANT);
        routes.get("/v1/learners/{id}", this::get, Access.TENANT);
        routes.put("/v1/learners/{id}", this::put, Access.TENANT);
        routes.post("/v1/learners/{id}/wallet", this::wallet, Access.TENANT);
    }

    /** The tenant's stored learner, or 404. */
    public Learner load(String tenantId, String id) {
        return learners.find(tenantId, id)
                .map(d -> RequestBodies.parse(d.json().getBytes(StandardCharsets.UTF_8), Learner.class, ""))
                .orElseThrow(() -> ProblemException.notFound("learner", id));
    }

    private void create(Context ctx) {
        String tenant = AuthFilter.principal(ctx).tenantId();
        Learner body = bodies.json(ctx, Learner.class);
        Limits.learner("", body);
        Learner learner = body.id() == null ? body.withId(Ids.next("l-")) : body;
        Ids.check("id", learner.id(), MAX_ID);
        if (!learners.insertIfAbsent(tenant, learner.id(), ApiJson.mapper().writeValueAsString(learner))) {
            throw ProblemException.conflict("a learner with id " + learner.id()
                    + " already exists; use PUT /v1/learners/{id} to replace it");
        }
        ctx.status(201).header("Location", "/v1/learners/" + learner.id()).json(learner);
    }

    /** A page of the tenant's learners in id order; {@code next} is the cursor of the next page, left out on the last. */
    public record LearnerPage(List<Learner> items, long total, String next) {
    }

    private void list(Context ctx) {
        String tenant = AuthFilter.principal(ctx).tenantId();
        int limit = QueryParams.intParam(ctx, "limit", 100, 1, 1000);
        Cursors.Page<Learner> page = Cursors.page(learners.list(tenant, Cursors.after(ctx), limit + 1), limit,
                StoredDocument::id,
                d -> RequestBodies.parse(d.json().getBytes(StandardCharsets.UTF_8), Learner.class, ""));
        ctx.json(new LearnerPage(page.items(), learners.count(tenant), page.next()));
    }

    private void get(Context ctx) {
        ctx.json(load(AuthFilter.principal(ctx).tenantId(), ctx.pathParam("id")));
    }

    private void put(Context ctx) {
        String tenant = AuthFilter.principal(ctx).tenantId();
        String id = Ids.check("id", ctx.pathParam("id"), MAX_ID);
        Learner body = bodies.json(ctx, Learner.class);
        Limits.learner("", body);
        if (body.id() != null && !body.id().equals(id)) {
            throw ProblemException.invalidField("id", "must equal the id in the path (" + id + "), got " + body.id());
        }
        Learner learner = body.withId(id);
        TenantDocuments.Outcome outcome = learners.upsert(tenant, id, ApiJson.mapper().writeValueAsString(learner));
        ctx.status(outcome == TenantDocuments.Outcome.CREATED ? 201 : 200).json(learner);
    }

    private void wallet(Context ctx) {
        String tenant = AuthFilter.principal(ctx).tenantId();
        RequestBodies.requireContentType(ctx, BodyType.WALLET);
        Learner learner = load(tenant, ctx.pathParam("id"));
        String body = new String(bodies.read(ctx), StandardCharsets.UTF_8);
        List<Badge> read;
        try {
            read = badges.readSubmission(body);
        } catch (InvalidBadgeException e) {
            List<FieldError> errors = e.issues().stream().map(i -> new FieldError(i.field(), i.message())).toList();
            throw new ProblemException(Problem.of(422, "invalid-credential", "Not a usable Open Badges 3.0 credential",
                    e.getMessage(), errors));
        }
        Limits.badges(read);
        Set<String> skills = new LinkedHashSet<>(learner.skills());
        Set<String> held = new LinkedHashSet<>(learner.heldCredentials());
        List<String> added = new ArrayList<>();
        List<String> addedHeld = new ArrayList<>();
        List<BadgeMatcher.Match> matched = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            Badge b = read.get(i);
            int index = i;
            var match = matcher.flatMap(m -> m.match(tenant, index, b));
            match.ifPresent(m -> {
                matched.add(m);
                if (held.add(m.credentialId())) {
                    addedHeld.add(m.credentialId());
                }
            });
            // a matched badge is a held credential (its skills count through it); only its ESCO alignments are added as skills
            for (String s : match.isPresent() ? b.escoSkills() : b.skills()) {
                if (skills.add(s)) {
                    added.add(s);
                }
            }
        }
        if (held.size() > Limits.LIST) {
            throw ProblemException.invalidField("heldCredentials", "a learner holds at most " + Limits.LIST
                    + " credentials; this import would make " + held.size());
        }
        if (skills.size() > Limits.SKILLS) {
            throw ProblemException.invalidField("skills", "a learner has at most " + Limits.SKILLS
                    + " skills; this import would make " + skills.size());
        }
        Learner updated = learner.withSkills(List.copyOf(skills)).withHeldCredentials(List.copyOf(held));
        learners.upsert(tenant, learner.id(), ApiJson.mapper().writeValueAsString(updated));
        ctx.json(new WalletImport(learner.id(), read, added, updated, false, matched, addedHeld));
    }
}
