package org.credpath.engine.labour.title;

import java.util.Objects;

/** A title known to name an ESCO occupation, and where that knowledge comes from. */
public record TitleEvidence(String occupationUri, String title, TitleSource source) {
    public TitleEvidence {
        Objects.requireNonNull(source, "source");
        if (occupationUri == null || occupationUri.isBlank()) {
            throw new IllegalArgumentException("title evidence has a blank occupation URI");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title evidence for " + occupationUri + " has a blank title");
        }
    }
}
