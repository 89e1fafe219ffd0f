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
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.credpath.engine.labour.Labels;

/**
 * Typo-tolerant lexical stage: corrects the words of a title that occur in no known title
 * ("softwre engneer" becomes "software engineer") with Lucene's {@link DirectSpellChecker}
 * (Levenshtein distance up to 2, transpositions count as one edit; among equally close words the
 * most frequent wins). The vocabulary is the words of the known titles given (ESCO labels, O*NET
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
            SuggestWord[] s = checker.suggestSimilar(new Term(FIELD, w), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            return s.length == 0 ? w : s[0].string;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
