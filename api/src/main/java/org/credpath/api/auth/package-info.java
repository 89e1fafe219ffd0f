/**
 * Tenants' API keys: issuing and hashing ({@link org.credpath.api.auth.ApiKeys}), per-route access
 * levels ({@link org.credpath.api.auth.Access}), per-key token-bucket rate limits
 * ({@link org.credpath.api.auth.TokenBucketLimiter}) and the request filter that applies them,
 * including the origin allowlist and CORS for public (widget) keys
 * ({@link org.credpath.api.auth.AuthFilter}).
 */
package org.credpath.api.auth;
