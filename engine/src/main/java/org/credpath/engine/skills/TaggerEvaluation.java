package org.credpath.engine.skills;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.credpath.engine.catalog.Credential;

/**
 * The tagger against a silver standard: a credential's own source tags ({@code skillLabels}) mapped
 * to ESCO by exact label are the expected skills; the tagger sees only the title, description and
 * syllabus (never the tags).
 */
public final class TaggerEvaluation {

    /**
     * @param credentials  credentials with at least one tag that maps to ESCO
     * @param meanExpected mean number of expected ESCO skills per credential
     * @param precisionAt5 mean share of the top 5 predictions that are expected (missing predictions count as wrong)
     * @param recallAt10   mean share of expected skills among the top 10 predictions
     * @param withAnyPrediction share of credentials with at least one prediction
     */
    public record Result(int credentials, double meanExpected, double precisionAt5, double recallAt10,
                         double withAnyPrediction) {
    }

    private TaggerEvaluation() {
    }

    public static Result silver(List<Credential> credentials, SkillTagger tagger) {
        int n = 0;
        double expected = 0;
        double p5 = 0;
        double r10 = 0;
        int any = 0;
        for (Credential c : credentials) {
            Set<String> gold = new HashSet<>();
            c.skillLabels().forEach(t -> tagger.mapLabel(t).ifPresent(s -> gold.add(s.uri())));
            if (gold.isEmpty()) {
                continue;
            }
            List<String> pred = predict(tagger, c, 10);
            n++;
            expected += gold.size();
            p5 += pred.stream().limit(5).filter(gold::contains).count() / 5.0;
            r10 += pred.stream().filter(gold::contains).count() / (double) gold.size();
            any += pred.isEmpty() ? 0 : 1;
        }
        if (n == 0) {
            throw new IllegalArgumentException("silver standard: no credential has a tag that maps to ESCO");
        }
        return new Result(n, expected / n, p5 / n, r10 / n, any / (double) n);
    }

    /** The tagger's top {@code k} skill URIs from the credential's text only (no source tags). */
    public static List<String> predict(SkillTagger tagger, Credential c, int k) {
        String body = String.join(" . ", c.description() == null ? "" : c.description(),
                c.syllabus() == null ? "" : c.syllabus());
        return tagger.tag(SkillTagger.titleWithoutProvider(c), body, k).stream().map(SkillMatch::uri).toList();
    }
}
