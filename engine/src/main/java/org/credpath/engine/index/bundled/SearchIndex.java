package org.credpath.engine.index.bundled;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.index.CatalogIndex;
import org.credpath.engine.index.CredentialVectors;
import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.EscoLoader;
import org.credpath.engine.skills.EmbeddingModel;
import org.credpath.engine.skills.EmbeddingVectors;
import org.credpath.engine.skills.SkillEmbeddings;
import org.credpath.engine.skills.SkillTagger;

/**
 * A {@link CatalogIndex} with the ESCO skill tagger and the committed skill embeddings
 * ({@code models/skill-embeddings}); without the embeddings file it runs BM25-only.
 */
public final class SearchIndex implements AutoCloseable {

    private final CatalogIndex index;
    private final SkillTagger tagger;
    private final CredentialVectors vectors;

    private SearchIndex(CatalogIndex index, SkillTagger tagger, CredentialVectors vectors) {
        this.index = index;
        this.tagger = tagger;
        this.vectors = vectors;
    }

    /** The default index folder: {@code var/index} under the Credpath home. */
    public static Path defaultDirectory(CredpathHome home) {
        return home.root().resolve("var").resolve("index");
    }

    /**
     * Opens the index in {@code dir}; when it holds no index yet, builds it from {@code catalogue}
     * (skills inferred where absent) and commits.
     */
    public static SearchIndex open(CredpathHome home, Path dir, Supplier<List<Credential>> catalogue,
                                   PrintStream progress) {
        Esco esco = EscoLoader.load(home);
        Path vecFile = EmbeddingModel.directory(home).resolve(EmbeddingModel.VECTORS);
        Optional<SkillEmbeddings> emb = Files.exists(vecFile) ? Optional.of(SkillEmbeddings.load(vecFile)) : Optional.empty();
        if (emb.isEmpty()) {
            progress.println("note: " + vecFile + " missing (./credpath train embeddings); vector search is off");
        }
        SkillTagger tagger = new SkillTagger(esco, emb);
        CredentialVectors vectors = emb.<CredentialVectors>map(e -> new EmbeddingVectors(e, tagger))
                .orElse(CredentialVectors.NONE);
        boolean fresh = !CatalogIndex.exists(dir);
        SearchIndex s = new SearchIndex(CatalogIndex.open(dir, vectors, tagger::skillText), tagger, vectors);
        if (fresh) {
            List<Credential> all = catalogue.get();
            progress.println("building the catalogue index in " + dir + " from " + all.size() + " credentials...");
            s.ingest(all);
        }
        return s;
    }

    /** Adds or replaces credentials (skills inferred where absent) and commits durably. */
    public int ingest(List<Credential> credentials) {
        index.upsertAll(credentials.stream().map(tagger::withInferredSkills).toList());
        index.commit();
        return credentials.size();
    }

    public CatalogIndex index() {
        return index;
    }

    public SkillTagger tagger() {
        return tagger;
    }

    public CredentialVectors vectors() {
        return vectors;
    }

    @Override
    public void close() {
        index.close();
    }
}
