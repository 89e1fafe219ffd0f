package org.credpath.engine.text.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.labour.esco.EscoOccupation;
import org.credpath.engine.text.MiniLmEncoder;
import org.credpath.engine.text.TextEncoder;
import org.credpath.engine.text.VectorCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real encoder on a tiny catalogue: meaning, not shared words, decides the order. */
class SemanticRelevanceTest {

    private static final TextEncoder ENCODER = MiniLmEncoder.shared();

    private static final List<Credential> CATALOGUE = List.of(
            Credential.of("c:seo", "Introduction to Google SEO"),
            Credential.of("c:dogs", "Dog Behavior: Problems and Solutions"),
            Credential.of("c:solar", "Solar Energy: Photovoltaic (PV) Energy Conversion"),
            Credential.of("c:nursing", "Clinical fundamentals for nurses and patient care"));

    private static final EscoOccupation SEO = new EscoOccupation("occ:seo", "2431.9", "2431",
            "search engine optimisation expert", List.of(), List.of(),
            "Search engine optimisation experts increase the ranking of a company's web pages with regard to"
                    + " target queries in a search engine.");
    private static final EscoOccupation SOLAR = new EscoOccupation("occ:solar", "7411.1", "7411",
            "solar energy technician", List.of(), List.of(),
            "Solar energy technicians install and maintain systems that collect solar energy.");

    @Test
    void theClosestCredentialIsTheOneAboutTheOccupationsWork(@TempDir Path dir) {
        SemanticRelevance r = SemanticRelevance.of(ENCODER, dir, CATALOGUE, s -> { });
        assertThat(r.nearest(r.occupation(SEO), 1, c -> true)).extracting(s -> s.credential().id())
                .containsExactly("c:seo");
        assertThat(r.nearest(r.occupation(SOLAR), 1, c -> true)).extracting(s -> s.credential().id())
                .containsExactly("c:solar");
        assertThat(r.similarity(r.occupation(SEO), CATALOGUE.get(0)))
                .isGreaterThan(r.similarity(r.occupation(SEO), CATALOGUE.get(1)) + 0.2);
    }

    @Test
    void nearestHonoursTheFilterAndK(@TempDir Path dir) {
        SemanticRelevance r = SemanticRelevance.of(ENCODER, dir, CATALOGUE, s -> { });
        List<SemanticRelevance.Scored> top = r.nearest(r.occupation(SEO), 2, c -> !c.id().equals("c:seo"));
        assertThat(top).hasSize(2).extracting(s -> s.credential().id()).doesNotContain("c:seo");
        assertThat(top.get(0).similarity()).isGreaterThanOrEqualTo(top.get(1).similarity());
    }

    @Test
    void aCredentialOutsideTheCatalogueOrEditedIsEncodedFromItsOwnText(@TempDir Path dir) {
        SemanticRelevance r = SemanticRelevance.of(ENCODER, dir, CATALOGUE, s -> { });
        Credential renamed = Credential.of("c:dogs", "Search engine optimisation for small businesses");
        assertThat(r.similarity(r.occupation(SEO), renamed))
                .isGreaterThan(r.similarity(r.occupation(SEO), CATALOGUE.get(1)) + 0.2);
    }

    @Test
    void theCacheIsReusedForTheSameTextsAndRebuiltWhenTheyChange(@TempDir Path dir) throws Exception {
        List<String> log = new ArrayList<>();
        float[][] first = new VectorCache(dir).vectors("t", ENCODER, List.of("nursing", "welding"), log::add);
        float[][] again = new VectorCache(dir).vectors("t", ENCODER, List.of("nursing", "welding"), log::add);
        assertThat(again).isDeepEqualTo(first);
        assertThat(log).anyMatch(l -> l.contains("encoded")).anyMatch(l -> l.contains("read from the cache"));
        new VectorCache(dir).vectors("t", ENCODER, List.of("nursing", "plumbing"), log::add);
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.toString().endsWith(".f32")).count()).isEqualTo(2);
        }
        try (var files = Files.list(dir)) {
            String provenance = Files.readString(files.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow());
            assertThat(provenance).contains(MiniLmEncoder.ID).contains("\"texts\":2");
        }
    }

    @Test
    void vectorsAreUnitLengthAndBlankTextIsZero() {
        float[] v = ENCODER.encode("registered nurse");
        assertThat(TextEncoder.dot(v, v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(ENCODER.encode("  ")).containsOnly(0f);
        assertThatThrownBy(() -> TextEncoder.dot(new float[2], new float[3])).hasMessageContaining("lengths differ");
    }
}
