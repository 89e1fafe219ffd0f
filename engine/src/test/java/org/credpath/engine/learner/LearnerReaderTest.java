package org.credpath.engine.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.credpath.engine.catalog.Delivery;
import org.credpath.engine.catalog.ReadIssue;
import org.credpath.engine.catalog.ReadMode;
import org.credpath.engine.catalog.ReadResult;
import org.junit.jupiter.api.Test;

class LearnerReaderTest {

    static Path fixture(String name) throws Exception {
        return Path.of(LearnerReaderTest.class.getResource("/exchange/" + name).toURI());
    }

    @Test
    void readsOnePrettyPrintedLearner() throws Exception {
        Learner l = LearnerReader.readOne(fixture("learner.json"));
        assertThat(l.id()).isEqualTo("l-17");
        assertThat(l.skills()).hasSize(2);
        assertThat(l.deadlineWeeks()).isEqualTo(26);
    }

    @Test
    void jsonlLearnersNameTheBadField() throws Exception {
        ReadResult<Learner> r = LearnerReader.read(fixture("learners.jsonl"), ReadMode.FILE);
        assertThat(r.records()).extracting(Learner::id).containsExactly("l-1");
        assertThat(r.records().getFirst().delivery()).containsExactly(Delivery.ONLINE);
        assertThat(r.warnings()).singleElement().extracting(ReadIssue::field).isEqualTo("delivery[1]");
        assertThat(r.errors()).extracting(i -> i.line() + " " + i.field()).containsExactly(
                "2 hoursPerWeek", "3 budgetUsd", "4 deadlineWeeks", "5 skills");
    }
}
