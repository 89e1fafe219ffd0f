package org.credpath.engine.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.EscoLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The lexical tagger on the real ESCO labels (no embeddings). */
class SkillTaggerTest {

    private static Esco esco;
    private static SkillTagger tagger;

    @BeforeAll
    static void load() {
        esco = EscoLoader.load(CredpathHome.locate());
        tagger = new SkillTagger(esco, Optional.empty());
    }

    private List<String> labels(String title, String body) {
        List<SkillMatch> m = tagger.tag(title, body, 10);
        System.out.println(title + " -> " + m);
        return m.stream().map(s -> esco.skill(s.uri()).orElseThrow().preferredLabel()).toList();
    }

    @Test
    void findsProgrammingAndDataSkills() {
        assertThat(labels("Python for Data Analysis", "Learn SQL queries and statistics with pandas."))
                .contains("Python (computer programming)", "SQL", "statistics");
    }

    @Test
    void findsSkillsInOtherDomains() {
        assertThat(labels("Introduction to Project Management", "Budgets, risk management and scheduling."))
                .contains("project management", "risk management");
        assertThat(labels("Italian Cooking", "Pasta, sauces and food hygiene.")).isNotEmpty();
    }

    @Test
    void confidencesAreOrderedAndBounded() {
        List<SkillMatch> m = tagger.tag("Machine Learning", "machine learning with neural networks", 5);
        assertThat(m).isNotEmpty().allSatisfy(s -> assertThat(s.confidence()).isBetween(0.0, 1.0));
        for (int i = 1; i < m.size(); i++) {
            assertThat(m.get(i).confidence()).isLessThanOrEqualTo(m.get(i - 1).confidence());
        }
        assertThat(esco.skill(m.getFirst().uri()).orElseThrow().preferredLabel()).isEqualTo("machine learning");
    }

    @Test
    void nothingInTextWithoutSkillsAndSourceTagsMapExactly() {
        assertThat(tagger.tag("", "", 5)).isEmpty();
        assertThat(tagger.mapLabel("SQL")).map(s -> s.preferredLabel()).contains("SQL");
        assertThat(tagger.mapLabel("no such skill zzz")).isEmpty();
    }
}
