package org.credpath.engine.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.CredentialType;
import org.credpath.engine.catalog.Delivery;
import org.credpath.engine.catalog.Level;
import org.junit.jupiter.api.Test;

class OversizedTermsTest {

    private static Credential withProvider(String id, String provider, String description) {
        return new Credential(id, "Title", provider, description, null, null, CredentialType.COURSE,
                Level.INTRODUCTORY, 10.0, null, Delivery.ONLINE, "en", true, List.of(), List.of(), null, null, null,
                null, null);
    }

    @Test
    void aProviderOverTheTermLimitIsNamedAndIsWhatTheIndexRefuses() {
        Credential big = withProvider("big", "x".repeat(40_000), null);
        assertThat(CredentialDocuments.oversizedTerms(big))
                .containsExactly(new CredentialDocuments.OversizedTerm("provider", 40_000));
        try (CatalogIndex index = CatalogIndex.inMemory(CredentialVectors.NONE, SkillTextSource.TAGS_ONLY)) {
            assertThatThrownBy(() -> index.upsertAll(List.of(big))).hasMessageContaining("immense term");
        }
    }

    @Test
    void longTextAndATermAtTheLimitAreIndexed() {
        String atLimit = "é".repeat(16_383);
        Credential ok = withProvider("ok", atLimit, "word ".repeat(100_000));
        assertThat(CredentialDocuments.oversizedTerms(ok)).isEmpty();
        assertThat(CredentialDocuments.oversizedTerms(withProvider("mb", atLimit + "é", null)))
                .containsExactly(new CredentialDocuments.OversizedTerm("provider", 32_768));
        try (CatalogIndex index = CatalogIndex.inMemory(CredentialVectors.NONE, SkillTextSource.TAGS_ONLY)) {
            index.upsertAll(List.of(ok));
            index.refresh();
            assertThat(index.contains("ok")).isTrue();
        }
    }
}
