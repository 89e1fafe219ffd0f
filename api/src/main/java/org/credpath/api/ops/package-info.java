/**
 * Operations: request ids and the access log ({@link org.credpath.api.ops.RequestIds},
 * {@link org.credpath.api.ops.AccessLog}).
 */
package org.credpath.api.ops;
