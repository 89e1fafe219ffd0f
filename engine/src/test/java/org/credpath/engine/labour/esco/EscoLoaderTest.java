package org.credpath.engine.labour.esco;

import static org.assertj.core.api.Assertions.assertThat;

import org.credpath.engine.data.CredpathHome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Loads the real shipped ESCO v1.1.1 files (about 2 s). */
class EscoLoaderTest {

    private static final String TECH_DIRECTOR = "http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34";
    private static Esco esco;

    @BeforeAll
    static void load() {
        esco = EscoLoader.load(CredpathHome.locate());
    }

    @Test
    void countsMatchTheRelease() {
        assertThat(esco.occupations()).hasSize(3007);
        assertThat(esco.skills()).hasSize(13896);
        assertThat(esco.links()).hasSize(123855);
        assertThat(esco.hierarchy().groupCount()).isEqualTo(640);
    }

    @Test
    void occupationFieldsAndMultiLineLabels() {
        EscoOccupation o = esco.occupation(TECH_DIRECTOR).orElseThrow();
        assertThat(o.preferredLabel()).isEqualTo("technical director");
        assertThat(o.iscoGroup()).isEqualTo("2654");
        assertThat(o.code()).isEqualTo("2654.1.7");
        assertThat(o.altLabels()).contains("head of technical", "technical supervisor").hasSize(7);
        assertThat(o.description()).startsWith("Technical directors realise");
    }

    @Test
    void lookupByNormalisedLabelPrefersPreferredLabels() {
        assertThat(esco.occupationsByLabel("  Technical DIRECTOR ")).first()
                .extracting(EscoOccupation::uri).isEqualTo(TECH_DIRECTOR);
        assertThat(esco.occupationsByLabel("head of technical")).extracting(EscoOccupation::uri).contains(TECH_DIRECTOR);
        assertThat(esco.skillsByLabel("manage music staff")).extracting(EscoSkill::preferredLabel)
                .contains("manage musical staff");
        assertThat(esco.occupationsByLabel("no such job at all")).isEmpty();
    }

    @Test
    void linksSplitIntoEssentialAndOptional() {
        assertThat(esco.skillsOf(TECH_DIRECTOR, SkillRelation.ESSENTIAL)).isNotEmpty();
        assertThat(esco.skillLinks(TECH_DIRECTOR)).allMatch(l -> l.occupationUri().equals(TECH_DIRECTOR));
        long essential = esco.links().stream().filter(l -> l.relation() == SkillRelation.ESSENTIAL).count();
        assertThat(essential).isBetween(60_000L, 70_000L);
    }

    @Test
    void everySkillWithABroaderConceptReachesASkillGroup() {
        EscoSkill s = esco.skillsByLabel("manage musical staff").getFirst();
        assertThat(esco.hierarchy().groupsOf(s.uri())).isNotEmpty();
        assertThat(esco.hierarchy().ancestorGroups(s.uri())).anyMatch(g -> g.level() == 0);
        long withGroup = esco.skills().stream().filter(k -> !esco.hierarchy().groupsOf(k.uri()).isEmpty()).count();
        assertThat(withGroup).isGreaterThan(13_000);
    }
}
