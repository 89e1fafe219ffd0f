package org.credpath.engine.skills;

import java.util.List;
import java.util.Optional;

import org.credpath.engine.cache.Fingerprint;
import org.credpath.engine.catalog.Credential;
import org.credpath.engine.index.CredentialVectors;

/**
 * Credential and query (learner-gap) vectors from skill embeddings: the confidence-weighted mean of
 * the vectors of its ESCO skills (given, or tagged from its text) plus, at half weight, free-text
 * skill tokens of the embedding vocabulary found in its title and tags (e.g. {@code tableau}).
 */
public final class EmbeddingVectors implements CredentialVectors {

    private static final int TAGGED_SKILLS = 10;
    private static final float TEXT_WEIGHT = 0.5f;

    private final SkillEmbeddings embeddings;
    private final SkillTagger tagger;

    public EmbeddingVectors(SkillEmbeddings embeddings, SkillTagger tagger) {
        this.embeddings = embeddings;
        this.tagger = tagger;
    }

    @Override
    public int dimension() {
        return embeddings.dimension();
    }

    @Override
    public Optional<float[]> credential(Credential c) {
        float[] sum = new float[dimension()];
        if (!c.skills().isEmpty()) {
            c.skills().forEach(uri -> add(sum, embeddings.skill(uri), 1f));
        } else {
            tagger.tag(c, TAGGED_SKILLS).forEach(m -> add(sum, embeddings.skill(m.uri()), (float) m.confidence()));
        }
        addTextTokens(sum, c.title() + " . " + String.join(" . ", c.skillLabels()));
        return Optional.ofNullable(SkillEmbeddings.normalised(sum));
    }

    @Override
    public Optional<float[]> query(String text, List<String> skillUris) {
        float[] sum = new float[dimension()];
        skillUris.forEach(uri -> add(sum, embeddings.skill(uri), 1f));
        if (text != null && !text.isBlank()) {
            String capped = text.length() > 4096 ? text.substring(0, 4096) : text;
            tagger.tag(capped, "", TAGGED_SKILLS).forEach(m -> add(sum, embeddings.skill(m.uri()), (float) m.confidence()));
            addTextTokens(sum, capped);
        }
        return Optional.ofNullable(SkillEmbeddings.normalised(sum));
    }

    /**
     * Adds to {@code f} the code that decides a credential's vector and skill text: this class, the
     * tagger and its dictionary, tokens and embeddings (for keys of caches built from them).
     */
    public static Fingerprint addCode(Fingerprint f) {
        return f.addClasses(EmbeddingVectors.class, SkillTagger.class, LabelDictionary.class, TextTokens.class,
                SkillMatch.class, SkillEmbeddings.class);
    }

    /** A learner-gap vector: the mean of the gap skills' vectors. */
    public Optional<float[]> gap(List<String> skillUris) {
        return query(null, skillUris);
    }

    private void addTextTokens(float[] sum, String text) {
        embeddings.textTokensIn(text).forEach(t -> add(sum, embeddings.vector(t), TEXT_WEIGHT));
    }

    private static void add(float[] sum, Optional<float[]> v, float w) {
        v.ifPresent(x -> {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += w * x[i];
            }
        });
    }
}
