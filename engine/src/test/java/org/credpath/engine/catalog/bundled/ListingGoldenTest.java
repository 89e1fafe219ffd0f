package org.credpath.engine.catalog.bundled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.CredentialType;
import org.credpath.engine.catalog.Level;
import org.junit.jupiter.api.Test;

/** Golden normalisation of a few real rows (copied verbatim from datasets/course_catalogs). */
class ListingGoldenTest {

    private static Path fixture(String name) throws Exception {
        return Path.of(ListingGoldenTest.class.getResource("/listings/" + name).toURI());
    }

    @Test
    void courseraRows() throws Exception {
        SourceListing l = CourseraListing.read(fixture("coursera_sample.csv"));
        assertThat(l.credentials()).extracting(Credential::id, c -> c.credentialType(), Credential::level, Credential::hours)
                .containsExactly(
                        tuple("coursera:google-data-analytics", CredentialType.PROFESSIONAL_CERTIFICATE, Level.INTRODUCTORY, 117.0),
                        tuple("coursera:foundations-data-data-everywhere", CredentialType.COURSE, Level.INTRODUCTORY, 52.0),
                        tuple("coursera:getting-started-with-power-bi-desktop", CredentialType.COURSE, Level.INTRODUCTORY, 1.0),
                        tuple("coursera:maestria-en-inteligencia-artificial", CredentialType.DEGREE, null, 624.0),
                        tuple("coursera:generative-ai-for-everyone", CredentialType.COURSE, null, null),
                        tuple("coursera:business-analytics--university-of-pennsylvania", CredentialType.SPECIALIZATION, Level.INTRODUCTORY, 117.0),
                        tuple("coursera:business-analytics--university-of-illinois-at-urbana-champaign", CredentialType.SPECIALIZATION, Level.INTRODUCTORY, 117.0),
                        tuple("coursera:become-a-cbrs-certified-professional-installer-by-google", CredentialType.COURSE, null, 52.0));
        Credential gda = l.credentials().getFirst();
        assertThat(gda.provider()).isEqualTo("Google");
        assertThat(gda.costUsd()).isNull();
        assertThat(gda.skillLabels()).startsWith("Data Analysis", "R Programming", "SQL");
        assertThat(gda.url()).isEqualTo("https://www.coursera.org/search?query=Google+Data+Analytics");
        assertThat(l.coverage()).isEqualTo(new SourceCoverage(9, 7, 7, 0, 1, 0));
        assertThat(l.signals().getFirst().rating()).isEqualTo(4.8);
    }

    @Test
    void edxRows() throws Exception {
        SourceListing l = EdxListing.read(fixture("edx_sample.csv"));
        assertThat(l.credentials()).extracting(Credential::id, Credential::hours, Credential::costUsd, Credential::level,
                        Credential::language)
                .containsExactly(
                        tuple("edx:how-to-learn-online", 5.0, 49.0, Level.INTRODUCTORY, "en"),
                        tuple("edx:informacion-financiera-y-su-analisis", 26.0, 49.99, Level.ADVANCED, "es"),
                        tuple("edx:excel-avanzado-importacion-y-analisis-de-datos", 28.0, 75.0, Level.ADVANCED, "es"),
                        tuple("edx:introduction-to-probability", 75.0, 99.0, Level.INTERMEDIATE, "en"));
        Credential first = l.credentials().getFirst();
        assertThat(first.credentialType()).isEqualTo(CredentialType.COURSE);
        assertThat(first.provider()).isEqualTo("edX");
        assertThat(first.description()).startsWith("Learn essential strategies for successful online learning\n\nDesigned");
        assertThat(first.syllabus()).startsWith("Welcome - We start");
        assertThat(first.url()).isEqualTo("https://www.edx.org/course/how-to-learn-online");
        assertThat(l.coverage().duplicatesMerged()).isEqualTo(1);
        assertThat(l.issues()).singleElement().extracting(i -> i.line()).isNotEqualTo(0);
        assertThat(l.signals().getFirst().enrolled()).isEqualTo(124_980L);
    }

    @Test
    void aSingleCourseNeverClaimsACertificateOnItsOwn() throws Exception {
        // the fixture's one Google course matches the certificate's tags, but one member is no stacking claim
        SourceListing l = CourseraListing.read(fixture("coursera_sample.csv"));
        StackingLadder.Result r = StackingLadder.derive(l.credentials());
        Credential course = r.credentials().stream()
                .filter(c -> c.id().equals("coursera:foundations-data-data-everywhere")).findFirst().orElseThrow();
        assertThat(course.stacksInto()).isEmpty();
        assertThat(r.stats().courseLinks()).isZero();
    }

    @Test
    void ladderLinksCoursesIntoTheirCertificateWhenSeveralShareIt() {
        List<String> certTags = List.of("data analysis", "sql", "spreadsheets", "r programming");
        Credential cert = ladder("coursera:cert", CredentialType.PROFESSIONAL_CERTIFICATE, certTags);
        Credential a = ladder("coursera:a", CredentialType.COURSE, List.of("data analysis", "sql"));
        Credential b = ladder("coursera:b", CredentialType.COURSE, List.of("spreadsheets", "r programming"));
        StackingLadder.Result r = StackingLadder.derive(List.of(cert, a, b));
        assertThat(r.credentials()).filteredOn(c -> c.credentialType() == CredentialType.COURSE)
                .allSatisfy(c -> assertThat(c.stacksInto()).containsExactly(new Credential.StackLink("coursera:cert", null)));
        assertThat(r.stats().courseLinks()).isEqualTo(2);
    }

    private static Credential ladder(String id, CredentialType type, List<String> tags) {
        return new Credential(id, "T " + id, "Google", null, null, null, type, null, 10.0, null, null, null, null,
                null, tags, null, null, null, null, null);
    }
}
