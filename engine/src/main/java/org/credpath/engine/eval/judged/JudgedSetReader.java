package org.credpath.engine.eval.judged;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.credpath.engine.catalog.ExchangeJson;
import org.credpath.engine.catalog.ReadIssue;
import org.credpath.engine.catalog.ReadMode;
import org.credpath.engine.catalog.ReadResult;
import org.credpath.engine.eval.judged.JudgedSet.PoolPair;
import org.credpath.engine.learner.Learner;
import org.credpath.engine.learner.LearnerReader;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the judged set's JSON Lines files strictly: every problem (bad JSON, a missing or
 * wrongly typed field, an unknown field, a bad grade, a judgment of an unknown learner, a pair
 * graded twice) is reported as {@code FILE:LINE: field NAME: problem}, all problems of a read at
 * once, in one {@link IllegalArgumentException}; nothing is half-read.
 */
public final class JudgedSetReader {

    private static final Set<String> LEARNER_FIELDS = Set.of("id", "split", "group", "scenario", "learner");
    private static final Set<String> JUDGMENT_FIELDS = Set.of("learnerId", "credentialId", "grade", "rationale",
            "assessor");
    private static final Set<String> POOL_FIELDS = Set.of("learnerId", "credentialId");
    private static final int MAX_REPORTED = 50;

    private JudgedSetReader() {
    }

