/**
 * HTTP plumbing shared by every route: RFC 9457 problem documents ({@link org.credpath.api.http.Problem},
 * {@link org.credpath.api.http.ProblemException}), the one mapping from failures to problems
 * ({@link org.credpath.api.http.ErrorMapping}) so no stack trace reaches a client, Jetty's own refusals as
 * problems and the read timeout ({@link org.credpath.api.http.ServerGuards}), and strict, size-bounded,
 * media-type-checked request body parsing with a cap on concurrent reads
 * ({@link org.credpath.api.http.RequestBodies}, {@link org.credpath.api.http.BodyType}).
 */
package org.credpath.api.http;
