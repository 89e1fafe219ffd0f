package org.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.credpath.api.http.ApiJson;
import org.credpath.api.service.Match;
import org.credpath.api.service.ModelInfo;
import org.credpath.api.service.OccupationDetail;
import org.credpath.api.service.OccupationService;
import org.credpath.api.service.Services;
import org.credpath.api.service.TitleResolverStatus;
import org.credpath.api.store.DatabaseConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

class HealthTest {

    @Test
    void liveAndReadyAnswerWithTheBuildVersion(@TempDir Path dir) {
        try (TestApp app = TestApp.embedded(dir)) {
            TestApp.Response live = app.get("/v1/health/live", null);
            assertThat(live.status()).isEqualTo(200);
            assertThat(live.json().get("status").asString()).isEqualTo("ok");
            String version = live.json().get("version").asString();
            assertThat(version).matches("\\d+\\.\\d+\\.\\d+.*");

            TestApp.Response ready = app.get("/v1/health/ready", null);
            assertThat(ready.status()).isEqualTo(200);
            JsonNode r = ready.json();
            assertThat(r.get("status").asString()).isEqualTo("ready");
            assertThat(r.get("serving").asBoolean()).isTrue();
            assertThat(r.get("database").asString()).isEqualTo("ok");
            assertThat(r.get("model").asString()).isEqualTo("not-bound");
            assertThat(r.get("titles").asString()).isEqualTo("not-bound");

            TestApp.Response health = app.get("/v1/health", null);
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.json().get("status").asString()).isEqualTo("ok");
            assertThat(health.json().get("database").asString()).isEqualTo("ok");
            assertThat(health.json().get("version").asString()).isEqualTo(version);
        }
    }

    @Test
    void readySaysWhichTitleResolverAnswersWhileTheTitleVectorsAreEncoded(@TempDir Path dir) {
        OccupationService encoding = new OccupationService() {
            @Override
            public List<Match> searchOccupations(String text, int k) {
                return List.of();
            }

            @Override
            public List<Match> searchSkills(String text, int k) {
                return List.of();
            }

            @Override
            public Optional<OccupationDetail> occupation(String id) {
                return Optional.empty();
            }

            @Override
            public Optional<TitleResolverStatus> titleResolver() {
                return Optional.of(new TitleResolverStatus("lexical-while-encoding",
                        "encoder: 1,250 / 32,944 esco-occupation-labels texts"));
            }
        };
        try (TestApp app = new TestApp(DatabaseConfig.embedded(dir), Services.none().withOccupations(encoding))) {
            TestApp.Response ready = app.get("/v1/health/ready", null);
            // the lexical stages answer meanwhile, so the server takes traffic and says why titles read worse
            assertThat(ready.status()).isEqualTo(200);
            assertThat(ready.json().get("titles").asString()).isEqualTo("lexical-while-encoding");
            assertThat(ready.json().get("titlesDetail").asString()).contains("1,250 / 32,944");
        }
    }

    @Test
    void notReadyWithoutTheDatabaseButStillLive(@TempDir Path dir) {
        try (TestApp app = TestApp.embedded(dir)) {
            app.db.close();
            TestApp.Response ready = app.get("/v1/health/ready", null);
            assertThat(ready.status()).isEqualTo(503);
            assertThat(ready.json().get("status").asString()).isEqualTo("not-ready");
            assertThat(ready.json().get("database").asString()).isEqualTo("unavailable");
            assertThat(app.get("/v1/health", null).status()).isEqualTo(503);
            assertThat(app.get("/v1/health/live", null).status()).isEqualTo(200);
        }
    }

    @Test
    void readyNeedsAServingModelWhenAModelServiceIsBound(@TempDir Path dir) {
        Services noModel = Services.none().withModel(Optional::empty);
        try (TestApp app = new TestApp(DatabaseConfig.embedded(dir), noModel)) {
            TestApp.Response ready = app.get("/v1/health/ready", null);
            assertThat(ready.status()).isEqualTo(503);
            assertThat(ready.json().get("model").asString()).isEqualTo("none");
        }
        Services withModel = Services.none().withModel(() -> Optional.of(new ModelInfo("m", "v1", ApiJson.mapper().readTree("{}"), null)));
        try (TestApp app = new TestApp(DatabaseConfig.embedded(dir.resolve("b")), withModel)) {
            assertThat(app.get("/v1/health/ready", null).json().get("model").asString()).isEqualTo("loaded");
            assertThat(app.get("/v1/health/ready", null).status()).isEqualTo(200);
        }
    }

    @Test
    void aServerNotStartedYetOrStoppingIsNotReady() {
        org.credpath.api.ops.Readiness r = new org.credpath.api.ops.Readiness();
        assertThat(r.isServing()).isFalse();
        r.serving();
        assertThat(r.isServing()).isTrue();
        r.draining();
        assertThat(r.isServing()).isFalse();
    }
}
