package org.credpath.engine.skills;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.EscoSkill;
import org.credpath.engine.text.LanguageGuess;

/**
 * One credential's skills from its candidate texts (title, tags, sentences): every skill with lexical evidence
 * and each English text's nearest skills by the encoder (at most {@value #NEAREST}, within {@value #MARGIN} of the
 * closest) are candidates; a candidate's score is its best cosine similarity to any English text (the encoder
 * reads English only, {@link LanguageGuess}) plus {@value #LEXICAL_BONUS} x its lexical score (label matches of two
 * or more tokens only; a one-word text proposes only skills within {@value #ONE_WORD_MIN}), minus {@value #TRANSVERSAL_PENALTY} for a transversal skill. Skills scoring under {@link #MIN_SCORE} are dropped, so a credential may get fewer than k skills.
 * The constants were chosen on the development half of {@code datasets/tagger_judged} only.
 */
final class SemanticTagging {

    /** Nearest skills taken per candidate text. */
    static final int NEAREST = 8;
    /** A text's nearest skills are taken only within this much of its closest one. */
    static final double MARGIN = 0.08;
    static final double LEXICAL_BONUS = 0.25;
    /**
     * A one-word text ("Load", "Planning": Coursera tags) proposes a skill only this close to it ("JavaScript" for
     * "Javascript"), not a skill it merely resembles ("rig loads", "urban planning").
     */
    static final double ONE_WORD_MIN = 0.8;
    /** Transversal skills ("think critically", "communication") sit near most texts: they rank after domain skills. */
    static final double TRANSVERSAL_PENALTY = 0.2;
    /** The least score a skill needs to be proposed at all. */
    static final double MIN_SCORE = 0.66;

    private final SemanticSkillMatcher matcher;
    private final Esco esco;
    private final double minScore;

    SemanticTagging(SemanticSkillMatcher matcher, Esco esco, double minScore) {
        this.matcher = matcher;
        this.esco = esco;
        this.minScore = minScore;
    }

    private boolean transversal(String uri) {
        return esco.skill(uri).map(s -> "transversal".equals(s.reuseLevel())).orElse(false);
    }

    private record Scored(String uri, double score) {
    }

    List<SkillMatch> tag(List<String> chunks, Map<String, Double> lexical, int k) {
        List<String> english = chunks.stream().filter(t -> "en".equals(LanguageGuess.of(t))).toList();
        List<float[]> vectors = english.stream().map(matcher::text).toList();
        Map<String, Double> semantic = new HashMap<>();
        for (int i = 0; i < vectors.size(); i++) {
            List<SemanticSkillMatcher.Near> near = matcher.nearest(vectors.get(i), NEAREST);
            double best = near.isEmpty() ? 0 : near.get(0).similarity();
            double floor = Math.max(best - MARGIN, TextTokens.of(english.get(i)).size() <= 1 ? ONE_WORD_MIN : -1);
            for (SemanticSkillMatcher.Near n : near) {
                if (n.similarity() >= floor) {
                    semantic.merge(n.uri(), n.similarity(), Math::max);
                }
            }
        }
        for (String uri : lexical.keySet()) {
            double best = semantic.getOrDefault(uri, 0.0);
            for (float[] v : vectors) {
                best = Math.max(best, matcher.similarity(uri, v));
            }
            semantic.put(uri, best);
        }
        List<Scored> kept = new ArrayList<>();
        semantic.forEach((uri, sim) -> {
            double score = sim + LEXICAL_BONUS * lexical.getOrDefault(uri, 0.0) - (transversal(uri) ? TRANSVERSAL_PENALTY : 0);
            if (score >= minScore && score > 0) {
                kept.add(new Scored(uri, score));
            }
        });
        kept.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::uri));
        return kept.stream().limit(k).map(s -> new SkillMatch(s.uri(),
                esco.skill(s.uri()).map(EscoSkill::preferredLabel).orElse(s.uri()), Math.min(1.0, s.score()))).toList();
    }
}
