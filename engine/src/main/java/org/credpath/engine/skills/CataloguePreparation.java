package org.credpath.engine.skills;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.text.MiniLmEncoder;
import org.credpath.engine.text.VectorCache;

/**
 * The one way a catalogue is made ready for ranking, planning and evaluation, whatever its source
 * (bundled listings, a JSONL file, a tenant's additions): every credential the source gave no ESCO
 * skills gets them inferred from its title, description, syllabus and {@code skillLabels}
 * ({@link SkillTagger#withInferredSkills}); credentials with ESCO skills are kept as they are.
 * Serving, {@code recommend}, {@code eval}, {@code train ranker}, {@code simulate --catalog} and
 * {@code plan} all prepare through here. Thread-safe.
 */
public final class CataloguePreparation {

    private final SkillTagger tagger;
    private final Optional<SkillEmbeddings> embeddings;

    public CataloguePreparation(SkillTagger tagger, Optional<SkillEmbeddings> embeddings) {
        this.tagger = Objects.requireNonNull(tagger, "tagger");
        this.embeddings = Objects.requireNonNull(embeddings, "embeddings");
    }

    /**
     * The tagger over ESCO and the shipped skill embeddings ({@code models/skill-embeddings}); without
     * them the tagger matches labels only, and {@code progress} says so.
     */
    public static CataloguePreparation load(CredpathHome home, Esco esco, Consumer<String> progress) {
        Optional<SkillEmbeddings> emb = embeddings(home, progress);
        return new CataloguePreparation(new SkillTagger(esco, emb), emb);
    }

    /**
     * The shipped skill embeddings ({@code models/skill-embeddings}), empty after a progress line when
     * they are missing; they need no ESCO, so a start can load them while ESCO loads.
     */
    public static Optional<SkillEmbeddings> embeddings(CredpathHome home, Consumer<String> progress) {
        Path vectors = EmbeddingModel.directory(home).resolve(EmbeddingModel.VECTORS);
        if (!Files.exists(vectors)) {
            progress.accept("catalogue: note: " + vectors.getFileName()
                    + " missing; skills are inferred by label matches only and vector search is off");
            return Optional.empty();
        }
        return Optional.of(SkillEmbeddings.load(vectors));
    }

    /**
     * The sentence-encoder tagger ({@link SemanticTagging}): judged more precise on the blind tagger sample
     * (precision@5 0.528 vs 0.357, test half) but it leaves more credentials without a skill, and the
     * judged ranking fell on the development half with it (docs/search.md), so the catalogue keeps the label
     * + Word2Vec tagger; {@code eval tagger --encoder} measures this one.
     */
    public static SkillTagger encoderTagger(CredpathHome home, Esco esco, Consumer<String> progress) {
        return new SkillTagger(esco, embeddings(home, progress), Optional.of(SemanticSkillMatcher.of(
                MiniLmEncoder.shared(), VectorCache.dir(home), esco, progress)));
    }

    /**
     * What a preparation did: the credentials in source order, how many came without ESCO skills and
     * were tagged, and how many of those the tagger found no skill for.
     */
    public record Prepared(List<Credential> credentials, int tagged, int stillWithout) {
        public Prepared {
            credentials = List.copyOf(credentials);
        }
    }

    /** The credentials with ESCO skills inferred where the source gave none. */
    public Prepared prepare(List<Credential> credentials) {
        return prepare(credentials, s -> { });
    }

    private Prepared prepare(List<Credential> credentials, Consumer<String> progress) {
        tagger.semantic().ifPresent(m -> m.preload(credentials.stream().filter(c -> c.skills().isEmpty())
                .flatMap(c -> CredentialChunks.of(c).stream()).toList(), progress));
        List<Credential> out = new ArrayList<>(credentials.size());
        int tagged = 0;
        int without = 0;
        for (Credential c : credentials) {
            if (c.skills().isEmpty()) {
                tagged++;
                Credential t = tagger.withInferredSkills(c);
                without += t.skills().isEmpty() ? 1 : 0;
                out.add(t);
            } else {
                out.add(c);
            }
        }
        return new Prepared(out, tagged, without);
    }

    /**
     * As {@link #prepare(List)}, telling {@code progress} how many credentials of {@code source} came
     * without ESCO skills and were tagged (nothing is said when none were).
     */
    public List<Credential> prepare(List<Credential> credentials, String source, Consumer<String> progress) {
        Prepared p = prepare(credentials, progress);
        if (p.tagged() > 0) {
            progress.accept(String.format(java.util.Locale.ROOT, "%s: %,d of %,d credentials had no ESCO skills;"
                    + " tagged them from title, description and skillLabels (%,d still have none)", source, p.tagged(),
                    credentials.size(), p.stillWithout()));
        }
        return p.credentials();
    }

    public SkillTagger tagger() {
        return tagger;
    }

    /** The skill embeddings the tagger uses, when shipped (also the source of credential vectors). */
    public Optional<SkillEmbeddings> embeddings() {
        return embeddings;
    }
}
