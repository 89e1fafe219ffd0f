package org.credpath.api.service;

import java.util.Objects;

/** A resolved taxonomy entry (occupation or skill): id (URI or code), preferred label, match score. */
public record Match(String id, String label, double score) {
    public Match {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
