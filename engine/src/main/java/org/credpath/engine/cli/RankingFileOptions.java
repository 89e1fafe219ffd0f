package org.credpath.engine.cli;

import java.nio.file.Path;
import java.util.Optional;

import org.credpath.engine.eval.RankingFiles;

import picocli.CommandLine.Option;

/** Picocli mixin: {@code --catalog}, {@code --learners}, {@code --events} (eval and train ranker). Never mutated. */
public final class RankingFileOptions {

    @Option(names = "--catalog", description = "Catalogue JSONL.")
    Path catalog;

    @Option(names = "--learners", description = "Learners JSONL.")
    Path learners;

    @Option(names = "--events", description = "Events JSONL.")
    Path events;

    /** Whether none of the three was given. */
    boolean none() {
        return catalog == null && learners == null && events == null;
    }

    /** The three files when all were given; empty when none was; an error naming the missing ones otherwise. */
    Optional<RankingFiles> files(String command) {
        if (none()) {
            return Optional.empty();
        }
        if (catalog == null || learners == null || events == null) {
            throw new IllegalArgumentException(command + " needs --catalog, --learners and --events together; missing: "
                    + String.join(", ", missing()));
        }
        return Optional.of(new RankingFiles(catalog, learners, events));
    }

    private java.util.List<String> missing() {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (catalog == null) {
            out.add("--catalog");
        }
        if (learners == null) {
            out.add("--learners");
        }
        if (events == null) {
            out.add("--events");
        }
        return out;
    }
}
