package org.credpath.api.routes;

import java.util.ArrayList;
import java.util.List;

import org.credpath.api.auth.Access;
import org.credpath.api.auth.AuthFilter;
import org.credpath.api.http.FieldError;
import org.credpath.api.http.ProblemException;
import org.credpath.api.http.RequestBodies;
import org.credpath.api.store.EventRepository;
import org.credpath.engine.events.Event;
import org.credpath.engine.events.EventReader;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code POST /v1/events}: feedback events as a JSON array or JSON Lines, stored all-or-nothing. */
public final class EventRoutes {

    /**
     * The answer: how many events were committed, and how many were skipped because this tenant
     * already stored an event with their id (re-posting a batch is idempotent).
     */
    public record Stored(int stored, int duplicates) {
    }

    static final int MAX_EVENTS = 50_000;
    static final int MAX_ID = 200;
    static final int MAX_LEARNER_ID = LearnerRoutes.MAX_ID;
    static final int MAX_CREDENTIAL_ID = CatalogRoutes.MAX_ID;

    private final EventRepository events;
    private final RequestBodies bodies;

    public EventRoutes(EventRepository events, RequestBodies bodies) {
        this.events = events;
        this.bodies = bodies;
    }

    /** What the events table holds (V1, V2 migrations): longer values are a 400 naming the field, before any write. */
    private static void checkFits(List<Event> parsed) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            Event e = parsed.get(i);
            fits(errors, "[" + i + "].id", e.id(), MAX_ID);
            fits(errors, "[" + i + "].learnerId", e.learnerId(), MAX_LEARNER_ID);
            fits(errors, "[" + i + "].credentialId", e.credentialId(), MAX_CREDENTIAL_ID);
            fits(errors, "[" + i + "].requestId", e.requestId(), MAX_ID);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.getFirst().field() + ": " + errors.getFirst().message(),
                    errors.subList(0, Math.min(errors.size(), 50)));
        }
    }

    private static void fits(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "at most " + max + " characters, got " + value.length()));
        }
    }

    public void register(RoutesConfig routes) {
        routes.post("/v1/events", this::post, Access.TENANT);
    }

    private void post(Context ctx) {
        String tenant = AuthFilter.principal(ctx).tenantId();
        List<Event> parsed = bodies.strictBatch(ctx, EventReader::read);
        if (parsed.size() > Limits.EVENTS) {
            throw ProblemException.invalid("at most " + Limits.EVENTS + " events per request, got " + parsed.size(),
                    List.of(new FieldError("", "at most " + Limits.EVENTS + " events per request")));
        }
        for (int i = 0; i < parsed.size(); i++) {
            Limits.event("[" + i + "].", parsed.get(i));
        }
        checkFits(parsed);
        int stored = events.appendAll(tenant, parsed);
        ctx.status(201).json(new Stored(stored, parsed.size() - stored));
    }
}