    /**
     * The learners ({@code FOLDER/learners.jsonl}) and every {@code FOLDER/judgments/*.jsonl}
     * (in file-name order; the folder may hold none yet).
     */
    public static JudgedSet read(Path folder) throws IOException {
        List<JudgedLearner> learners = readLearners(folder.resolve("learners.jsonl"));
        List<Path> files = new ArrayList<>();
        Path dir = folder.resolve("judgments");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().forEach(files::add);
            }
        }
        return new JudgedSet(learners, readJudgments(learners, files));
    }

    /** The learners of one {@code learners.jsonl}. */
    public static List<JudgedLearner> readLearners(Path file) throws IOException {
        Problems problems = new Problems();
        List<JudgedLearner> out = new ArrayList<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        readLines(file, problems, LEARNER_FIELDS, (node, at) -> {
            JudgedLearner l = learner(node, at, problems);
            if (l != null) {
                Integer earlier = lineOfId.putIfAbsent(l.id(), at.line());
                if (earlier != null) {
                    problems.add(at, "id", "duplicate id \"" + l.id() + "\" (also line " + earlier + ")");
                } else {
                    out.add(l);
                }
            }
        });
        problems.throwIfAny();
        return out;
    }

    /** The judgments of {@code files}, checked against {@code learners}. */
    public static List<Judgment> readJudgments(List<JudgedLearner> learners, List<Path> files) throws IOException {
        Set<String> ids = new HashSet<>();
        learners.forEach(l -> ids.add(l.id()));
        Problems problems = new Problems();
        List<Judgment> out = new ArrayList<>();
        Map<PoolPair, Where> seen = new HashMap<>();
        for (Path file : files) {
            readLines(file, problems, JUDGMENT_FIELDS, (node, at) -> {
                Judgment j = judgment(node, at, ids, seen, problems);
                if (j != null) {
                    out.add(j);
                }
            });
        }
        problems.throwIfAny();
        return out;
    }

    /** The pooled pairs of {@code pool.jsonl}, in file order. */
    public static List<PoolPair> readPool(Path file) throws IOException {
        Problems problems = new Problems();
        List<PoolPair> out = new ArrayList<>();
        readLines(file, problems, POOL_FIELDS, (node, at) -> {
            String l = text(node, "learnerId", at, problems);
            String c = text(node, "credentialId", at, problems);
            if (l != null && c != null) {
                out.add(new PoolPair(l, c));
            }
        });
        problems.throwIfAny();
        return out;
    }

    private static JudgedLearner learner(JsonNode node, Where at, Problems problems) {
        String id = text(node, "id", at, problems);
        String splitText = text(node, "split", at, problems);
        Split split = splitText == null ? null : Split.parse(splitText).orElse(null);
        if (splitText != null && split == null) {
            problems.add(at, "split", "must be \"dev\" or \"test\", got \"" + splitText + "\"");
        }
        String group = text(node, "group", at, problems);
        String scenario = text(node, "scenario", at, problems);
        Learner learner = profile(node.get("learner"), at, problems);
        if (id == null || split == null || group == null || scenario == null || learner == null) {
            return null;
        }
        if (!id.equals(learner.id())) {
            problems.add(at, "learner.id", "must equal id \"" + id + "\", got "
                    + (learner.id() == null ? "none" : "\"" + learner.id() + "\""));
            return null;
        }
        return new JudgedLearner(id, split, group, scenario, learner);
    }

    private static Judgment judgment(JsonNode node, Where at, Set<String> learnerIds, Map<PoolPair, Where> seen,
            Problems problems) {
        String learnerId = text(node, "learnerId", at, problems);
        String credentialId = text(node, "credentialId", at, problems);
        Integer grade = grade(node, at, problems);
        String rationale = text(node, "rationale", at, problems);
        String assessor = text(node, "assessor", at, problems);
        if (learnerId != null && !learnerIds.contains(learnerId)) {
            problems.add(at, "learnerId", "unknown learner \"" + learnerId + "\"");
            return null;
        }
        if (learnerId == null || credentialId == null || grade == null || rationale == null || assessor == null) {
            return null;
        }
        if (rationale.contains("\n")) {
            problems.add(at, "rationale", "must be one line");
            return null;
        }
        Where earlier = seen.putIfAbsent(new PoolPair(learnerId, credentialId), at);
        if (earlier != null) {
            problems.add(at, "credentialId", "pair " + learnerId + " / " + credentialId + " already graded at " + earlier);
            return null;
        }
        return new Judgment(learnerId, credentialId, grade, rationale, assessor);
    }

    /** The nested profile, read by the exchange-format reader in strict mode. */
    private static Learner profile(JsonNode node, Where at, Problems problems) {
        if (node == null || node.isNull()) {
            problems.add(at, "learner", "missing");
            return null;
        }
        if (!node.isObject()) {
            problems.add(at, "learner", "must be a JSON object");
            return null;
        }
        ReadResult<Learner> r = LearnerReader.read(at.toString(), node.toString(), ReadMode.STRICT);
        for (ReadIssue issue : r.errors()) {
            problems.add(at, "learner" + (issue.field() == null || issue.field().isEmpty() ? "" : "." + issue.field()),
                    issue.message());
        }
        return r.hasErrors() || r.records().size() != 1 ? null : r.records().getFirst();
    }

    private static String text(JsonNode node, String field, Where at, Problems problems) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            problems.add(at, field, "missing");
            return null;
        }
        if (!v.isString() || v.stringValue().isBlank()) {
            problems.add(at, field, "must be a non-blank string, got " + v);
            return null;
        }
        return v.stringValue();
    }

    private static Integer grade(JsonNode node, Where at, Problems problems) {
        JsonNode v = node.get("grade");
        if (v == null || v.isNull()) {
            problems.add(at, "grade", "missing");
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 0 || v.intValue() > Judgment.MAX_GRADE) {
            problems.add(at, "grade", "must be an integer 0-3, got " + v);
            return null;
        }
        return v.intValue();
    }

    private static void readLines(Path file, Problems problems, Set<String> fields,
            BiConsumer<JsonNode, Where> onRecord) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            Where at = new Where(file, i + 1);
            JsonNode node;
            try {
                node = ExchangeJson.mapper().readTree(lines.get(i));
            } catch (JacksonException e) {
                problems.add(at, null, "not valid JSON: " + e.getOriginalMessage());
                continue;
            }
            if (!node.isObject()) {
                problems.add(at, null, "must be a JSON object");
                continue;
            }
            boolean unknown = false;
            for (String name : node.propertyNames()) {
                if (!fields.contains(name)) {
                    problems.add(at, name, "unknown field (expected " + String.join(", ", fields.stream().sorted().toList()) + ")");
                    unknown = true;
                }
            }
            if (!unknown) {
                onRecord.accept(node, at);
            }
        }
    }

    /** A file and a 1-based line. */
    private record Where(Path file, int line) {
        @Override
        public String toString() {
            return file + ":" + line;
        }
    }

    /** Every problem of one read. */
    private static final class Problems {
        private final List<String> messages = new ArrayList<>();

        void add(Where at, String field, String message) {
            messages.add(at + ": " + (field == null ? "" : "field " + field + ": ") + message);
        }

        void throwIfAny() {
            if (messages.isEmpty()) {
                return;
            }
            StringBuilder sb = new StringBuilder(messages.size() + " problem(s) in the judged set:");
            messages.stream().limit(MAX_REPORTED).forEach(m -> sb.append('\n').append(m));
            if (messages.size() > MAX_REPORTED) {
                sb.append("\n... and ").append(messages.size() - MAX_REPORTED).append(" more");
            }
            throw new IllegalArgumentException(sb.toString());
        }
    }
}
