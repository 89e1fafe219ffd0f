package org.credpath.api.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.credpath.api.service.CredentialQuery;
import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.Delivery;
import org.junit.jupiter.api.Test;

/** The filter-only listing on credentials that leave optional fields out (a tenant's own additions). */
class IndexedCatalogFilterTest {

    @Test
    void deliveryFilterSkipsCredentialsWithoutDeliveryInsteadOfFailing() {
        var filters = IndexedCatalog.filters(new CredentialQuery(null, null, null, null, Delivery.ONLINE, 10));
        Credential bare = Credential.of("acme:no-delivery", "No delivery stated");
        assertThat(filters.deliveries()).isEqualTo(Set.of(Delivery.ONLINE));
        assertThat(IndexedCatalog.matches(filters).test(bare)).isFalse();
    }
}
