package org.credpath.engine.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.CredentialType;
import org.credpath.engine.catalog.Delivery;
import org.credpath.engine.formats.csv.ColumnMapping;
import org.credpath.engine.formats.csv.CsvCredentialReader;
import org.junit.jupiter.api.Test;

/** CSV import with a column mapping: mapped and default columns, and every kind of bad input named by row and field. */
class CsvCredentialReaderTest {
    private static final ColumnMapping PROVIDER_FEED = ColumnMapping.parse(List.of("# a provider's own headers",
            "title=Course Name", "url=Link", "hours=Study Hours", "costUsd=Price", "skillLabels=Tags", "idPrefix=acme"));

    @Test
    void mappedColumnsFillTheirFieldsAndIdsComeFromTitles() {
        String csv = """
                Course Name,Link,Study Hours,Price,Tags,credentialType,delivery,Notes
                "SQL, the basics",https://acme.example/sql,12.5,0,SQL;databases,course,online,ignored
                "Multi-line
                title",https://acme.example/ml,,,,badge,,
                """;
        ImportResult r = CsvCredentialReader.read("", csv, PROVIDER_FEED);
        assertThat(r.credentials()).hasSize(2);
        Credential sql = r.credentials().getFirst();
        assertThat(sql.id()).isEqualTo("acme:sql-the-basics");
        assertThat(sql.title()).isEqualTo("SQL, the basics");
        assertThat(sql.url()).isEqualTo("https://acme.example/sql");
        assertThat(sql.hours()).isEqualTo(12.5);
        assertThat(sql.costUsd()).isEqualTo(0.0);
        assertThat(sql.skillLabels()).containsExactly("SQL", "databases");
        assertThat(sql.credentialType()).isEqualTo(CredentialType.COURSE);
        assertThat(sql.delivery()).isEqualTo(Delivery.ONLINE);
        Credential ml = r.credentials().get(1);
        assertThat(ml.title()).isEqualTo("Multi-line\ntitle");
        assertThat(ml.hours()).isNull(); // empty cell = unknown, never 0
        assertThat(ml.costUsd()).isNull();
        assertThat(r.warnings()).extracting(ImportIssue::field).containsExactly("Notes");
    }

    @Test
    void defaultColumnsAreTheExchangeFieldNames() {
        String csv = "\uFEFFid,title,provider,hours,costUsd,language\nx:1,Intro to R,Uni,10,49.9,ES\n";
        Credential c = CsvCredentialReader.read("", csv, ColumnMapping.defaults()).credentials().getFirst();
        assertThat(c.id()).isEqualTo("x:1");
        assertThat(c.provider()).isEqualTo("Uni");
        assertThat(c.costUsd()).isEqualTo(49.9);
        assertThat(c.language()).isEqualTo("es");
    }

    @Test
    void wrongColumnsAreRefusedNamingFieldAndColumn() {
        assertThatThrownBy(() -> CsvCredentialReader.read("feed.csv", "Name,Link\nA,b\n", PROVIDER_FEED))
                .isInstanceOfSatisfying(InvalidImportException.class, e -> assertThat(e.errors())
                        .extracting(ImportIssue::toString).containsExactly(
                                "feed.csv: title: column 'Course Name' is not in the header (columns: Name, Link)",
                                "feed.csv: hours: column 'Study Hours' is not in the header (columns: Name, Link)",
                                "feed.csv: costUsd: column 'Price' is not in the header (columns: Name, Link)",
                                "feed.csv: skillLabels: column 'Tags' is not in the header (columns: Name, Link)"));
        assertThatThrownBy(() -> CsvCredentialReader.read("", "Name,Link\nA,b\n", ColumnMapping.defaults()))
                .isInstanceOf(InvalidImportException.class)
                .hasMessageContaining("title: no title column: name one with title=<column> (columns: Name, Link)");
        assertThatThrownBy(() -> ColumnMapping.parse(List.of("titel=Name")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'titel': not a credential field");
    }

    @Test
    void badRowsAreAllNamedAndNothingIsImported() {
        String csv = """
                id,title,hours,costUsd,credentialType,language
                a,Fine,1,1,course,en
                b,Bad hours,abc,1,course,en
                c,Negative cost,1,-5,course,en
                d,Bad type,1,1,webinar,en
                e,,1,1,course,en
                a,Twin,1,1,course,en
                f,Short row
                g,Bad language,1,1,course,english
                """;
        assertThatThrownBy(() -> CsvCredentialReader.read("", csv, ColumnMapping.defaults()))
                .isInstanceOfSatisfying(InvalidImportException.class, e -> assertThat(e.errors())
                        .extracting(ImportIssue::toString).containsExactly(
                                "row 2 (line 3): hours: not a number >= 0 (digits with an optional decimal point, e.g. 12.5), got 'abc'",
                                "row 3 (line 4): costUsd: not a number >= 0 (digits with an optional decimal point, e.g. 12.5), got '-5'",
                                "row 4 (line 5): credentialType: unknown value 'webinar' (accepted: course, micro-credential,"
                                        + " skill-set, badge, certificate, specialization, professional-certificate, degree, other)",
                                "row 5 (line 6): title: required: a non-empty title",
                                "row 6 (line 7): id: duplicate id a (also row 1 (line 2))",
                                "row 7 (line 8): has 2 field(s); the header has 6",
                                "row 8 (line 9): language: an ISO 639-1 code of two letters (en, es), got 'english'"));
    }

    @Test
    void hostileCellsStayText() {
        String title = "<script>alert('x')</script>\u200F\u202E" + "y".repeat(10_000);
        String csv = "title,description\n\"" + title + "\",\"<img src=x onerror=alert(1)>\"\n";
        Credential c = CsvCredentialReader.read("", csv, ColumnMapping.defaults()).credentials().getFirst();
        assertThat(c.title()).isEqualTo(title);
        assertThat(c.description()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(c.id()).startsWith("csv:script-alert-x-script");
    }

    @Test
    void emptyInputIsRefused() {
        assertThatThrownBy(() -> CsvCredentialReader.read("", "", ColumnMapping.defaults()))
                .isInstanceOf(InvalidImportException.class).hasMessageContaining("header");
        assertThatThrownBy(() -> CsvCredentialReader.read("", "title\n", ColumnMapping.defaults()))
                .isInstanceOf(InvalidImportException.class).hasMessageContaining("no rows after the header");
    }
}
