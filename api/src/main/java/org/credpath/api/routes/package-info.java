/**
 * The v1 routes, one class per resource. Each declares its {@link org.credpath.api.auth.Access}
 * level, reads bodies through {@link org.credpath.api.http.RequestBodies} and scopes every store
 * call to the caller's tenant.
 */
package org.credpath.api.routes;
