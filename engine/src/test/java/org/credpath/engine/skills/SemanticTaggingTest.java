package org.credpath.engine.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.EscoSkill;
import org.credpath.engine.labour.esco.SkillHierarchy;
import org.credpath.engine.text.MiniLmEncoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The encoder tagger on a small ESCO with the real sentence encoder: the errors seen on the main tagger ("did" ->
 * direct inward dialing, GPU deep learning -> train routes, drones -> first response, SEO without SEO) are gone.
 */
class SemanticTaggingTest {

    static final String DID = "urn:skill:did";
    static final String TRAIN_ROUTES = "urn:skill:train-routes";
    static final String FIRST_RESPONSE = "urn:skill:first-response";
    static final String SEO = "urn:skill:seo";
    static final String DEEP_LEARNING = "urn:skill:deep-learning";
    static final String DRONES = "urn:skill:drones";
    static final String COMMUNICATION = "urn:skill:communication";
    static final String SPANISH = "urn:skill:spanish";

    @TempDir
    static Path cache;
    static SkillTagger tagger;

    @BeforeAll
    static void load() {
        Esco esco = new Esco(List.of(), List.of(
                skill(DID, "direct inward dialing", List.of("DID", "DDI"), "sector-specific"),
                skill(TRAIN_ROUTES, "train routes", List.of("train network"), "sector-specific"),
                skill(FIRST_RESPONSE, "first response", List.of("first responder"), "sector-specific"),
                skill(SEO, "search engine optimisation", List.of("search engine optimization"), "sector-specific"),
                skill(DEEP_LEARNING, "deep learning", List.of(), "sector-specific"),
                skill(DRONES, "operate unmanned aerial vehicles", List.of("pilot drones"), "sector-specific"),
                skill(COMMUNICATION, "communication", List.of(), "transversal"),
                skill(SPANISH, "understand spoken Spanish", List.of(), "cross-sector")),
                List.of(), new SkillHierarchy(Map.of(), Map.of()));
        SemanticSkillMatcher matcher = SemanticSkillMatcher.of(MiniLmEncoder.shared(), cache, esco, s -> { });
        tagger = new SkillTagger(esco, Optional.empty(), Optional.of(matcher));
    }

    private static EscoSkill skill(String uri, String label, List<String> alt, String reuse) {
        return new EscoSkill(uri, label, alt, List.of(), "skill/competence", reuse, "");
    }

    private static List<String> uris(String title, String body) {
        return tagger.tag(title, body, 5).stream().map(SkillMatch::uri).toList();
    }

    @Test
    void aStopWordLikeTokenCarriesNoSkill() {
        assertThat(uris("Why did Rome fall?", "What did the emperors do, and did the army matter?")).doesNotContain(DID);
        assertThat(StopWords.isStopWordLike("did")).isTrue();
        assertThat(StopWords.isStopWordLike("train")).isTrue();
        assertThat(StopWords.isStopWordLike("sql")).isFalse();
    }

    @Test
    void deepLearningOnGpusIsDeepLearningNotTrainRoutes() {
        List<String> got = uris("Using GPUs to Scale and Speed-up Deep Learning",
                "Learn to train a neural network on GPUs and scale deep learning models across a train network of nodes.");
        assertThat(got).contains(DEEP_LEARNING).doesNotContain(TRAIN_ROUTES);
    }

    @Test
    void dronesInEmergencyManagementAreNotFirstResponse() {
        assertThat(uris("Drones and Autonomous Systems: Applications in Emergency Management",
                "See how drones support the first hours after a disaster.")).doesNotContain(FIRST_RESPONSE);
    }

    @Test
    void anSeoCourseGetsSearchEngineOptimisation() {
        assertThat(uris("Search Engine Optimization (SEO)", "Rank your website higher in search results."))
                .first().isEqualTo(SEO);
    }

    @Test
    void nonEnglishTextIsNotReadByTheEncoderAndScoresAreBoundedAndOrdered() {
        assertThat(uris("Herramientas para el análisis de datos", "Aprende en este curso los beneficios de la nube."))
                .doesNotContain(SPANISH);
        List<SkillMatch> m = tagger.tag("Deep Learning", "Deep learning with neural networks.", 5);
        assertThat(m).isNotEmpty().allSatisfy(s -> assertThat(s.confidence()).isBetween(SemanticTagging.MIN_SCORE, 1.0));
        assertThat(m).extracting(SkillMatch::confidence).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void aCredentialsChunksAreTitleTagsThenSentences() {
        Credential c = new Credential("x:1", "Google SEO", "Google", "Rank pages. Write titles!", null, null, null,
                null, null, null, null, null, null, List.of(), List.of("Search Engine Optimization"), null, null, null,
                null, null);
        assertThat(CredentialChunks.of(c)).containsExactly("SEO", "Search Engine Optimization", "Rank pages.",
                "Write titles!");
    }
}
