package org.credpath.api.http;

import java.util.List;
import java.util.Locale;

/** The media types a route's body may declare; anything else (or none) is 415. */
public enum BodyType {
    /** One JSON document: {@code application/json} or any {@code application/*+json}. */
    JSON(List.of("application/json")),
    /** A batch: a JSON array or concatenated objects as JSON, or JSON Lines as {@code application/x-ndjson} / {@code application/jsonl}. */
    BATCH(List.of("application/json", "application/x-ndjson", "application/jsonl")),
    /** A wallet submission: Open Badges JSON(-LD) or a compact VC-JWT. */
    WALLET(List.of("application/json", "application/ld+json", "application/vc+ld+json", "application/vc+jwt",
            "application/vc", "application/jwt"));

    private final List<String> accepted;

    BodyType(List<String> accepted) {
        this.accepted = accepted;
    }

    /** Whether a request's Content-Type header value (parameters such as charset ignored) is accepted. */
    public boolean accepts(String contentType) {
        if (contentType == null) {
            return false;
        }
        String media = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return accepted.contains(media) || this != BATCH && media.startsWith("application/") && media.endsWith("+json");
    }

    /** The accepted types, for the 415 message. */
    public String expected() {
        return String.join(", ", accepted);
    }
}
