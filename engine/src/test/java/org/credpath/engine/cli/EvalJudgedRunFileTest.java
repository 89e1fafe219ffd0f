package org.credpath.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.credpath.engine.eval.judged.JudgedLearner;
import org.credpath.engine.eval.judged.Split;
import org.credpath.engine.learner.Learner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval judged --run FILE} reads back what {@code --runs-out} writes. */
class EvalJudgedRunFileTest {

    private static JudgedLearner learner(String id) {
        return new JudgedLearner(id, Split.DEV, "Managers", "a scenario", Learner.of(id));
    }

    @TempDir
    Path dir;

    @Test
    void aWrittenRunReadsBackInRankOrderWithEmptyListsForMissingLearnersAndOthersIgnored() throws Exception {
        Map<String, List<String>> ranked = new LinkedHashMap<>();
        ranked.put("j-1", List.of("c:b", "c:a", "c:c"));
        ranked.put("j-9", List.of("c:x"));
        Path file = EvalJudgedCommand.writeRun(dir, "cv-some@1,2", ranked);
        Map<String, List<String>> back = EvalJudgedCommand.readRun(file, List.of(learner("j-1"), learner("j-2")));
        assertThat(back).containsOnlyKeys("j-1", "j-2");
        assertThat(back.get("j-1")).containsExactly("c:b", "c:a", "c:c");
        assertThat(back.get("j-2")).isEmpty();
    }

    @Test
    void aLineWithoutAWholeNumberRankIsRefusedWithTheFileAndLine() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.tsv"), "learnerId\tcredentialId\trank\tsystem\n"
                + "j-1\tc:a\t1\ts\nj-1\tc:b\tsecond\ts\n");
        assertThatThrownBy(() -> EvalJudgedCommand.readRun(file, List.of(learner("j-1"))))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("bad.tsv line 3")
                .hasMessageContaining("rank");
    }
}
