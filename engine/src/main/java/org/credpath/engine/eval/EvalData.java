package org.credpath.engine.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.CredentialReader;
import org.credpath.engine.catalog.ReadIssue;
import org.credpath.engine.catalog.ReadMode;
import org.credpath.engine.catalog.ReadResult;
import org.credpath.engine.events.Event;
import org.credpath.engine.events.EventReader;
import org.credpath.engine.learner.Learner;
import org.credpath.engine.learner.LearnerReader;

/**
 * The three exchange files of an evaluation or training run. Events naming an unknown learner or
 * credential are counted and dropped, not fatal. Files are read leniently (unknown fields are
 * ignored with a warning on stderr); any bad record stops the run with its file and line. The
 * catalogue goes through the caller's preparation (the commands pass
 * {@link org.credpath.engine.skills.CataloguePreparation}: skills inferred where the file gave none).
 */
public record EvalData(Map<String, Credential> catalogue, Map<String, Learner> learners, List<Event> events,
        int unknownLearnerEvents, int unknownCredentialEvents) {

    public static EvalData load(Path catalogFile, Path learnersFile, Path eventsFile,
            UnaryOperator<List<Credential>> prepare) {
        Map<String, Credential> catalogue = new LinkedHashMap<>();
        for (Credential c : prepare.apply(read(catalogFile, CredentialReader::read))) {
            catalogue.putIfAbsent(c.id(), c);
        }
        Map<String, Learner> learners = new LinkedHashMap<>();
        List<Learner> list = read(learnersFile, LearnerReader::read);
        for (int i = 0; i < list.size(); i++) {
            Learner l = list.get(i);
            if (l.id() == null) {
                throw new IllegalArgumentException(learnersFile + ": learner " + (i + 1) + " has no id");
            }
            learners.putIfAbsent(l.id(), l);
        }
        int unknownLearner = 0;
        int unknownCredential = 0;
        List<Event> events = new ArrayList<>();
        for (Event e : read(eventsFile, EventReader::read)) {
            if (!learners.containsKey(e.learnerId())) {
                unknownLearner++;
            } else if (!catalogue.containsKey(e.credentialId())) {
                unknownCredential++;
            } else {
                events.add(e);
            }
        }
        return new EvalData(catalogue, learners, events, unknownLearner, unknownCredential);
    }

    /** A file reader of the catalog/learner/events packages. */
    @FunctionalInterface
    interface Reader<T> {
        ReadResult<T> read(Path file, ReadMode mode) throws IOException;
    }

    /** All records of {@code file}; a bad record fails with every error's file and line. */
    static <T> List<T> read(Path file, Reader<T> reader) {
        ReadResult<T> result;
        try {
            result = reader.read(file, ReadMode.FILE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<ReadIssue> warnings = result.warnings();
        warnings.stream().limit(5).forEach(w -> System.err.println(w));
        if (warnings.size() > 5) {
            System.err.println(file + ": " + (warnings.size() - 5) + " more warning(s)");
        }
        try {
            return result.orThrow();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }
}
