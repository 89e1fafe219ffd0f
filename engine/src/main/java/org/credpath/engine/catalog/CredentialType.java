package org.credpath.engine.catalog;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** The {@code credentialType} vocabulary; JSON values are kebab-case. */
public enum CredentialType implements Vocabulary {
    COURSE, MICRO_CREDENTIAL, SKILL_SET, BADGE, CERTIFICATE, SPECIALIZATION, PROFESSIONAL_CERTIFICATE, DEGREE, OTHER;

    @JsonValue
    @Override
    public String value() {
        return Vocabulary.kebab(this);
    }

    /** The value named by {@code text} (case and separators ignored), or empty when unknown. */
    public static Optional<CredentialType> parse(String text) {
        return Vocabulary.parse(CredentialType.class, text);
    }
}
