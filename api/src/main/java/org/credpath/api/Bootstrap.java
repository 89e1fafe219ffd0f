package org.credpath.api;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.credpath.api.auth.ApiKeys;
import org.credpath.api.auth.IssuedKey;
import org.credpath.api.auth.KeySpec;
import org.credpath.api.store.KeyType;
import org.credpath.api.store.Tenant;
import org.credpath.api.store.TenantRepository;

/** First start on an empty database: a {@code default} tenant and an admin key for development. */
public final class Bootstrap {
    public static final String DEFAULT_TENANT = "default";

    private Bootstrap() {
    }

    /** Creates the default tenant and an admin key when the database has no tenant yet. */
    public static Optional<IssuedKey> developmentKey(TenantRepository tenants, ApiKeys keys) {
        if (tenants.count() > 0) {
            return Optional.empty();
        }
        tenants.create(new Tenant(DEFAULT_TENANT, "Default tenant", OffsetDateTime.now(ZoneOffset.UTC)));
        return Optional.of(keys.issue(DEFAULT_TENANT,
                KeySpec.defaults(KeyType.ADMIN, "development key (created on first start)", List.of())));
    }
}
