package org.credpath.api.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.credpath.api.store.ApiKeyRecord;
import org.credpath.api.store.ApiKeyRepository;
import org.credpath.api.store.Tenant;
import org.credpath.api.store.TenantRepository;

/**
 * Issues, checks and revokes API keys. Secrets are 32 random bytes ({@link SecureRandom}: these are
 * credentials, not experiment randomness) prefixed {@code cpk_}; only their SHA-256 is stored. Valid
 * keys are cached for 30 s; revoking through this class drops the cache entry at once.
 */
public final class ApiKeys {
    private static final String PREFIX = "cpk_";
    private static final long CACHE_TTL_NANOS = 30_000_000_000L;

    private record Cached(Optional<ApiKeyRecord> key, long expiresAt) {
    }

    private record OriginCache(List<String> origins, long expiresAt) {
    }

    private final ApiKeyRepository keys;
    private final TenantRepository tenants;
    private final SecureRandom random = new SecureRandom();
    private final LongSupplier nanoClock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private volatile OriginCache originCache;

    public ApiKeys(ApiKeyRepository keys, TenantRepository tenants, LongSupplier nanoClock) {
        this.keys = keys;
        this.tenants = tenants;
        this.nanoClock = nanoClock;
    }

    /** Issues a key for an existing tenant. */
    public IssuedKey issue(String tenantId, KeySpec spec) {
        Optional<Tenant> t = tenants.find(tenantId);
        if (t.isEmpty()) {
            throw new IllegalArgumentException("tenant: no tenant with id " + tenantId);
        }
        byte[] secretBytes = new byte[32];
        random.nextBytes(secretBytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        byte[] idBytes = new byte[8];
        random.nextBytes(idBytes);
        String id = "key_" + HexFormat.of().formatHex(idBytes);
        ApiKeyRecord record = new ApiKeyRecord(id, tenantId, hash(secret), spec.type(), spec.label(),
                spec.origins(), spec.ratePerMinute(), spec.burst(), OffsetDateTime.now(ZoneOffset.UTC),
                null);
        keys.insert(record);
        originCache = null;
        return new IssuedKey(record, secret);
    }

    /** The valid (not revoked) key with this secret. */
    public Optional<ApiKeyRecord> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        String h = hash(secret);
        long now = nanoClock.getAsLong();
        Cached c = cache.get(h);
        if (c == null || now - c.expiresAt() > 0) {
            c = new Cached(keys.findByHash(h).filter(k -> !k.revoked()), now + CACHE_TTL_NANOS);
            if (cache.size() > 100_000) {
                cache.clear();
            }
            cache.put(h, c);
        }
        return c.key();
    }

    public boolean revoke(String keyId) {
        boolean done = keys.revoke(keyId);
        cache.values().removeIf(c -> c.key().map(k -> k.id().equals(keyId)).orElse(false));
        originCache = null;
        return done;
    }

    public List<ApiKeyRecord> list(String tenantId) {
        return keys.listForTenant(tenantId);
    }

    /** Whether some valid public key allows this origin (CORS preflight carries no key). */
    public boolean anyPublicKeyAllows(String origin) {
        long now = nanoClock.getAsLong();
        OriginCache c = originCache;
        if (c == null || now - c.expiresAt() > 0) {
            c = new OriginCache(keys.publicOrigins(), now + CACHE_TTL_NANOS);
            originCache = c;
        }
        return c.origins().contains(origin);
    }

    static String hash(String secret) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
