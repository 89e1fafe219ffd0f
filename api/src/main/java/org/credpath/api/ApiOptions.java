package org.credpath.api;

/**
 * Server options.
 *
 * @param maxBodyBytes largest accepted request body; larger ones get 413
 */
public record ApiOptions(long maxBodyBytes) {
    public static final long DEFAULT_MAX_BODY = 4L * 1024 * 1024;

    public ApiOptions {
        if (maxBodyBytes < 1024 || maxBodyBytes > 1024L * 1024 * 1024) {
            throw new IllegalArgumentException("maxBodyBytes: must be 1 KiB..1 GiB, got " + maxBodyBytes);
        }
    }

    public static ApiOptions defaults() {
        return new ApiOptions(DEFAULT_MAX_BODY);
    }
}
