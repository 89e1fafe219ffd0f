package org.credpath.engine.labour.title;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Spelling correction against the words of known titles. */
class TitleSpellingTest {

    private final TitleSpelling spelling = new TitleSpelling(List.of("Electrician", "software engineer",
            "software developer", "carpenter", "registered nurse", "nurse"));

    @Test
    void unknownWordsGetTheClosestKnownWord() {
        assertThat(spelling.correct("electrition")).isEqualTo("electrician");
        assertThat(spelling.correct("Softwre Engneer")).isEqualTo("software engineer");
        assertThat(spelling.correct("carpanter")).isEqualTo("carpenter");
        assertThat(spelling.correct("registerd nrse")).isEqualTo("registered nurse");
    }

    @Test
    void theFewestEditsWinOverTheLongerWordTheCheckerScoresHigher() {
        TitleSpelling chefs = new TitleSpelling(List.of("chefs", "chef", "head chef", "chef de partie"));
        assertThat(chefs.correct("cheff")).isEqualTo("chef");
        assertThat(TitleSpelling.edits("cheff", "chef")).isEqualTo(1);
        assertThat(TitleSpelling.edits("cheff", "chefs")).isEqualTo(1);
        assertThat(TitleSpelling.edits("teh", "the")).isEqualTo(1);
    }

    @Test
    void knownShortAndFarWordsStay() {
        assertThat(spelling.correct("software developer")).isEqualTo("software developer");
        assertThat(spelling.correct("sw eng")).isEqualTo("sw eng");
        assertThat(spelling.correct("astronaut")).isEqualTo("astronaut");
        assertThat(spelling.correct("")).isEmpty();
        assertThat(spelling.known("nurse")).isTrue();
        assertThat(spelling.known("nrse")).isFalse();
    }
}
