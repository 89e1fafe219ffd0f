package org.credpath.engine.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.CredentialType;
import org.credpath.engine.catalog.Level;
import org.credpath.engine.formats.ctdl.CtdlReader;
import org.junit.jupiter.api.Test;

/** CTDL JSON-LD import on published samples (test resources interop/ctdl/SOURCE.md) and on broken input. */
class CtdlReaderTest {

    @Test
    void registryAssistantCertificationMapsEveryField() {
        ImportResult r = CtdlReader.read("", sample("ra-certification-detailed-graph.json"));
        Credential c = byTitle(r, "My Certification Name");
        assertThat(c.id()).isEqualTo("ctdl:ce-509682bb-658e-4eb6-87f2-ebff5d5e0aec");
        assertThat(c.credentialType()).isEqualTo(CredentialType.CERTIFICATE);
        assertThat(c.description()).isEqualTo("This is some text that describes my credential.");
        assertThat(c.url()).isEqualTo("http://example.com/credential/1234");
        assertThat(c.language()).isEqualTo("en");
        assertThat(c.costUsd()).isEqualTo(100.0 + 12999.0); // application fee + tuition, both USD
        assertThat(c.skillLabels()).contains("Credentials", "Technical Information", "Credential Registry");
        assertThat(r.occupations()).anySatisfy(o -> {
            assertThat(o.credentialId()).isEqualTo(c.id());
            assertThat(o.code()).isEqualTo("15-1122.00");
            assertThat(o.name()).isEqualTo("Information Security Analysts");
        });
        // the blank-node MasterDegree it refers to has no CTID: its id comes from its web page
        Credential degree = byTitle(r, "Cybersecurity Technology Master's Degree");
        assertThat(degree.id()).startsWith("ctdl:http");
        assertThat(degree.credentialType()).isEqualTo(CredentialType.DEGREE);
        // organisations and the learning-opportunity profile are not credentials
        assertThat(r.credentials()).hasSize(2);
        assertThat(r.recordsSkipped()).isEqualTo(3);
    }

