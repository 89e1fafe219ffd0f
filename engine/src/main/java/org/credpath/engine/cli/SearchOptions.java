package org.credpath.engine.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.credpath.engine.catalog.CredentialType;
import org.credpath.engine.catalog.Delivery;
import org.credpath.engine.catalog.Level;
import org.credpath.engine.index.SearchFilters;

import picocli.CommandLine.Option;

/** Filter and index options shared by {@code search} (a picocli mixin). */
public final class SearchOptions {

    @Option(names = "--type", split = ",", description = "credential types, e.g. course,badge")
    List<String> types = List.of();
    @Option(names = "--level", split = ",", description = "levels: introductory, intermediate, advanced")
    List<String> levels = List.of();
    @Option(names = "--delivery", split = ",", description = "online, blended, in-person")
    List<String> deliveries = List.of();
    @Option(names = "--max-hours", description = "at most this many hours")
    Double maxHours;
    @Option(names = "--max-cost", description = "at most this cost in USD")
    Double maxCost;
    @Option(names = "--provider", description = "provider name (exact, case-insensitive)")
    String provider;
    @Option(names = "--language", description = "language code, e.g. en")
    String language;
    @Option(names = "--index", description = "index folder (default var/index, the bundled catalogue; another folder starts empty)")
    Path index;

    SearchFilters filters() {
        Set<CredentialType> t = EnumSet.noneOf(CredentialType.class);
        types.forEach(s -> t.add(CredentialType.parse(s).orElseThrow(() ->
                new IllegalArgumentException("--type: unknown credential type '" + s + "'"))));
        Set<Level> l = EnumSet.noneOf(Level.class);
        levels.forEach(s -> l.add(Level.parse(s).orElseThrow(() ->
                new IllegalArgumentException("--level: unknown level '" + s + "'"))));
        Set<Delivery> d = EnumSet.noneOf(Delivery.class);
        deliveries.forEach(s -> d.add(Delivery.parse(s).orElseThrow(() ->
                new IllegalArgumentException("--delivery: unknown delivery '" + s + "'"))));
        return new SearchFilters(t, l, d, maxHours, maxCost, provider, language);
    }
}
