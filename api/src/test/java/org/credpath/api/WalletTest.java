package org.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.credpath.api.ProblemAssert.assertProblem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.credpath.api.http.ApiJson;
import org.credpath.api.store.KeyType;
import org.credpath.api.wallet.Badge;
import org.credpath.api.wallet.InvalidBadgeException;
import org.credpath.api.wallet.OpenBadgesReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/** Open Badges 3.0 fixtures (see test resources openbadges3/SOURCE.md) -> held skills. */
class WalletTest {
    private final OpenBadgesReader reader = new OpenBadgesReader(ApiJson.mapper());

    @Test
    void escoAlignmentsBecomeSkillUris() {
        Badge b = reader.readSubmission(fixture("mynextid-microcredential-unsigned.json")).getFirst();
        assertThat(b.achievementName()).isEqualTo("Data Science Fundamentals");
        assertThat(b.achievementType()).isEqualTo("MicroCredential");
        assertThat(b.proof()).isEqualTo("none");
        assertThat(b.skills()).containsExactly(
                "http://data.europa.eu/esco/skill/f10142ce-d522-49c3-9fd1-054fb63529d4",
                "http://data.europa.eu/esco/skill/81a2db2c-7e55-44d0-9cd9-74c25147d7cd");
    }

    @Test
    void nonEscoAlignmentsBecomeLabelsAndProofIsNotClaimedVerified() {
        Badge b = reader.readSubmission(fixture("dcc-alignments-eddsa.json")).getFirst();
        assertThat(b.skills()).containsExactly("Requirements Analysis");
        assertThat(b.proof()).isEqualTo("not-verified");
    }

    @Test
    void withoutAlignmentsTheAchievementNameIsTheSkill() {
        Badge b = reader.readSubmission(fixture("dcpv-simple-eddsa-rdfc-2022.json")).getFirst();
        assertThat(b.achievementName()).isEqualTo("Teamwork");
        assertThat(b.skills()).containsExactly("Teamwork");
    }

    @Test
    void vcJwtPayloadIsDecodedAndChecked() {
        // this fixture's payload is a VC 1.1 OpenBadgeCredential whose subject names no achievement:
        // decoding works (the issue is about the content, not the JWT) and the gap is named
        assertIssue("dcpv-simple-vc-jwt-rs256.jwt", "credentialSubject.achievement");
        assertThatThrownBy(() -> reader.readSubmission("eyJhbGciOiJub25lIn0.bm90IGpzb24.")).isInstanceOf(InvalidBadgeException.class)
                .hasMessageContaining("VC-JWT");
    }

    @Test
    void invalidFixturesAreRefusedNamingTheProblem() {
        assertIssue("dcpv-err-missing-issuer.json", "issuer");
        assertIssue("dcpv-err-type-othercredential.json", "type");
        assertIssue("dcpv-err-missing-vc-context.json", "@context");
        assertIssue("dcpv-err-result-type.json", "credentialSubject.result[1].type");
    }

    @Test
    void walletImportAddsSkillsToTheStoredLearner(@TempDir Path dir) {
        try (TestApp app = TestApp.embedded(dir)) {
            String key = app.key("acme", KeyType.TENANT, List.of());
            app.post("/v1/learners", key, "{\"id\":\"l-1\",\"skills\":[\"sql\"]}");
            TestApp.Response r = app.post("/v1/learners/l-1/wallet", key,
                    "[" + fixture("mynextid-microcredential-unsigned.json") + "," + fixture("dcc-alignments-eddsa.json") + "]");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            JsonNode body = r.json();
            assertThat(body.get("proofsVerified").asBoolean()).isFalse();
            assertThat(body.get("addedSkills")).hasSize(3);
            JsonNode stored = app.get("/v1/learners/l-1", key).json();
            assertThat(stored.get("skills")).hasSize(4);
            assertThat(stored.get("skills").get(0).asString()).isEqualTo("sql");

            JsonNode p = assertProblem(app.post("/v1/learners/l-1/wallet", key, fixture("dcpv-err-missing-issuer.json")),
                    422, "issuer");
            assertThat(p.get("detail").asString()).contains("issuer");
            assertProblem(app.post("/v1/learners/l-1/wallet", key, "{oops"), 422);
            assertThat(app.get("/v1/learners/l-1", key).json().get("skills")).hasSize(4);
        }
    }

    private void assertIssue(String file, String field) {
        assertThatThrownBy(() -> reader.readSubmission(fixture(file)))
                .isInstanceOf(InvalidBadgeException.class)
                .satisfies(e -> assertThat(((InvalidBadgeException) e).issues())
                        .anySatisfy(i -> assertThat(i.field()).isEqualTo(field)));
    }

    static String fixture(String name) {
        try (InputStream in = WalletTest.class.getResourceAsStream("/openbadges3/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
