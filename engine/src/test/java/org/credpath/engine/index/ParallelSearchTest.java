package org.credpath.engine.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.CredentialType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Parallel search (hybrid halves side by side, index slices on the pool) returns exactly what
 * sequential search returns, filters included. The catalogue is big enough (24,000 credentials in
 * four segments) to be searched as two slices; one credential in 100 has a vector, so each
 * segment's HNSW search is exhaustive and both indexes must agree exactly.
 */
class ParallelSearchTest {

    private static final int SIZE = 24_000;
    private static final String[] WORDS = {"data", "python", "design", "cooking", "finance", "marketing",
        "statistics", "leadership", "cloud", "security", "writing", "sales", "health", "music", "law", "teaching"};
    private static final CredentialType[] TYPES = {CredentialType.COURSE, CredentialType.BADGE,
        CredentialType.SPECIALIZATION};

    @TempDir
    static Path dir;
    private static CatalogIndex parallel;
    private static CatalogIndex sequential;

    @BeforeAll
    static void build() {
        IndexSettings settings = new IndexSettings(64, 16, 50, 0, true);
        parallel = CatalogIndex.open(dir.resolve("parallel"), SPARSE_VECTORS, SkillTextSource.TAGS_ONLY, settings);
        sequential = CatalogIndex.open(dir.resolve("sequential"), SPARSE_VECTORS, SkillTextSource.TAGS_ONLY,
                settings.withParallelSearch(false));
        List<Credential> all = catalogue();
        for (int from = 0; from < SIZE; from += SIZE / 4) {
            List<Credential> batch = all.subList(from, from + SIZE / 4);
            batch.forEach(parallel::append);
            batch.forEach(sequential::append);
            parallel.refresh(); // each refresh flushes one segment
            sequential.refresh();
        }
    }

    @AfterAll
    static void close() {
        parallel.close();
        sequential.close();
    }

    private static List<Credential> catalogue() {
        Random r = new Random(7);
        List<Credential> out = new ArrayList<>(SIZE);
        for (int i = 0; i < SIZE; i++) {
            String title = WORDS[r.nextInt(WORDS.length)] + " " + WORDS[r.nextInt(WORDS.length)] + " " + i;
            String description = WORDS[r.nextInt(WORDS.length)] + " and " + WORDS[r.nextInt(WORDS.length)] + " for "
                    + WORDS[r.nextInt(WORDS.length)] + " " + WORDS[r.nextInt(WORDS.length)];
            out.add(TinyCatalog.cred("p" + i, title, description, TYPES[r.nextInt(TYPES.length)],
                    1.0 + r.nextInt(100), (double) r.nextInt(500), List.of(WORDS[r.nextInt(WORDS.length)])));
        }
        return out;
    }

    /** 8-d vectors from a seeded hash of the text, for one credential in 100 (ids p0, p100, ...) and every query. */
    private static final CredentialVectors SPARSE_VECTORS = new CredentialVectors() {
        @Override
        public int dimension() {
            return 8;
        }

        @Override
        public Optional<float[]> credential(Credential c) {
            return Integer.parseInt(c.id().substring(1)) % 100 == 0 ? Optional.of(unit(c.id().hashCode()))
                    : Optional.empty();
        }

        @Override
        public Optional<float[]> query(String text, List<String> skills) {
            return Optional.of(unit(text.toLowerCase(Locale.ROOT).hashCode()));
        }

        private float[] unit(long seed) {
            Random r = new Random(seed);
            float[] v = new float[8];
            double n = 0;
            for (int d = 0; d < v.length; d++) {
                v[d] = (float) r.nextGaussian();
                n += v[d] * v[d];
            }
            for (int d = 0; d < v.length; d++) {
                v[d] /= (float) Math.sqrt(n);
            }
            return v;
        }
    };

    private static List<String> ids(CatalogIndex index, String q, int k, SearchMode mode, SearchFilters f) {
        return index.search(SearchRequest.text(q, k, mode).withFilters(f)).stream().map(SearchHit::id).toList();
    }

