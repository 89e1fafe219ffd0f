package org.credpath.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CredentialJsonTest {

    private static final String FORMATS_EXAMPLE = """
            {"id":"edx:how-to-learn-online","title":"How to Learn Online","provider":"edX",
             "description":"...","url":"https://example.org","credentialType":"course","level":"introductory",
             "hours":6,"costUsd":49,"delivery":"online","language":"en","assessed":true,
             "skills":["http://data.europa.eu/esco/skill/x"],"skillLabels":["online learning"],
             "prerequisites":["edx:a"],"stacksInto":[{"qualificationId":"edx:b","credits":15}],
             "credits":null,"endorsements":[],"reviewedOn":"2024-05-01"}""";

    @Test
    void readsTheDesignExampleAndRoundTrips() {
        Credential c = ExchangeJson.mapper().readValue(FORMATS_EXAMPLE, Credential.class);
        assertThat(c.credentialType()).isEqualTo(CredentialType.COURSE);
        assertThat(c.level()).isEqualTo(Level.INTRODUCTORY);
        assertThat(c.hours()).isEqualTo(6.0);
        assertThat(c.stacksInto()).containsExactly(new Credential.StackLink("edx:b", 15.0));
        String line = ExchangeJson.toLine(c);
        assertThat(line).contains("\"credentialType\":\"course\"").doesNotContain("credits\":null");
        assertThat(ExchangeJson.mapper().readValue(line, Credential.class)).isEqualTo(c);
    }

    @Test
    void writesKebabCaseVocabulary() {
        Credential c = new Credential("x", "X", null, null, null, null, CredentialType.PROFESSIONAL_CERTIFICATE,
                null, null, null, Delivery.IN_PERSON, null, null, null, null, null, null, null, null, null);
        assertThat(ExchangeJson.toLine(c)).contains("\"professional-certificate\"").contains("\"in-person\"");
    }

    @Test
    void keepsZeroCostAndFalseFlags() {
        Credential free = new Credential("x", "X", null, null, null, null, null, null, 0.0, 0.0, null, null, false,
                null, null, null, null, null, null, null);
        assertThat(ExchangeJson.toLine(free)).contains("\"hours\":0.0", "\"costUsd\":0.0", "\"assessed\":false");
    }
}
