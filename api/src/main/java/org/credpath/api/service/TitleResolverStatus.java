package org.credpath.api.service;

import java.util.Objects;

/**
 * Which job-title resolver answers now.
 *
 * @param stage  {@code fused} (sentence encoder and lexical stages), {@code lexical-while-encoding}
 *               (the encoder's vectors are still being read or encoded at start) or
 *               {@code lexical-encoder-failed}
 * @param detail why, in words (while encoding: the last progress line)
 */
public record TitleResolverStatus(String stage, String detail) {
    public TitleResolverStatus {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(detail, "detail");
    }
}