    @Test
    void languageMapsPreferEnglishAndCalendarDurationsAreNotStudyHours() {
        ImportResult r = CtdlReader.read("", sample("ra-bachelordegree-multilanguage-graph.json"));
        Credential c = byTitle(r, "Bachelor of Science in Accounting");
        assertThat(c.description()).startsWith("The Bachelor of Science in Accounting");
        assertThat(c.language()).isEqualTo("ar"); // the first of ceterms:inLanguage ["ar-SA", "en"]
        assertThat(c.hours()).isNull();
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.toString())
                .contains("ceterms:estimatedDuration[0].ceterms:minimumDuration").contains("P8W is calendar time"));
    }

    @Test
    void envelopeLegacyRecordAndBadgeAreRead() {
        Credential env = CtdlReader.read("", sample("ra-registry-envelope-certification.json")).credentials().getFirst();
        assertThat(env.title()).isEqualTo("21st Century Skills for Workplace Success");
        assertThat(env.id()).isEqualTo("ctdl:ce-14525aea-57c5-4f5a-8f1c-bdc95c7f8b9b");

        Credential legacy = CtdlReader.read("", sample("credreg-fixture-masterdegree-legacy.json")).credentials().getFirst();
        assertThat(legacy.title()).isEqualTo("Master of Science in Project Management");
        assertThat(legacy.id()).isEqualTo("ctdl:6bf1a7e2-814e-4598-a66e-a3e2ecb727d8"); // urn:ctid: prefix dropped
        assertThat(legacy.credentialType()).isEqualTo(CredentialType.DEGREE);

        Credential badge = CtdlReader.read("", sample("xtra-wgu-aws-devops-openbadge.json")).credentials().getFirst();
        assertThat(badge.credentialType()).isEqualTo(CredentialType.BADGE); // ceterms:OpenBadge
        assertThat(badge.url()).isEqualTo("https://api.badgr.io/public/badges/a9STuosRQuOqLKKKYhB9dQ");
    }

    @Test
    void everyCopiedSampleImports() {
        for (String f : List.of("ra-certification-detailed-graph.json", "ra-bachelordegree-multilanguage-graph.json",
                "ra-certificate-outcome-data-graph.json", "ra-license-propath-graph.json",
                "ra-registry-envelope-certification.json", "xtra-wgu-aws-devops-openbadge.json",
                "xtra-wgu-mba-masterdegree.json", "credreg-fixture-masterdegree-legacy.json")) {
            ImportResult r = CtdlReader.read(f, sample(f));
            assertThat(r.credentials()).as(f).isNotEmpty().allSatisfy(c -> {
                assertThat(c.id()).startsWith("ctdl:");
                assertThat(c.title()).isNotBlank();
            });
        }
    }

    @Test
    void ctdlInsideAVerifiableCredentialUsesTheVcAliases() {
        String vc = """
                {"@context":["https://www.w3.org/2018/credentials/v1","http://credreg.net/ctdl/schema/context/json"],
                 "type":["VerifiableCredential"],"credentialSubject":{"id":"did:example:1","achievement":{
                 "id":"res:ce-49247727","type":"ceterms:BachelorDegree","ceterms:name":{"en-US":"Bachelor's Degree"}}}}""";
        Credential c = CtdlReader.read("", vc).credentials().getFirst();
        assertThat(c.id()).isEqualTo("ctdl:res:ce-49247727");
        assertThat(c.credentialType()).isEqualTo(CredentialType.DEGREE);
    }

    @Test
    void pathwayComponentsStandInForCredentialsNotDescribedInTheDocument() {
        String doc = """
                {"@graph":[{"@id":"_:p","@type":"ceterms:Pathway","ceterms:name":"P"},
                 {"@id":"https://r.example/ce-1","@type":"ceterms:CredentialComponent","ceterms:ctid":"ce-1",
                  "ceterms:name":{"en-US":"French badge"},"ceterms:credentialType":"ceterms:DigitalBadge",
                  "ceterms:sourceData":"https://badges.example/fr"},
                 {"@id":"_:c2","@type":"ceterms:CredentialComponent","ceterms:ctid":"ce-2","ceterms:name":"Proxy",
                  "ceterms:proxyFor":"_:cred"},
                 {"@id":"_:cred","@type":"ceterms:Certificate","ceterms:ctid":"ce-3","ceterms:name":"Described"}]}""";
        ImportResult r = CtdlReader.read("", doc);
        assertThat(r.credentials()).extracting(Credential::title).containsExactly("French badge", "Described");
        assertThat(r.credentials().getFirst().credentialType()).isEqualTo(CredentialType.BADGE);
        assertThat(r.credentials().getFirst().url()).isEqualTo("https://badges.example/fr");
    }

    @Test
    void malformedJsonLdIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> CtdlReader.read("bad.json", "{\"@graph\": [ {\"@type\": \"ceterms:Course\", }"))
                .isInstanceOf(InvalidImportException.class).hasMessageContaining("bad.json")
                .hasMessageContaining("malformed JSON-LD (line 1");
        assertThatThrownBy(() -> CtdlReader.read("", "\"just a string\"")).isInstanceOf(InvalidImportException.class)
                .hasMessageContaining("expected a JSON-LD object or array");
        assertThatThrownBy(() -> CtdlReader.read("", "{\"@type\":\"ceterms:CredentialOrganization\",\"ceterms:name\":\"X\"}"))
                .isInstanceOf(InvalidImportException.class).hasMessageContaining("@type")
                .hasMessageContaining("types seen: ceterms:CredentialOrganization");
    }

    @Test
    void badRecordsAreNamedByRecordAndFieldAndNothingIsReturned() {
        String doc = """
                {"@context":"https://credreg.net/ctdl/schema/context/json","@graph":[
                 {"@type":"ceterms:Course","ceterms:ctid":"ce-good","ceterms:name":{"en":"Good course"}},
                 {"@type":"ceterms:Certificate","ceterms:ctid":"ce-noname"},
                 {"@type":"ceterms:Badge","ceterms:ctid":"ce-price","ceterms:name":"Priced",
                  "ceterms:estimatedCost":[{"@type":"ceterms:CostProfile","ceterms:price":"abc","ceterms:currency":"USD"}]},
                 {"@type":"ceterms:Course","ceterms:ctid":"ce-dur","ceterms:name":"Timed",
                  "ceterms:estimatedDuration":[{"ceterms:exactDuration":"forty hours"}]},
                 {"@type":"ceterms:Course","ceterms:ctid":"ce-good","ceterms:name":"Twin"},
                 {"@type":"ceterms:Course","ceterms:ctid":"ce-shape","ceterms:name":42}
                ]}""";
        assertThatThrownBy(() -> CtdlReader.read("", doc)).isInstanceOfSatisfying(InvalidImportException.class, e -> {
            assertThat(e.errors()).extracting(ImportIssue::toString).containsExactly(
                    "@graph[1] (ce-noname): ceterms:name: required: a non-empty string or language map",
                    "@graph[2] (ce-price): ceterms:estimatedCost[0].ceterms:price: must be a number >= 0, got a string 'abc'",
                    "@graph[3] (ce-dur): ceterms:estimatedDuration[0].ceterms:exactDuration: not an ISO 8601 duration"
                            + " (e.g. PT40H, P8W): 'forty hours'",
                    "@graph[4] (ce-good): ceterms:ctid: duplicate id ctdl:ce-good (also @graph[0] (ce-good))",
                    "@graph[5] (ce-shape): ceterms:name: expected a string or a language map, got a number");
            assertThat(e.getMessage()).startsWith("5 error(s); nothing imported; first: @graph[1]");
        });
    }

    @Test
    void hostileTextIsKeptAsTextAndStudyHoursAreRead() {
        String longText = "x".repeat(10_000);
        String doc = """
                {"@type":"ceterms:Course","ceterms:ctid":"ce-h","ceterms:name":{"en":"<script>alert(1)</script> \u202Eevil"},
                 "ceterms:description":"%s","ceterms:audienceLevelType":[{"ceterms:targetNode":"audLevel:AdvancedLevel"}],
                 "ceterms:estimatedDuration":[{"ceterms:minimumDuration":"PT10H","ceterms:maximumDuration":"PT20H"}]}"""
                .formatted(longText);
        Credential c = CtdlReader.read("", doc).credentials().getFirst();
        assertThat(c.title()).isEqualTo("<script>alert(1)</script> \u202Eevil");
        assertThat(c.description()).hasSize(10_000);
        assertThat(c.hours()).isEqualTo(15.0);
        assertThat(c.level()).isEqualTo(Level.ADVANCED);
    }

    @Test
    void foreignCurrencyLeavesCostUnknownWithAWarning() {
        String doc = """
                {"@type":"ceterms:Certificate","ceterms:ctid":"ce-eur","ceterms:name":"Euro",
                 "ceterms:estimatedCost":[{"ceterms:price":90,"ceterms:currency":"EUR"}]}""";
        ImportResult r = CtdlReader.read("", doc);
        assertThat(r.credentials().getFirst().costUsd()).isNull();
        assertThat(r.warnings()).extracting(ImportIssue::field).containsExactly("ceterms:estimatedCost[0].ceterms:currency");
    }

    static Credential byTitle(ImportResult r, String title) {
        return r.credentials().stream().filter(c -> c.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no credential titled " + title + " in "
                        + r.credentials().stream().map(Credential::title).toList()));
    }

    static String sample(String name) {
        try (InputStream in = CtdlReaderTest.class.getResourceAsStream("/interop/ctdl/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource interop/ctdl/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
