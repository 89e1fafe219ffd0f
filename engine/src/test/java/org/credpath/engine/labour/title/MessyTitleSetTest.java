package org.credpath.engine.labour.title;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.EscoLoader;
import org.junit.jupiter.api.Test;

/** The shipped messy-title set parses, is split about 50/50, and every accepted URI is a shipped ESCO occupation. */
class MessyTitleSetTest {

    @Test
    void messySetParsesAndEveryAcceptedOccupationExists() {
        CredpathHome home = CredpathHome.locate();
        List<MessyTitle> set = MessyTitle.load(home.dataset(MessyTitle.FOLDER, MessyTitle.FILE));
        assertThat(set).hasSizeGreaterThanOrEqualTo(120);
        long test = set.stream().filter(MessyTitle::test).count();
        assertThat(test).isBetween(set.size() / 2L - 2, set.size() / 2L + 2);
        assertThat(set.stream().map(MessyTitle::id).distinct().count()).isEqualTo(set.size());
        Set<String> titles = new HashSet<>();
        set.forEach(m -> assertThat(titles.add(m.title().toLowerCase(java.util.Locale.ROOT))).as(m.title()).isTrue());
        assertThat(titles).contains("team leader", "sw eng", "gp", "practise manager", "qa tester", "labourer",
                "sparky", "chippy", "softwre engneer", "electrition", "truckie", "hr bod");
        Esco esco = EscoLoader.load(home);
        for (MessyTitle m : set) {
            for (String uri : m.accepted()) {
                assertThat(esco.occupation(uri)).as(m.title() + " accepts " + uri).isPresent();
            }
        }
        assertThat(set.stream().filter(m -> m.kind().startsWith("ict")).count()).isLessThan(set.size() / 2);
    }
}
