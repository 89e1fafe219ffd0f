package org.credpath.engine.catalog.bundled;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.ReadIssue;
import org.credpath.engine.data.CredpathHome;

/**
 * The catalogue Credpath ships: the Coursera 2023 and edX 2021 listings in
 * {@code datasets/course_catalogs}, normalised into {@link Credential}s with unique, stable ids
 * ({@code coursera:<slug>}, {@code edx:<slug>}) and derived stacking links, plus coverage figures.
 *
 * @param credentials Coursera first, then edX, each in file order
 * @param signals     ratings, review and enrolment counts by credential id
 * @param issues      rows skipped or merged, with file and line
 */
public record BundledCatalog(List<Credential> credentials, List<ListingSignals> signals, CatalogStats stats,
        List<ReadIssue> issues) {

    public static final String FOLDER = "course_catalogs";

    public BundledCatalog {
        credentials = List.copyOf(credentials);
        signals = List.copyOf(signals);
        issues = List.copyOf(issues);
        Set<String> ids = new HashSet<>();
        for (Credential c : credentials) {
            if (!ids.add(c.id())) {
                throw new IllegalArgumentException("credentials: duplicate id " + c.id());
            }
        }
    }

    /** Loads and normalises both listings (about a second). */
    public static BundledCatalog load(CredpathHome home) {
        try {
            SourceListing coursera = CourseraListing.read(home.dataset(FOLDER, CourseraListing.FILE));
            SourceListing edx = EdxListing.read(home.dataset(FOLDER, EdxListing.FILE));
            return of(List.of(coursera, edx));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled catalogue in " + home.datasets().resolve(FOLDER)
                    + ": " + e.getMessage(), e);
        }
    }

    static BundledCatalog of(List<SourceListing> listings) {
        List<Credential> all = new ArrayList<>();
        List<ListingSignals> signals = new ArrayList<>();
        List<ReadIssue> issues = new ArrayList<>();
        Map<String, SourceCoverage> sources = new LinkedHashMap<>();
        Map<String, String> platformOf = new LinkedHashMap<>();
        for (SourceListing l : listings) {
            all.addAll(l.credentials());
            signals.addAll(l.signals());
            issues.addAll(l.issues());
            sources.put(l.platform(), l.coverage());
            l.credentials().forEach(c -> platformOf.put(c.id(), l.platform()));
        }
        StackingLadder.Result ladder = StackingLadder.derive(all);
        List<Credential> creds = ladder.credentials();
        CatalogStats stats = new CatalogStats(creds.size(),
                (int) creds.stream().filter(c -> c.hours() != null).count(),
                (int) creds.stream().filter(c -> c.costUsd() != null).count(),
                CatalogStats.count(platformOf.values()),
                CatalogStats.count(creds.stream().map(c -> c.credentialType().value()).toList()),
                CatalogStats.count(creds.stream().map(Credential::provider).toList()),
                CatalogStats.sourcesOf(sources), ladder.stats());
        return new BundledCatalog(creds, signals, stats, issues);
    }
}