    @ParameterizedTest
    @EnumSource(SearchMode.class)
    void parallelReturnsWhatSequentialReturns(SearchMode mode) {
        assertThat(parallel.segmentCount()).isEqualTo(4);
        for (String q : List.of("python data", "design", "cooking finance leadership", "cloud security 1234", "law")) {
            for (int k : new int[] {1, 10, 150}) {
                List<String> p = ids(parallel, q, k, mode, SearchFilters.NONE);
                assertThat(p).as("%s '%s' k=%d", mode, q, k).isNotEmpty().isEqualTo(ids(sequential, q, k, mode, SearchFilters.NONE));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(SearchMode.class)
    void filtersStillApplyInParallel(SearchMode mode) {
        SearchFilters badgesUnder20h = SearchFilters.NONE.withTypes(Set.of(CredentialType.BADGE)).withMaxHours(20.0);
        List<String> p = ids(parallel, "data statistics", 50, mode, badgesUnder20h);
        assertThat(p).isNotEmpty().isEqualTo(ids(sequential, "data statistics", 50, mode, badgesUnder20h));
        List<Credential> all = catalogue();
        for (String id : p) {
            Credential c = all.get(Integer.parseInt(id.substring(1)));
            assertThat(c.credentialType()).isEqualTo(CredentialType.BADGE);
            assertThat(c.hours()).isLessThanOrEqualTo(20.0);
        }
    }

    @Test
    void manyConcurrentSearchesOnABusyPoolStillMatchSequential() throws Exception {
        List<String> queries = List.of("python data", "design", "cooking finance leadership", "cloud security", "law");
        List<java.util.concurrent.Callable<List<String>>> jobs = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            String q = queries.get(i % queries.size());
            SearchMode mode = SearchMode.values()[i % SearchMode.values().length];
            jobs.add(() -> ids(parallel, q, 20, mode, SearchFilters.NONE));
        }
        try (var callers = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            List<java.util.concurrent.Future<List<String>>> results = callers.invokeAll(jobs);
            for (int i = 0; i < jobs.size(); i++) {
                String q = queries.get(i % queries.size());
                SearchMode mode = SearchMode.values()[i % SearchMode.values().length];
                assertThat(results.get(i).get()).as("%s '%s'", mode, q).isNotEmpty()
                        .isEqualTo(ids(sequential, q, 20, mode, SearchFilters.NONE));
            }
        }
    }

    @Test
    void slicesBalanceSegmentsAndSplitABigOne() throws IOException {
        try (ByteBuffersDirectory d = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int segmentDocs : new int[] {9_000, 1_000, 1_000, 3_000}) {
                for (int i = 0; i < segmentDocs; i++) {
                    Document doc = new Document();
                    doc.add(new StringField("id", Integer.toString(i), Field.Store.NO));
                    w.addDocument(doc);
                }
                w.flush();
            }
            try (DirectoryReader reader = DirectoryReader.open(w)) {
                IndexSearcher.LeafSlice[] two = ParallelSearcherFactory.balanced(reader.leaves(), 2, 0);
                // 14,000 docs, a share of 7,000: the 9,000 segment (> 1.5 shares? no) is kept whole, the rest fill the other slice
                assertThat(Arrays.stream(two).mapToInt(IndexSearcher.LeafSlice::getMaxDocs)).containsExactlyInAnyOrder(9_000, 5_000);
                IndexSearcher.LeafSlice[] four = ParallelSearcherFactory.balanced(reader.leaves(), 4, 0);
                // a share of 3,500: the 9,000 segment is split into 3 ranges, the others balanced over 4 bins
                assertThat(Arrays.stream(four).mapToInt(IndexSearcher.LeafSlice::getMaxDocs).sum()).isEqualTo(14_000);
                assertThat(Arrays.stream(four).filter(s -> s.partitions[0].ctx.reader().maxDoc() == 9_000)).hasSize(3);
                assertThat(ParallelSearcherFactory.balanced(reader.leaves(), 2, 20_000)).hasSize(1);
            }
        }
    }
}
