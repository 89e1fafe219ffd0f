package org.credpath.engine.eval;

import java.nio.file.Path;
import java.util.Objects;

import org.credpath.engine.skills.CataloguePreparation;

/**
 * The three exchange files of a ranking run (catalogue, learners, events), e.g. a folder written by
 * {@code credpath simulate}.
 */
public record RankingFiles(Path catalog, Path learners, Path events) {

    public RankingFiles {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(learners, "learners");
        Objects.requireNonNull(events, "events");
    }

    /** {@code catalog.jsonl}, {@code learners.jsonl} and {@code events.jsonl} in {@code dir}. */
    public static RankingFiles inFolder(Path dir) {
        return new RankingFiles(dir.resolve("catalog.jsonl"), dir.resolve("learners.jsonl"), dir.resolve("events.jsonl"));
    }

    /**
     * Reads the three files (see {@link EvalData#load}); credentials without ESCO skills are tagged
     * by {@code preparation}, and stderr says how many.
     */
    public EvalData load(CataloguePreparation preparation) {
        return EvalData.load(catalog, learners, events,
                cs -> preparation.prepare(cs, catalog.toString(), System.err::println));
    }
}
