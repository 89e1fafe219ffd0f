package org.credpath.engine.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.bundled.BundledCatalog;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.labour.esco.EscoLoader;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** The hand-judged sample of 30 edX courses (docs/search.md reports its precision). */
class JudgedSampleTest {

    static JudgedSample fixture() throws IOException {
        try (InputStream in = JudgedSampleTest.class.getResourceAsStream("/skills/edx_judged_tags.json")) {
            return JsonMapper.builder().build().readValue(in, JudgedSample.class);
        }
    }

    @Test
    void everyPredictionOfThirtyCoursesIsJudged() throws IOException {
        JudgedSample s = fixture();
        assertThat(s.courses()).hasSize(30).allSatisfy(c -> assertThat(c.id()).startsWith("edx:"));
        assertThat(s.courses().stream().flatMap(c -> c.skills().stream())).hasSize(125)
                .allSatisfy(j -> assertThat(j.relevant()).isNotNull());
        assertThat(s.precision()).isCloseTo(0.48, within(1e-9));
    }

    /** The judgements describe the current tagger: its top 5 for these courses are still (mostly) the judged ones. */
    @Test
    void judgementsStillDescribeTheCurrentTagger() throws IOException {
        CredpathHome home = CredpathHome.locate();
        SkillTagger tagger = new SkillTagger(EscoLoader.load(home), Optional.of(EmbeddingModel.load(home)));
        Map<String, Credential> byId = BundledCatalog.load(home).credentials().stream()
                .collect(Collectors.toMap(Credential::id, Function.identity()));
        long same = 0;
        long total = 0;
        for (JudgedSample.Course c : fixture().courses()) {
            List<String> now = tagger.tag(byId.get(c.id()), 5).stream().map(SkillMatch::uri).toList();
            total += c.skills().size();
            same += c.skills().stream().filter(j -> now.contains(j.uri())).count();
        }
        assertThat(same / (double) total).as("share of judged predictions the tagger still makes").isGreaterThan(0.9);
    }
}
