package org.credpath.engine.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * User text turned into plain analysed terms. Nothing in the text is interpreted as query syntax:
 * {@code AND (}, {@code *}, quotes and {@code field:} are just characters the tokenizer splits on,
 * so any input yields terms or none. The text is capped at {@link #MAX_CHARS} characters and
 * {@link #MAX_TERMS} distinct terms (so a 10 kB paste stays fast).
 */
public final class QueryText {

    public static final int MAX_CHARS = 4096;
    public static final int MAX_TERMS = 48;

    /** Query-syntax characters; {@code title:python} would otherwise stay one token (UAX#29 keeps colons). */
    private static final java.util.regex.Pattern SYNTAX = java.util.regex.Pattern.compile("[:\\\\^~*?\"(){}\\[\\]!+|&]");

    private QueryText() {
    }

    /** Distinct analysed terms of {@code text}, in order of first appearance. */
    public static List<String> terms(Analyzer analyzer, String field, String text) {
        if (text == null) {
            return List.of();
        }
        String capped = SYNTAX.matcher(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text)
                .replaceAll(" ");
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream(field, capped)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && out.size() < MAX_TERMS) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(out);
    }
}
