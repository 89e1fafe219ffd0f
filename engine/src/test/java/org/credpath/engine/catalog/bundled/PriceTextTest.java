package org.credpath.engine.catalog.bundled;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PriceTextTest {

    @Test
    void verifiedCertificatePriceIsTheCost() {
        assertThat(PriceText.costUsd("FREE-Add a Verified Certificate for $49 USD")).hasValue(49.0);
        assertThat(PriceText.costUsd("FREE-Add a Verified Certificate for $49.99 USD")).hasValue(49.99);
        assertThat(PriceText.costUsd("$1,299")).hasValue(1299.0);
        assertThat(PriceText.costUsd("USD 300")).hasValue(300.0);
    }

    @Test
    void freeOrAuditAloneIsZeroAndOtherTextIsUnknown() {
        assertThat(PriceText.costUsd("Free")).hasValue(0.0);
        assertThat(PriceText.costUsd("Audit for free")).hasValue(0.0);
        assertThat(PriceText.costUsd("contact us")).isEmpty();
        assertThat(PriceText.costUsd(null)).isEmpty();
    }
}
