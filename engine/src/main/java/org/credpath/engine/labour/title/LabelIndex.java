package org.credpath.engine.labour.title;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.util.Version;
import org.credpath.engine.cache.DiskCache;
import org.credpath.engine.cache.Fingerprint;

/**
 * An in-memory Lucene BM25 index of short texts (titles, labels), each tagged with an owner
 * ordinal (e.g. an occupation) and a source ordinal. Searching analyses the query with the same
 * English analyzer and ORs its terms. Thread-safe for searching.
 */
public final class LabelIndex {

    private static final String TEXT = "text";
    private static final String ORD = "ord";

    private final Analyzer analyzer;
    private final IndexSearcher searcher;
    private final int[] owners;
    private final int[] sources;
    private final int[] docToEntry;
    private final List<String> texts;
    private final Directory directory;

    /** The layout of a stored index (bump when the fields change). */
    static final int FORMAT = 1;

    private LabelIndex(Analyzer analyzer, IndexSearcher searcher, int[] owners, int[] sources, int[] docToEntry,
                       List<String> texts, Directory directory) {
        this.directory = directory;
        this.texts = texts;
        this.analyzer = analyzer;
        this.searcher = searcher;
        this.owners = owners;
        this.sources = sources;
        this.docToEntry = docToEntry;
    }

    /** One search result: the entry (in insertion order), its owner and source, and its BM25 score. */
    public record Hit(int entry, int owner, int source, float score) {
    }

    /** Collects entries, then {@link #build()} indexes them. */
    public static final class Builder {
        private final List<String> texts = new ArrayList<>();
        private final List<int[]> tags = new ArrayList<>();

        public Builder add(int owner, int source, String text) {
            texts.add(text);
            tags.add(new int[]{owner, source});
            return this;
        }

        public int size() {
            return texts.size();
        }

        /** Indexes the entries in memory. */
        public LabelIndex build() {
            try {
                ByteBuffersDirectory dir = new ByteBuffersDirectory();
                write(dir);
                return open(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot build in-memory label index", e);
            }
        }

        /**
         * Opens the index stored as {@code name} in {@code cache} when it holds exactly these entries
         * (same texts, owners and sources) built by this code and Lucene version; otherwise builds it
         * in memory and stores a copy there. Either way the answers are the same.
         */
        public LabelIndex build(DiskCache cache, String name, Consumer<String> progress) {
            DiskCache.Key key = cacheKey();
            Optional<Path> stored = cache.open(name, key, progress);
            if (stored.isPresent()) {
                try {
                    return open(FSDirectory.open(stored.get()));
                } catch (IOException | RuntimeException e) {
                    progress.accept("cache: " + name + " cannot be opened (" + e.getMessage() + "); rebuilding it");
                }
            }
            long t0 = System.nanoTime();
            LabelIndex built = build();
            progress.accept(String.format(Locale.ROOT, "cache: %s: %,d entries indexed in %.1f s", name, texts.size(),
                    (System.nanoTime() - t0) / 1e9));
            cache.store(name, key, folder -> {
                try (FSDirectory out = FSDirectory.open(folder)) {
                    for (String f : built.directory.listAll()) {
                        out.copyFrom(built.directory, f, f, IOContext.DEFAULT);
                    }
                }
            }, progress);
            return built;
        }

        /** What a stored index must have been built from: these entries, this class and this Lucene version. */
        DiskCache.Key cacheKey() {
            Fingerprint inputs = new Fingerprint();
            inputs.add(texts.size());
            for (int i = 0; i < texts.size(); i++) {
                inputs.add(tags.get(i)[0]).add(tags.get(i)[1]).add(texts.get(i));
            }
            String code = new Fingerprint().addClasses(LabelIndex.class, Builder.class, EnglishAnalyzer.class).hex();
            return new DiskCache.Key(FORMAT, inputs.hex(), code, "lucene-" + Version.LATEST);
        }

        private void write(Directory dir) throws IOException {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new EnglishAnalyzer()))) {
                for (int i = 0; i < texts.size(); i++) {
                    Document d = new Document();
                    d.add(new TextField(TEXT, texts.get(i), Field.Store.NO));
                    d.add(new NumericDocValuesField(ORD, i));
                    w.addDocument(d);
                }
                w.forceMerge(1);
            }
        }

        private LabelIndex open(Directory dir) throws IOException {
            DirectoryReader reader = DirectoryReader.open(dir);
            if (reader.maxDoc() != texts.size()) {
                reader.close();
                throw new IOException("index holds " + reader.maxDoc() + " entries, expected " + texts.size());
            }
            int[] docToEntry = new int[reader.maxDoc()];
            for (var leaf : reader.leaves()) {
                LeafReader lr = leaf.reader();
                NumericDocValues ords = lr.getNumericDocValues(ORD);
                for (int doc = 0; doc < lr.maxDoc(); doc++) {
                    ords.advanceExact(doc);
                    docToEntry[leaf.docBase + doc] = (int) ords.longValue();
                }
            }
            int[] owners = tags.stream().mapToInt(t -> t[0]).toArray();
            int[] sources = tags.stream().mapToInt(t -> t[1]).toArray();
            return new LabelIndex(new EnglishAnalyzer(), new IndexSearcher(reader), owners, sources, docToEntry,
                    List.copyOf(texts), dir);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The best {@code n} entries for {@code text} by BM25; empty when the text has no indexable term. */
    public List<Hit> search(String text, int n) {
        return run(query(text, false), n);
    }

    /** Like {@link #search} but each term also matches within 1 edit (2 for terms of 8+ characters). */
    public List<Hit> searchFuzzy(String text, int n) {
        return run(query(text, true), n);
    }

    /** The indexed text of an entry. */
    public String text(int entry) {
        return texts.get(entry);
    }

    /** Share of the query's analysed terms that occur in the entry's text (0 when the query has none). */
    public double coverage(String query, int entry) {
        List<String> q = terms(query);
        if (q.isEmpty()) {
            return 0;
        }
        java.util.Set<String> have = new java.util.HashSet<>(terms(texts.get(entry)));
        return q.stream().filter(have::contains).count() / (double) q.size();
    }

    private List<Hit> run(Query q, int n) {
        if (q == null) {
            return List.of();
        }
        try {
            TopDocs top = searcher.search(q, n);
            List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                int e = docToEntry[sd.doc];
                hits.add(new Hit(e, owners[e], sources[e], sd.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The analysed terms of {@code text} (lower-cased, stop words removed, stemmed). */
    public List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute att = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(att.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private Query query(String text, boolean fuzzy) {
        List<String> terms = terms(text == null ? "" : text);
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : terms.subList(0, Math.min(terms.size(), 64))) {
            Term term = new Term(TEXT, t);
            Query tq = !fuzzy || t.length() < 4 ? new TermQuery(term) : new FuzzyQuery(term, t.length() >= 8 ? 2 : 1, 1);
            b.add(tq, BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }
}
