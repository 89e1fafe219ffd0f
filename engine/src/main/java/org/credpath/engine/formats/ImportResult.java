package org.credpath.engine.formats;

import java.util.List;
import java.util.Objects;

import org.credpath.engine.catalog.Credential;

/**
 * A successful import: the credentials in source order, the warnings (nothing refused), how many
 * source records were not credentials (organisations, profiles, pathway components) and the
 * occupation alignments the source gave, which the exchange format has no field for.
 */
public record ImportResult(List<Credential> credentials, List<ImportIssue> warnings, int recordsSkipped,
        List<OccupationAlignment> occupations) {
    public ImportResult {
        credentials = List.copyOf(credentials);
        warnings = List.copyOf(Objects.requireNonNullElse(warnings, List.of()));
        occupations = List.copyOf(Objects.requireNonNullElse(occupations, List.of()));
    }

    /**
     * An occupation a source record is aligned to (CTDL {@code ceterms:occupationType}).
     *
     * @param credentialId the imported credential's id
     * @param code         e.g. the SOC / O*NET-SOC code ({@code 11-1011.00}); may be null
     * @param name         e.g. {@code Chief Executives}; may be null
     * @param uri          the target node, e.g. an O*NET or ESCO URI; may be null
     */
    public record OccupationAlignment(String credentialId, String code, String name, String uri) {
    }
}
