package org.credpath.engine.catalog.bundled;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.CredentialType;
import org.credpath.engine.catalog.ExchangeJson;
import org.credpath.engine.data.CredpathHome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real shipped listings (about a second). */
class BundledCatalogTest {

    static BundledCatalog catalog;

    @BeforeAll
    static void load() {
        catalog = BundledCatalog.load(CredpathHome.locate());
        System.err.println(ExchangeJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(catalog.stats()));
        catalog.issues().forEach(System.err::println);
    }

    @Test
    void coverageMeetsTheTargets() {
        CatalogStats s = catalog.stats();
        assertThat(s.credentials()).isGreaterThanOrEqualTo(1_600);
        assertThat(s.perPlatform()).containsOnlyKeys("coursera", "edx");
        assertThat(s.edxCostShare()).isGreaterThanOrEqualTo(0.9);
        assertThat(s.edxHoursShare()).isGreaterThanOrEqualTo(0.9);
        assertThat(s.hoursShareOfDurationText()).isGreaterThanOrEqualTo(0.9);
        assertThat(s.ladder().total()).isPositive();
    }

    @Test
    void idsAreUniqueAndPlatformPrefixed() {
        Set<String> ids = new HashSet<>();
        for (Credential c : catalog.credentials()) {
            assertThat(ids.add(c.id())).as(c.id()).isTrue();
            assertThat(c.id()).matches("(coursera|edx):[\\p{L}\\p{N}-]+");
        }
    }

    @Test
    void idsAreStableAcrossLoads() {
        List<String> again = BundledCatalog.load(CredpathHome.locate()).credentials().stream().map(Credential::id).toList();
        assertThat(again).isEqualTo(catalog.credentials().stream().map(Credential::id).toList());
    }

    @Test
    void stackLinksPointAtExistingHigherCredentials() {
        Set<String> ids = new HashSet<>(catalog.credentials().stream().map(Credential::id).toList());
        for (Credential c : catalog.credentials()) {
            for (Credential.StackLink l : c.stacksInto()) {
                assertThat(ids).contains(l.qualificationId());
                assertThat(l.qualificationId()).isNotEqualTo(c.id());
            }
        }
        assertThat(catalog.credentials()).filteredOn(c -> c.credentialType() == CredentialType.COURSE)
                .anySatisfy(c -> assertThat(c.stacksInto()).isNotEmpty());
    }
}
