package org.credpath.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class CredentialReaderTest {

    static Path fixture(String name) throws Exception {
        return Path.of(CredentialReaderTest.class.getResource("/exchange/" + name).toURI());
    }

    private static List<String> render(ReadResult<?> r) {
        return r.issues().stream().map(i -> i.line() + " " + i.severity() + " " + i.field() + ": " + i.message())
                .toList();
    }

    @Test
    void fileModeKeepsGoodRecordsAndReportsEachProblemWithLineAndField() throws Exception {
        ReadResult<Credential> r = CredentialReader.read(fixture("credentials_mixed.jsonl"), ReadMode.FILE);

        assertThat(r.recordsSeen()).isEqualTo(9);
        assertThat(r.records()).extracting(Credential::id)
                .containsExactly("edx:good", "edx:odd-vocab", "edx:nested");
        Credential updated = r.records().getFirst();
        assertThat(updated.title()).isEqualTo("Good Course, updated");
        assertThat(updated.hours()).isEqualTo(8.0);
        Credential odd = r.records().get(1);
        assertThat(odd.credentialType()).isEqualTo(CredentialType.OTHER);
        assertThat(odd.level()).isNull();
        assertThat(odd.delivery()).isEqualTo(Delivery.ONLINE);
        assertThat(r.records().get(2).stacksInto()).containsExactly(new Credential.StackLink("edx:prog", 15.0));

        List<String> issues = render(r);
        assertThat(issues).anySatisfy(s -> assertThat(s).startsWith("2 WARNING credentialType: unknown value \"nanodegree\" read as \"other\""));
        assertThat(issues).anySatisfy(s -> assertThat(s).startsWith("2 WARNING level: unknown value \"expert\" left unset"));
        assertThat(issues).contains("2 WARNING rating: unknown field ignored");
        assertThat(issues).contains("4 ERROR null: bad JSON: the JSON ends before it is complete: expected '}' to close an object");
        assertThat(issues).contains("5 ERROR id: required and must not be blank");
        assertThat(issues).anySatisfy(s -> assertThat(s).startsWith("6 ERROR hours: must be a finite number >= 0"));
        assertThat(issues).contains("7 ERROR hours: wrong type: expected a number, got a string");
        assertThat(issues).anySatisfy(s -> assertThat(s).startsWith("8 WARNING id: duplicate id \"edx:good\" (first record 0, line 1)"));
        assertThat(issues).contains("9 ERROR null: expected a JSON object, got array");
        assertThat(issues).contains("10 WARNING stacksInto[0].weight: unknown field ignored");
        assertThat(r.errors()).hasSize(5);
    }

    @Test
    void strictModeRefusesTheWholeBatchAndNamesFieldAndIndex() {
        String body = """
                [{"id":"a","title":"A"},
                 {"id":"b","title":"B","level":"expert"},
                 {"id":"c","title":"C","colour":"red"}]""";
        ReadResult<Credential> r = CredentialReader.read("request body", body, ReadMode.STRICT);
        assertThat(r.records()).isEmpty();
        assertThat(r.recordsSeen()).isEqualTo(3);
        assertThat(r.errors()).extracting(ReadIssue::toString).containsExactly(
                "request body:2: error: [record 1] field level: unknown value \"expert\"; expected one of introductory, intermediate, advanced",
                "request body:3: error: [record 2] field colour: unknown field");
    }

    @Test
    void strictModeAcceptsACleanBatchAndRefusesDuplicates() {
        ReadResult<Credential> ok = CredentialReader.read("body",
                "{\"id\":\"a\",\"title\":\"A\",\"credentialType\":\"Professional Certificate\"}\n{\"id\":\"b\",\"title\":\"B\"}",
                ReadMode.STRICT);
        assertThat(ok.issues()).isEmpty();
        assertThat(ok.records()).extracting(Credential::credentialType)
                .containsExactly(CredentialType.PROFESSIONAL_CERTIFICATE, CredentialType.OTHER);

        ReadResult<Credential> dup = CredentialReader.read("body", "[{\"id\":\"a\",\"title\":\"A\"},{\"id\":\"a\",\"title\":\"B\"}]",
                ReadMode.STRICT);
        assertThat(dup.records()).isEmpty();
        assertThat(dup.errors()).singleElement().extracting(ReadIssue::message).asString().contains("duplicate id \"a\"");
    }

    @Test
    void brokenJsonArrayKeepsWhatCameBeforeInFileMode() {
        ReadResult<Credential> r = CredentialReader.read("x.json", "[{\"id\":\"a\",\"title\":\"A\"},\n{\"id\":", ReadMode.FILE);
        assertThat(r.records()).extracting(Credential::id).containsExactly("a");
        assertThat(r.errors()).singleElement().extracting(ReadIssue::message).asString()
                .startsWith("bad JSON").endsWith("the rest of the input was not read");
    }

    @Test
    void orThrowListsErrors() {
        ReadResult<Credential> r = CredentialReader.read("body", "{\"id\":\"a\"}", ReadMode.FILE);
        org.assertj.core.api.Assertions.assertThatThrownBy(r::orThrow)
                .hasMessageContaining("body:1: error: [record 0] field title: required");
    }
}
