package org.credpath.engine.labour.title;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.credpath.engine.labour.Labels;

/**
 * Typo-tolerant lexical stage: corrects the words of a title that occur in no known title
 * ("softwre engneer" becomes "software engineer") with Lucene's {@link DirectSpellChecker}
 * (Levenshtein distance up to 2, transpositions count as one edit; of its first five suggestions the
 * one with the fewest edits wins, among equally close words the most frequent). The vocabulary is the words of the known titles given (ESCO labels, O*NET
 * titles), normalised but not stemmed. Thread-safe.
 */
public final class TitleSpelling {

    private static final String FIELD = "w";
    /** Words shorter than this are never corrected (abbreviations, "it", "hr"). */
    public static final int MIN_LENGTH = 4;

    private final DirectoryReader reader;
    private final DirectSpellChecker checker;

    public TitleSpelling(Collection<String> knownTitles) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String t : knownTitles) {
            String n = Labels.normalise(t);
            if (!n.isEmpty()) {
                distinct.add(n);
            }
        }
        try {
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                for (String t : distinct) {
                    Document d = new Document();
                    d.add(new TextField(FIELD, t, Field.Store.NO));
                    w.addDocument(d);
                }
                w.forceMerge(1);
            }
            this.reader = DirectoryReader.open(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the title vocabulary index", e);
        }
        this.checker = new DirectSpellChecker();
        checker.setMinPrefix(0);
        checker.setMinQueryLength(MIN_LENGTH);
        checker.setMaxEdits(2);
        checker.setAccuracy(0.6f);
    }

    /** Suggestions compared per unknown word. */
    private static final int SUGGESTIONS = 5;
    private static final LuceneLevenshteinDistance DISTANCE = new LuceneLevenshteinDistance();

    /** Edits between two words (a transposition is one), from Lucene's similarity {@code 1 - edits / max length}. */
    static int edits(String a, String b) {
        return Math.round((1 - DISTANCE.getDistance(a, b)) * Math.max(a.length(), b.length()));
    }

    /** Whether {@code word} (normalised) occurs in a known title. */
    public boolean known(String word) {
        try {
            return reader.docFreq(new Term(FIELD, word)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The normalised title with unknown words replaced by their closest known word; unchanged words stay. */
    public String correct(String title) {
        String norm = Labels.normalise(title);
        if (norm.isEmpty()) {
            return norm;
        }
        List<String> out = new ArrayList<>();
        for (String w : norm.split(" ")) {
            out.add(correctWord(w));
        }
        return String.join(" ", out);
    }

    private String correctWord(String w) {
        if (w.length() < MIN_LENGTH || w.chars().anyMatch(Character::isDigit) || known(w)) {
            return w;
        }
        try {
            SuggestWord[] s = checker.suggestSimilar(new Term(FIELD, w), SUGGESTIONS, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            // fewest edits first (the checker's own score favours longer words: "cheff" -> "chefs" over "chef"),
            // then the most frequent
            return java.util.Arrays.stream(s)
                    .min(java.util.Comparator.comparingInt((SuggestWord x) -> edits(w, x.string))
                            .thenComparing(x -> x.freq, java.util.Comparator.reverseOrder()))
                    .map(x -> x.string).orElse(w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
