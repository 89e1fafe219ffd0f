package org.credpath.api.routes;

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

    /** The answer: how many events were committed. */
    public record Stored(int stored) {
    }


    private final EventRepository events;
    private final RequestBodies bodies;

    public EventRoutes(EventRepository events, RequestBodies bodies) {
        this.events = events;
        this.bodies = bodies;
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
        events.appendAll(tenant, parsed);
        ctx.status(201).json(new Stored(parsed.size()));
    }
}
