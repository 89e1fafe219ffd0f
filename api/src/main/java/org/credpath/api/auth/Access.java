package org.credpath.api.auth;

import io.javalin.security.RouteRole;

/** Who may call a route. Every route declares exactly one. */
public enum Access implements RouteRole {
    /** No key needed (health, OpenAPI, docs, metrics). */
    OPEN,
    /** Read-only routes: public (widget) keys, tenant keys and admin keys. */
    READ,
    /** The tenant's own data, reads and writes: tenant and admin keys. */
    TENANT,
    /** Managing tenants and keys: admin keys only. */
    ADMIN
}
