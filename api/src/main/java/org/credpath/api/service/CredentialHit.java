package org.credpath.api.service;

import java.util.Objects;

import org.credpath.engine.catalog.Credential;

/** One search result: the credential and its retrieval score (higher is better). */
public record CredentialHit(Credential credential, double score) {
    public CredentialHit {
        Objects.requireNonNull(credential, "credential");
    }
}
