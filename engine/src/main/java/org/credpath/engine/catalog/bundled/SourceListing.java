package org.credpath.engine.catalog.bundled;

import java.util.List;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.ReadIssue;

/** One platform's listing normalised into credentials (unique ids), with signals and coverage. */
public record SourceListing(String platform, List<Credential> credentials, List<ListingSignals> signals,
        SourceCoverage coverage, List<ReadIssue> issues) {

    public SourceListing {
        credentials = List.copyOf(credentials);
        signals = List.copyOf(signals);
        issues = List.copyOf(issues);
    }
}
