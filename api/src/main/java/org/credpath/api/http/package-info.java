/**
 * HTTP plumbing shared by every route: RFC 9457 problem documents ({@link org.credpath.api.http.Problem},
 * {@link org.credpath.api.http.ProblemException}), the one mapping from failures to problems
 * ({@link org.credpath.api.http.ErrorMapping}) so no stack trace reaches a client, and strict,
 * size-bounded request body parsing ({@link org.credpath.api.http.RequestBodies}).
 */
package org.credpath.api.http;
