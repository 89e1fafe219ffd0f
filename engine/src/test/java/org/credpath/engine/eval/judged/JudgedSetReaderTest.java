package org.credpath.engine.eval.judged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgedSetReaderTest {

    private static final String L1 = """
            {"id":"j-1","split":"dev","group":"Managers","scenario":"s1","learner":{"id":"j-1","currentOccupation":"baker","budgetUsd":50}}""";
    private static final String L2 = """
            {"id":"j-2","split":"test","group":"Professionals","scenario":"s2","learner":{"id":"j-2","currentOccupation":"lawyer"}}""";

    @TempDir
    Path dir;

    @Test
    void readsLearnersAndEveryJudgmentFile() throws IOException {
        write("learners.jsonl", L1 + "\n\n" + L2 + "\n");
        Files.createDirectories(dir.resolve("judgments"));
        write("judgments/slice-1.jsonl", judgment("j-1", "c1", "3") + "\n");
        write("judgments/slice-2.jsonl", judgment("j-2", "c1", "0") + "\n" + judgment("j-2", "c2", "1") + "\n");

        JudgedSet set = JudgedSetReader.read(dir);

        assertThat(set.learners()).extracting(JudgedLearner::id).containsExactly("j-1", "j-2");
        assertThat(set.learners(Split.TEST)).extracting(JudgedLearner::group).containsExactly("Professionals");
        assertThat(set.learners().get(0).learner().budgetUsd()).isEqualTo(50.0);
        assertThat(set.judgments()).hasSize(3);
        assertThat(set.gradesByLearner().get("j-2")).containsEntry("c1", 0).containsEntry("c2", 1);
        assertThat(set.unjudged(List.of(new JudgedSet.PoolPair("j-1", "c1"), new JudgedSet.PoolPair("j-1", "c9"))))
                .containsExactly(new JudgedSet.PoolPair("j-1", "c9"));
    }

    @Test
    void learnerProblemsNameLineAndField() throws IOException {
        Path f = write("learners.jsonl", String.join("\n",
                L1.replace("\"dev\"", "\"train\""),
                L2.replace("\"lawyer\"}", "\"lawyer\",\"budgetUsd\":-5}"),
                L1.replace("\"scenario\":\"s1\",", ""),
                L1.replace("{\"id\":\"j-1\",\"split\"", "{\"id\":\"j-3\",\"colour\":\"red\",\"split\""),
                L2.replace("\"learner\":{\"id\":\"j-2\"", "\"learner\":{\"id\":\"j-9\""),
                "{not json",
                L2,
                L2));
        assertThatThrownBy(() -> JudgedSetReader.readLearners(f))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("7 problem(s)")
                .hasMessageContaining(f + ":1: field split: must be \"dev\" or \"test\", got \"train\"")
                .hasMessageContaining(f + ":2: field learner.budgetUsd:")
                .hasMessageContaining(f + ":3: field scenario: missing")
                .hasMessageContaining(f + ":4: field colour: unknown field")
                .hasMessageContaining(f + ":5: field learner.id: must equal id \"j-2\", got \"j-9\"")
                .hasMessageContaining(f + ":6: not valid JSON")
                .hasMessageContaining(f + ":8: field id: duplicate id \"j-2\" (also line 7)");
    }

    @Test
    void judgmentProblemsNameFileLineAndField() throws IOException {
        write("learners.jsonl", L1 + "\n" + L2 + "\n");
        Files.createDirectories(dir.resolve("judgments"));
        Path f = write("judgments/slice-1.jsonl", String.join("\n",
                judgment("j-1", "c1", "4"),
                judgment("j-1", "c2", "2.5"),
                judgment("j-1", "c3", "\"2\""),
                judgment("j-7", "c1", "1"),
                judgment("j-1", "c4", "1").replace("\"rationale\":\"why\",", ""),
                judgment("j-2", "c1", "1"),
                judgment("j-2", "c1", "2")));
        assertThatThrownBy(() -> JudgedSetReader.read(dir))
                .hasMessageContaining("6 problem(s)")
                .hasMessageContaining(f + ":1: field grade: must be an integer 0-3, got 4")
                .hasMessageContaining(f + ":2: field grade: must be an integer 0-3, got 2.5")
                .hasMessageContaining(f + ":3: field grade: must be an integer 0-3, got \"2\"")
                .hasMessageContaining(f + ":4: field learnerId: unknown learner \"j-7\"")
                .hasMessageContaining(f + ":5: field rationale: missing")
                .hasMessageContaining(f + ":7: field credentialId: pair j-2 / c1 already graded at " + f + ":6");
    }

    @Test
    void readsThePoolInOrder() throws IOException {
        Path f = write("pool.jsonl", "{\"learnerId\":\"j-1\",\"credentialId\":\"a\"}\n{\"learnerId\":\"j-1\",\"credentialId\":\"b\"}\n");
        assertThat(JudgedSetReader.readPool(f)).extracting(JudgedSet.PoolPair::credentialId).containsExactly("a", "b");
        Path bad = write("bad.jsonl", "{\"learnerId\":\"j-1\"}\n");
        assertThatThrownBy(() -> JudgedSetReader.readPool(bad)).hasMessageContaining(bad + ":1: field credentialId: missing");
    }

    private static String judgment(String learner, String credential, String grade) {
        return "{\"learnerId\":\"" + learner + "\",\"credentialId\":\"" + credential + "\",\"grade\":" + grade
                + ",\"rationale\":\"why\",\"assessor\":\"t\"}";
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }
}
