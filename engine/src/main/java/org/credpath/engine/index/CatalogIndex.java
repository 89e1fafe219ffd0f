package org.credpath.engine.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.util.quantization.QuantizedByteVectorValues.ScalarEncoding;
import org.credpath.engine.catalog.Credential;

/**
 * The catalogue in Lucene: BM25 over English-analysed text, HNSW over credential vectors, RRF
 * hybrid; near-real-time updates (visible to the next search at once) and durable {@link #commit()}s.
 * Thread-safe: searches run concurrently with updates.
 */
public final class CatalogIndex implements CandidateRetriever, AutoCloseable {

    /** Candidates taken from each side before reciprocal rank fusion. */
    static final int FUSION_DEPTH = 100;
    /**
     * HNSW candidates (the search's beam) for a KNN request of fewer results: with only {@code k}
     * candidates the graph search misses many true neighbours; the best {@code k} of these are returned.
     */
    static final int KNN_CANDIDATES = 50;
    /** The RRF constant (60 in the original paper). */
    static final int RRF_K = 60;

    private final Directory directory;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final CredentialVectors vectors;
    private final SkillTextSource skillText;

    private CatalogIndex(Directory directory, CredentialVectors vectors, SkillTextSource skillText,
                         IndexSettings settings) throws IOException {
        this.directory = directory;
        this.vectors = vectors;
        this.skillText = skillText;
        KnnVectorsFormat hnsw = settings.quantizedBits() > 0
                ? new Lucene104HnswScalarQuantizedVectorsFormat(ScalarEncoding.fromNumBits(settings.quantizedBits()),
                        settings.hnswM(), settings.hnswBeamWidth())
                : new Lucene99HnswVectorsFormat(settings.hnswM(), settings.hnswBeamWidth());
        IndexWriterConfig cfg = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(settings.ramBufferMb())
                .setCodec(new Lucene104Codec() {
                    @Override
                    public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                        return hnsw;
                    }
                });
        this.writer = new IndexWriter(directory, cfg);
        this.searchers = new SearcherManager(writer, settings.parallelSearch()
                ? new ParallelSearcherFactory(SearchThreads.executor(), SearchThreads.SIZE) : null);
    }

    /** Opens (or creates) the index in {@code dir}. */
    public static CatalogIndex open(Path dir, CredentialVectors vectors, SkillTextSource skillText) {
        return open(dir, vectors, skillText, IndexSettings.DEFAULTS);
    }

    /** As {@link #open(Path, CredentialVectors, SkillTextSource)} with given writer settings. */
    public static CatalogIndex open(Path dir, CredentialVectors vectors, SkillTextSource skillText,
                                    IndexSettings settings) {
        try {
            return new CatalogIndex(FSDirectory.open(dir), vectors, skillText, settings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the catalogue index in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The settings of a heap index: a 64 MB buffer, the default graph and parallel search. */
    private static final IndexSettings IN_MEMORY = new IndexSettings(64, IndexSettings.DEFAULTS.hnswM(),
            IndexSettings.DEFAULTS.hnswBeamWidth(), 0, IndexSettings.DEFAULTS.parallelSearch());

    /** A heap-only index (tests, one-off evaluations). */
    public static CatalogIndex inMemory(CredentialVectors vectors, SkillTextSource skillText) {
        try {
            return new CatalogIndex(new ByteBuffersDirectory(), vectors, skillText, IN_MEMORY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A heap index holding a copy of the committed index in {@code folder} (e.g. one stored by
     * {@link #copyCommitTo}): searches and later updates behave as in the index that was stored, and
     * {@code folder} is only read (no lock, nothing written there).
     *
     * @throws IOException when {@code folder} holds no readable index
     */
    public static CatalogIndex inMemoryCopyOf(Path folder, CredentialVectors vectors, SkillTextSource skillText)
            throws IOException {
        ByteBuffersDirectory heap = new ByteBuffersDirectory();
        try (Directory stored = FSDirectory.open(folder)) {
            for (String file : SegmentInfos.readLatestCommit(stored).files(true)) {
                heap.copyFrom(stored, file, file, IOContext.READONCE);
            }
        }
        return new CatalogIndex(heap, vectors, skillText, IN_MEMORY);
    }

    /**
     * Commits, then copies the files of that commit into {@code folder} (an empty folder; readable by
     * {@link #inMemoryCopyOf} or {@link #open}).
     */
    public void copyCommitTo(Path folder) throws IOException {
        writer.commit();
        try (Directory out = FSDirectory.open(folder)) {
            for (String file : SegmentInfos.readLatestCommit(directory).files(true)) {
                out.copyFrom(directory, file, file, IOContext.READONCE);
            }
        }
    }

    /** True when {@code dir} holds a committed index. */
    public static boolean exists(Path dir) {
        try (Directory d = FSDirectory.open(dir)) {
            return DirectoryReader.indexExists(d);
        } catch (IOException e) {
            return false;
        }
    }

    /** Adds or replaces (by id) one credential; visible to the next search. */
    public void upsert(Credential c) {
        upsertAll(List.of(c));
    }

    /** Adds or replaces (by id) every credential, then makes them visible. */
    public void upsertAll(Iterable<Credential> credentials) {
        try {
            for (Credential c : credentials) {
                writer.updateDocument(new Term(CredentialDocuments.ID, c.id()), document(c));
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Appends without replacing (bulk loads into a fresh index; fastest). Call {@link #refresh()}
     * or {@link #commit()} afterwards. Safe to call from several threads at once.
     */
    public void append(Credential c) {
        try {
            writer.addDocument(document(c));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * As {@link #append(Credential)} with a precomputed vector (benchmarks and bulk loads that
     * computed vectors elsewhere); skill text from the configured source.
     */
    public void append(Credential c, Optional<float[]> vector) {
        try {
            writer.addDocument(CredentialDocuments.toDocument(c, skillText.skillText(c), vector));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Merges the index down to at most {@code segments} segments (faster searches, slow to run). */
    public void forceMerge(int segments) {
        try {
            writer.forceMerge(segments);
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Segments of the current searcher. */
    public int segmentCount() {
        return withSearcher(s -> s.getIndexReader().leaves().size());
    }

    /** Deletes by id; true when it was present. Visible to the next search. */
    public boolean delete(String id) {
        try {
            boolean present = contains(id);
            writer.deleteDocuments(new Term(CredentialDocuments.ID, id));
            searchers.maybeRefreshBlocking();
            return present;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes every change durable (survives a crash); returns when it is on disk. */
    public void commit() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean contains(String id) {
        return withSearcher(s -> s.count(new TermQuery(new Term(CredentialDocuments.ID, id))) > 0);
    }

    /** Live credentials. */
    public int size() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    /**
     * {@inheritDoc} A hybrid query runs its two halves side by side when the index searches in
     * parallel: BM25 on one thread, the query vector and the HNSW search on another.
     */
    @Override
    public List<SearchHit> search(SearchRequest request) {
        return search(request, this::hits);
    }

    /**
     * As {@link #search(SearchRequest)}, but each hit is only its id (read from the id field's doc
     * values) and score: no stored fields are loaded, which is most of the cost of a 200-hit search.
     * For callers that hold the credentials in memory.
     */
    public List<ScoredId> searchIds(SearchRequest request) {
        return search(request, HitIds::read);
    }

    /** Turns the fused top documents into at most {@code k} hits. */
    private interface HitReader<T> {
        List<T> read(IndexSearcher s, TopDocs top, int k) throws IOException;
    }

    private <T> List<T> search(SearchRequest request, HitReader<T> reader) {
        Query filter = IndexQueries.filter(request.filters());
        Query text = IndexQueries.text(analyzer, request.text());
        SearchMode mode = request.mode();
        int k = request.k();
        if (text == null || mode == SearchMode.KNN) {
            Optional<float[]> vec = mode == SearchMode.BM25 ? Optional.empty() : vectors.query(request.text(), request.skills());
            if (text == null && vec.isEmpty()) {
                throw new IllegalArgumentException(mode == SearchMode.KNN
                        ? "query: nothing in it maps to a known skill, so vector search has nothing to look for; try other words or --mode bm25"
                        : "query: no searchable words in '" + abbreviate(request.text()) + "' (only punctuation or very common words)");
            }
            return withSearcher(s -> reader.read(s, fuse(null, topKnn(s, vec, filter, request), k), k));
        }
        Query bm25 = IndexQueries.filtered(text, filter);
        if (mode == SearchMode.BM25) {
            return withSearcher(s -> reader.read(s, topBm25(s, bm25, k), k));
        }
        int depth = Math.max(FUSION_DEPTH, k);
        return withSearcher(s -> {
            List<TopDocs> legs = s.getTaskExecutor().invokeAll(List.<Callable<TopDocs>>of(
                    () -> topBm25(s, bm25, depth),
                    () -> topKnn(s, vectors.query(request.text(), request.skills()), filter, request)));
            return reader.read(s, fuse(legs.get(0), legs.get(1), k), k);
        });
    }

    /**
     * The KNN half: {@link #FUSION_DEPTH} for a hybrid request, else the best {@code k} of
     * {@link #KNN_CANDIDATES} HNSW candidates; null without a vector.
     */
    private static TopDocs topKnn(IndexSearcher s, Optional<float[]> vec, Query filter, SearchRequest request)
            throws IOException {
        if (vec.isEmpty()) {
            return null;
        }
        boolean hybrid = request.mode() == SearchMode.HYBRID;
        int candidates = Math.max(hybrid ? FUSION_DEPTH : KNN_CANDIDATES, request.k());
        return s.search(new KnnFloatVectorQuery(CredentialDocuments.VECTOR, vec.get(), candidates, filter),
                hybrid ? candidates : request.k());
    }

    /**
     * The best {@code n} by BM25. Hits are not counted past {@code n} (the default counts the first
     * 1,000 exactly), so block-max WAND starts skipping non-competitive documents at once.
     */
    private static TopDocs topBm25(IndexSearcher s, Query query, int n) throws IOException {
        return s.search(query, new TopScoreDocCollectorManager(n, n));
    }

    /**
     * Ids of the {@code k} credentials whose vectors are nearest to {@code v}: by the HNSW search
     * the engine uses ({@link #KNN_CANDIDATES} candidates), or ({@code exact}) by brute force over every live vector (to measure recall).
     */
    public List<String> nearestIds(float[] v, int k, boolean exact) {
        return withSearcher(s -> {
            TopDocs top = exact ? ExactVectors.nearest(s.getIndexReader(), CredentialDocuments.VECTOR, v, k)
                    : s.search(new KnnFloatVectorQuery(CredentialDocuments.VECTOR, v, Math.max(k, KNN_CANDIDATES)), k);
            StoredFields stored = s.storedFields();
            List<String> ids = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                ids.add(stored.document(sd.doc).get(CredentialDocuments.ID));
            }
            return ids;
        });
    }

    private static TopDocs fuse(TopDocs bm25, TopDocs knn, int k) {
        if (bm25 == null) {
            return knn == null ? TopDocs.merge(k, new TopDocs[0]) : knn;
        }
        if (knn == null) {
            return bm25;
        }
        return TopDocs.rrf(k, RRF_K, new TopDocs[] {bm25, knn});
    }

    private List<SearchHit> hits(IndexSearcher s, TopDocs top, int k) throws IOException {
        StoredFields stored = s.storedFields();
        List<SearchHit> out = new ArrayList<>(Math.min(k, top.scoreDocs.length));
        for (ScoreDoc sd : top.scoreDocs) {
            if (out.size() == k) {
                break;
            }
            Document d = stored.document(sd.doc);
            out.add(new SearchHit(d.get(CredentialDocuments.ID), d.get(CredentialDocuments.TITLE), sd.score,
                    List.of(d.getValues(CredentialDocuments.SKILL_URI))));
        }
        return out;
    }

    private Document document(Credential c) {
        return CredentialDocuments.toDocument(c, skillText.skillText(c), vectors.credential(c));
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher s) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return work.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }

    /** Commits and closes. */
    @Override
    public void close() {
        try {
            writer.commit();
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
