package org.credpath.engine.recommend;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import java.util.Locale;

import org.credpath.engine.bench.CatalogResampler;
import org.credpath.engine.cache.DiskCache;
import org.credpath.engine.labour.esco.EscoLoader;
import org.credpath.engine.skills.EmbeddingModel;
import org.credpath.engine.skills.PreparedCatalogueCache;
import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.bundled.BundledCatalog;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.index.CatalogIndex;
import org.credpath.engine.index.CredentialVectors;
import org.credpath.engine.index.ScoredId;
import org.credpath.engine.index.SearchRequest;
import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.skills.CataloguePreparation;
import org.credpath.engine.skills.EmbeddingVectors;
import org.credpath.engine.skills.SkillTagger;

/**
 * The shipped catalogue as the server uses it: the credentials with ESCO skills inferred where the
 * source gave none, the tagger and vectors that made them, and a heap-resident Lucene index over
 * them. As a {@link CandidateSource} it searches that index alone (the scope is ignored); callers
 * with further credentials merge their own index with it. Thread-safe.
 *
 * @param credentials the shipped credentials, by id, in catalogue order
 */
public record Catalogue(Map<String, Credential> credentials, SkillTagger tagger, CredentialVectors vectors,
        CatalogIndex index) implements CandidateSource {

    public Catalogue {
        credentials = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(credentials));
        Objects.requireNonNull(tagger, "tagger");
        Objects.requireNonNull(vectors, "vectors");
        Objects.requireNonNull(index, "index");
    }

    /**
     * Prepares ({@link CataloguePreparation}) and indexes {@code credentials}; when null, the bundled
     * catalogue ({@link #bundled}).
     */
    public static Catalogue build(CredpathHome home, Esco esco, List<Credential> credentials, PrintStream progress) {
        long t0 = System.nanoTime();
        CataloguePreparation preparation = CataloguePreparation.load(home, esco, progress::println);
        progress.println(String.format(Locale.ROOT, "catalogue: skill tagger and embeddings loaded in %.1f s",
                seconds(t0)));
        return credentials != null ? build(preparation, credentials, "catalogue", progress)
                : bundled(home, preparation, readBundled(home, progress), progress);
    }

    /** The bundled catalogue's credentials as the source lists them, with a progress line. */
    public static List<Credential> readBundled(CredpathHome home, PrintStream progress) {
        long t1 = System.nanoTime();
        List<Credential> bundled = BundledCatalog.load(home).credentials();
        progress.println(String.format(Locale.ROOT, "bundled catalogue: %,d credentials read in %.1f s",
                bundled.size(), seconds(t1)));
        return bundled;
    }

    /**
     * The bundled catalogue ({@code bundled}, as {@link #readBundled} gives it) prepared and indexed,
     * its inferred skills ({@link PreparedCatalogueCache}) and its index ({@link CatalogueIndexCache})
     * read from the caches under {@code <home>/var/cache} when they were built from the same inputs.
     */
    public static Catalogue bundled(CredpathHome home, CataloguePreparation preparation, List<Credential> bundled,
            PrintStream progress) {
        List<Path> taggerInputs = List.of(home.datasets().resolve(EscoLoader.FOLDER),
                EmbeddingModel.directory(home).resolve(EmbeddingModel.VECTORS));
        DiskCache disk = new DiskCache(home.cache());
        List<Credential> prepared = new PreparedCatalogueCache(disk, taggerInputs)
                .prepare(preparation, bundled, "bundled catalogue", progress::println);
        return index(preparation, prepared, new CatalogueIndexCache(disk, taggerInputs), progress);
    }

    /** Prepares {@code credentials} (from {@code source}, named in progress lines) and indexes them. */
    public static Catalogue build(CataloguePreparation preparation, List<Credential> credentials, String source,
            PrintStream progress) {
        return index(preparation, preparation.prepare(credentials, source, progress::println), null, progress);
    }

    /** Indexes the prepared credentials: built, or copied from {@code cache} when not null and it matches. */
    private static Catalogue index(CataloguePreparation preparation, List<Credential> prepared,
            CatalogueIndexCache cache, PrintStream progress) {
        SkillTagger tagger = preparation.tagger();
        CredentialVectors vectors = preparation.embeddings()
                .<CredentialVectors>map(e -> new SkillFirstVectors(new EmbeddingVectors(e, tagger)))
                .orElse(CredentialVectors.NONE);
        Map<String, Credential> byId = new LinkedHashMap<>();
        prepared.forEach(c -> byId.put(c.id(), c));
        Supplier<CatalogIndex> build = () -> {
            long t0 = System.nanoTime();
            CatalogIndex index = CatalogIndex.inMemory(vectors, tagger::skillText);
            index.upsertAll(byId.values());
            progress.println(String.format(Locale.ROOT, "catalogue: %,d credentials indexed in %.1f s", byId.size(),
                    seconds(t0)));
            return index;
        };
        CatalogIndex index = cache == null ? build.get()
                : cache.index(byId.values(), vectors, tagger::skillText, build, progress::println);
        return new Catalogue(byId, tagger, vectors, index);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /**
     * A catalogue of {@code size} credentials resampled from this one ({@link CatalogResampler}: real
     * credentials with perturbed text, hours and cost, and noisy copies of their vectors), for benchmarks.
     */
    public Catalogue resampled(int size, long seed, PrintStream progress) {
        long t0 = System.nanoTime();
        List<Credential> base = List.copyOf(credentials.values());
        CatalogResampler resampler = new CatalogResampler(base, base.stream().map(vectors::credential).toList(), seed);
        CatalogIndex scaled = newIndex();
        Map<String, Credential> byId = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            CatalogResampler.Sample s = resampler.sample(i);
            byId.put(s.credential().id(), s.credential());
            scaled.append(s.credential(), s.vector());
            if ((i + 1) % 20_000 == 0) {
                progress.println(String.format("catalogue: %,d of %,d resampled credentials indexed", i + 1, size));
            }
        }
        scaled.refresh();
        progress.println(String.format("catalogue: %,d resampled credentials (seed %d) indexed in %.1f s", size, seed,
                (System.nanoTime() - t0) / 1e9));
        return new Catalogue(byId, tagger, vectors, scaled);
    }

    public Optional<Credential> find(String id) {
        return Optional.ofNullable(credentials.get(id));
    }

    @Override
    public List<Credential> candidates(String scope, SearchRequest request) {
        List<Credential> out = new java.util.ArrayList<>();
        for (ScoredId h : index.searchIds(request)) {
            find(h.id()).ifPresent(out::add);
        }
        return out;
    }

    /** A new, empty heap index with the same analysis, tagger and vectors (e.g. for a caller's own additions). */
    public CatalogIndex newIndex() {
        return CatalogIndex.inMemory(vectors, tagger::skillText);
    }
}
