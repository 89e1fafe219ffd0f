package org.credpath.api.wallet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.credpath.api.service.CatalogService;
import org.credpath.api.service.MatchKeys;
import org.credpath.engine.catalog.Credential;

/**
 * Which catalogue credential an Open Badges achievement is, by the first rule that gives exactly
 * one credential (docs/formats.md, "Open Badges 3.0 wallet"):
 * <ol>
 *   <li>{@code id}: the achievement's {@code id} is a catalogue credential id;</li>
 *   <li>{@code url}: the achievement's {@code id} or an alignment's {@code targetUrl} is a
 *       credential's {@code url} (scheme and host case, a trailing slash and a fragment ignored);</li>
 *   <li>{@code name}: the achievement's name equals a credential's title (case, accents, punctuation
 *       and spacing ignored); when several credentials have that title, the one whose provider
 *       equals the issuer's name; still several (or none) -> no match.</li>
 * </ol>
 */
public final class BadgeMatcher {

    /** A badge matched to a catalogue credential, and the rule that matched it ({@code id}, {@code url}, {@code name}). */
    public record Match(int badge, String achievementName, String credentialId, String rule) {
    }

    private final CatalogService catalog;

    public BadgeMatcher(CatalogService catalog) {
        this.catalog = catalog;
    }

    public Optional<Match> match(String tenant, int index, Badge b) {
        if (b.achievementId() != null) {
            Optional<Credential> byId = catalog.find(tenant, b.achievementId());
            if (byId.isPresent()) {
                return Optional.of(new Match(index, b.achievementName(), byId.get().id(), "id"));
            }
        }
        List<String> urls = new ArrayList<>();
        if (b.achievementId() != null) {
            urls.add(b.achievementId());
        }
        b.alignments().stream().map(Alignment::targetUrl).filter(u -> u != null && !u.isBlank()).forEach(urls::add);
        for (String u : urls) {
            List<Credential> hits = catalog.findByUrl(tenant, MatchKeys.url(u));
            if (hits.size() == 1) {
                return Optional.of(new Match(index, b.achievementName(), hits.getFirst().id(), "url"));
            }
        }
        List<Credential> named = catalog.findByTitle(tenant, MatchKeys.title(b.achievementName()));
        if (named.size() > 1 && b.issuerName() != null) {
            String issuer = MatchKeys.title(b.issuerName());
            named = named.stream().filter(c -> c.provider() != null && MatchKeys.title(c.provider()).equals(issuer)).toList();
        }
        return named.size() == 1 ? Optional.of(new Match(index, b.achievementName(), named.getFirst().id(), "name"))
                : Optional.empty();
    }
}
