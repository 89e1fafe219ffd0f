/**
 * The runnable application: the command line ({@link org.credpath.api.Main}: the engine's commands
 * plus {@code serve} and {@code export-events}) and the HTTP server ({@link org.credpath.api.ApiServer}),
 * wired from the persistence ({@code store}), authentication ({@code auth}), HTTP plumbing
 * ({@code http}), routes ({@code routes}), wallet reading ({@code wallet}), metrics ({@code metrics}),
 * operations ({@code ops}: request ids, access log, readiness, draining stop)
 * and the engine service seams ({@code service}). See {@code docs/api.md}.
 */
package org.credpath.api;
