package org.credpath.engine.catalog.bundled;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Coursera scrape's skills column: review counts and other non-skills are dropped at load. */
class CourseraSkillLabelsTest {

    @Test
    void reviewCountsAndLabelsWithoutWordsAreDropped() {
        assertThat(CourseraListing.skills("Python Programming, (1.5k reviews), SQL, (32 reviews), 4.8, B2B Sales, R Programming"))
                .containsExactly("Python Programming", "SQL", "B2B Sales", "R Programming");
        assertThat(CourseraListing.skills("(9.9k reviews)")).isEmpty();
    }

    @Test
    void noiseRuleKeepsRealSkillsThatMentionNumbersOrReviews() {
        assertThat(CourseraListing.isNoiseLabel("(30.2k reviews)")).isTrue();
        assertThat(CourseraListing.isNoiseLabel("12 ratings")).isTrue();
        assertThat(CourseraListing.isNoiseLabel("Peer Review")).isFalse();
        assertThat(CourseraListing.isNoiseLabel("Web 2.0")).isFalse();
        assertThat(CourseraListing.isNoiseLabel("3D Modeling")).isFalse();
    }
}
