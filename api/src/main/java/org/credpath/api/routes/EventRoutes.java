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

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import tools.jackson.databind.JsonNode;

/** {@code POST /v1/events}: feedback events as a JSON array or JSON Lines, stored all-or-nothing. */
public final class EventRoutes {

    /** The answer: how many events were committed. */
    public record Stored(int stored) {
    }

    static final int MAX_EVENTS = 50_000;
    private static final int MAX_REPORTED = 50;

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
        List<JsonNode> nodes = bodies.arrayOrLines(ctx);
        if (nodes.isEmpty()) {
            throw ProblemException.invalid("no events in the body", List.of(new FieldError("", "no events")));
        }
        if (nodes.size() > MAX_EVENTS) {
            throw ProblemException.invalid("at most " + MAX_EVENTS + " events per request, got " + nodes.size(),
                    List.of(new FieldError("", "too many events")));
        }
        List<Event> parsed = new ArrayList<>(nodes.size());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            try {
                parsed.add(RequestBodies.convert(nodes.get(i), Event.class, "[" + i + "]"));
            } catch (ProblemException e) {
                if (errors.size() < MAX_REPORTED) {
                    errors.addAll(e.problem().errors());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.size() + " invalid event(s); nothing was stored; first: "
                    + errors.getFirst().field() + ": " + errors.getFirst().message(), errors);
        }
        events.appendAll(tenant, parsed);
        ctx.status(201).json(new Stored(parsed.size()));
    }
}
