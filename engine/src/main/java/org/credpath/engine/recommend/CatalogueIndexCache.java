package org.credpath.engine.recommend;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.util.Version;
import org.credpath.engine.cache.DiskCache;
import org.credpath.engine.cache.Fingerprint;
import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.ExchangeJson;
import org.credpath.engine.index.CatalogIndex;
import org.credpath.engine.index.CredentialDocuments;
import org.credpath.engine.index.CredentialVectors;
import org.credpath.engine.index.IndexSettings;
import org.credpath.engine.index.SkillTextSource;
import org.credpath.engine.skills.EmbeddingVectors;

/**
 * The bundled catalogue's Lucene index kept on disk (folder {@value #CACHE_NAME} under the cache
 * root), so that a start copies it into the heap instead of building it (analysis, skill text,
 * credential vectors and the HNSW graph). It is trusted only when it was built from the same prepared
 * credentials (their exchange JSON, inferred skills included), the same skill-text and vector inputs
 * (the files named by the caller: ESCO and the skill embeddings), the same index code and the same
 * Lucene version; otherwise the index is built and the cache rewritten. Either way the result is a
 * heap {@link CatalogIndex} with the same documents, segments and graph: a stored index is the very
 * commit a cold build made.
 */
public final class CatalogueIndexCache {

    /** The folder of the bundled catalogue's index under the cache root. */
    public static final String CACHE_NAME = "catalogue-index";
    static final int FORMAT = 1;

    private final DiskCache cache;
    private final List<Path> inputs;

    /**
     * @param inputs the files and folders the skill text and credential vectors come from (ESCO, the
     *               skill embeddings); their content is part of the key
     */
    public CatalogueIndexCache(DiskCache cache, List<Path> inputs) {
        this.cache = cache;
        this.inputs = List.copyOf(inputs);
    }

    /**
     * The index of {@code credentials} (prepared, in catalogue order): copied from the cache when it
     * matches, else built by {@code build} (which must index exactly these credentials) and stored.
     */
    public CatalogIndex index(Collection<Credential> credentials, CredentialVectors vectors,
            SkillTextSource skillText, Supplier<CatalogIndex> build, Consumer<String> progress) {
        long t0 = System.nanoTime();
        DiskCache.Key key = key(credentials, vectors.dimension());
        Optional<CatalogIndex> stored = cache.open(CACHE_NAME, key, progress)
                .flatMap(dir -> open(dir, credentials.size(), vectors, skillText, progress));
        if (stored.isPresent()) {
            progress.accept(String.format(Locale.ROOT, "catalogue: %,d credentials' index read from the cache in %.1f s",
                    credentials.size(), (System.nanoTime() - t0) / 1e9));
            return stored.get();
        }
        CatalogIndex built = build.get();
        cache.store(CACHE_NAME, key, built::copyCommitTo, progress);
        return built;
    }

    private static Optional<CatalogIndex> open(Path dir, int expected, CredentialVectors vectors,
            SkillTextSource skillText, Consumer<String> progress) {
        CatalogIndex index = null;
        try {
            index = CatalogIndex.inMemoryCopyOf(dir, vectors, skillText);
            if (index.size() != expected) {
                throw new IOException("it holds " + index.size() + " credentials, expected " + expected);
            }
            return Optional.of(index);
        } catch (IOException | RuntimeException e) {
            if (index != null) {
                index.close();
            }
            progress.accept("cache: " + CACHE_NAME + " cannot be opened (" + e.getMessage() + "); rebuilding it");
            return Optional.empty();
        }
    }

    /** The prepared credentials as exchange JSON, the vector dimension, the input files, the index code. */
    DiskCache.Key key(Collection<Credential> credentials, int dimension) {
        Fingerprint in = new Fingerprint().add(credentials.size()).add(dimension);
        for (Credential c : credentials) {
            in.add(ExchangeJson.mapper().writeValueAsBytes(c));
        }
        in.addFilesOrMissing(inputs);
        String code = EmbeddingVectors.addCode(new Fingerprint().addClasses(CatalogueIndexCache.class,
                Catalogue.class, CatalogIndex.class, CredentialDocuments.class, IndexSettings.class,
                SkillFirstVectors.class, Credential.class, EnglishAnalyzer.class)).hex();
        return new DiskCache.Key(FORMAT, in.hex(), code, "lucene-" + Version.LATEST);
    }
}
