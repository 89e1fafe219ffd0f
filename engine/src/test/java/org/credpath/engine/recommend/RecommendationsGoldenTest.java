package org.credpath.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.eval.judged.JudgedLearner;
import org.credpath.engine.eval.judged.JudgedSetReader;
import org.credpath.engine.eval.judged.Split;
import org.credpath.engine.learner.Learner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Pins the served default's whole answer (warnings, then per item: id, exact score, cost, expected return and
 * explanation) for the judged development learners, so that speed work cannot change what is recommended. The
 * expected file was written by the code of commit 5d26915 (before the speed work of issue 10) with
 * {@code -Dcredpath.golden.write=true}; re-write it only with a change that means to alter recommendations.
 */
@Tag("slow")
class RecommendationsGoldenTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden/recommendations-dev.txt");

    static RecommendEngine engine;

    @BeforeAll
    static void load() {
        engine = RecommendEngine.load(CredpathHome.locate(), RecommendEngine.DEFAULT_MODEL, System.err);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void theServedDefaultAnswersTheDevelopmentLearnersExactlyAsBefore() throws IOException {
        List<JudgedLearner> learners = JudgedSetReader.readLearners(CredpathHome.locate().datasets()
                .resolve("judged/learners.jsonl")).stream().filter(l -> l.split() == Split.DEV).toList();
        assertThat(learners).hasSizeGreaterThanOrEqualTo(40);
        Recommender recommender = engine.recommender(RecommenderOptions.DEFAULTS);
        List<String> lines = new ArrayList<>();
        for (JudgedLearner j : learners) {
            List<String> first = describe(j.id(), recommender.recommend(j.learner(), RecommendRequest.top(10)));
            // asked again, the answer comes from warm caches and must be the same
            assertThat(describe(j.id(), recommender.recommend(j.learner(), RecommendRequest.top(10)))).isEqualTo(first);
            lines.addAll(first);
        }
        lines.addAll(describe("no target, held credential", recommender.recommend(new Learner("g", List.of(
                "coursera:google-ux-design"), List.of("SQL"), "graphic designer", null, 100.0, 4.0, 10, List.of()),
                RecommendRequest.top(25))));
        if (Boolean.getBoolean("credpath.golden.write")) {
            Files.write(GOLDEN, lines, StandardCharsets.UTF_8);
        }
        List<String> expected = Files.readAllLines(GOLDEN, StandardCharsets.UTF_8);
        for (int i = 0; i < Math.min(expected.size(), lines.size()); i++) {
            assertThat(lines.get(i)).as("line %d", i + 1).isEqualTo(expected.get(i));
        }
        assertThat(lines).hasSameSizeAs(expected);
    }

    static List<String> describe(String who, Recommendations r) {
        List<String> out = new ArrayList<>();
        out.add("# " + who + " | model " + r.model() + " " + r.modelVersion() + " | items " + r.items().size());
        out.add("  occupations " + r.currentOccupation() + " -> " + r.targetOccupation());
        r.warnings().forEach(w -> out.add("  warning " + w));
        for (Recommendation i : r.items()) {
            out.add("  " + i.credentialId() + " score " + i.score() + " cost " + i.cost());
            out.add("    return " + i.expectedReturn());
            i.explanation().forEach(e -> out.add("    why " + e));
        }
        return out;
    }
}
