/**
 * Operations, installed by {@link org.credpath.api.ops.Operations}: request ids
 * ({@link org.credpath.api.ops.RequestIds}), the access log ({@link org.credpath.api.ops.AccessLog}),
 * readiness, the draining stop ({@link org.credpath.api.ops.GracefulStop}) and the build's version
 * ({@link org.credpath.api.ops.BuildInfo}).
 */
package org.credpath.api.ops;
