package org.credpath.api.auth;

import io.javalin.security.RouteRole;

/** Who may call a route. Every route declares exactly one. */
public enum Access implements RouteRole {
    /** No key needed (health, OpenAPI, docs, metrics). */
    OPEN,
    /**
     * What a public (widget) key may call, and tenant and admin keys too: reads, recommendations,
     * unsaved pathway plans and evaluations, impression and click events (the routes check the rest).
     */
    READ,
    /** The tenant's own data, reads and writes: tenant and admin keys. */
    TENANT,
    /** Managing tenants and keys: admin keys only. */
    ADMIN
}
