package org.credpath.engine.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.credpath.engine.catalog.Credential;

/** Turns one credential into one Lucene document (the index's only document generator). */
public final class CredentialDocuments {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String SYLLABUS = "syllabus";
    static final String SKILL_TEXT = "skillText";
    static final String SKILL_URI = "skill";
    static final String TYPE = "type";
    static final String LEVEL = "level";
    static final String DELIVERY = "delivery";
    static final String PROVIDER = "provider";
    static final String LANGUAGE = "language";
    static final String HOURS = "hours";
    static final String COST = "cost";
    static final String VECTOR = "vector";

    /**
     * Analysed text with term frequencies and norms (all BM25 needs) but no positions: the index
     * runs no phrase queries, and positions cost indexing time and space.
     */
    private static final FieldType TEXT = textType(false);
    private static final FieldType TEXT_STORED = textType(true);

    private CredentialDocuments() {
    }

    private static FieldType textType(boolean stored) {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        t.setStored(stored);
        t.freeze();
        return t;
    }

    /**
     * The document for {@code c}; {@code skillText} holds the source tags and the labels of its
     * ESCO skills, {@code vector} its embedding when there is one (unit length: compared by dot
     * product, which equals cosine for unit vectors and is cheaper).
     */
    public static Document toDocument(Credential c, String skillText, Optional<float[]> vector) {
        Document d = new Document();
        d.add(new KeywordField(ID, c.id(), Field.Store.YES));
        d.add(new Field(TITLE, c.title(), TEXT_STORED));
        addText(d, DESCRIPTION, c.description());
        addText(d, SYLLABUS, c.syllabus());
        addText(d, SKILL_TEXT, skillText);
        for (String uri : c.skills()) {
            d.add(new StoredField(SKILL_URI, uri));
        }
        d.add(new KeywordField(TYPE, c.credentialType().value(), Field.Store.NO));
        if (c.level() != null) {
            d.add(new KeywordField(LEVEL, c.level().value(), Field.Store.NO));
        }
        if (c.delivery() != null) {
            d.add(new KeywordField(DELIVERY, c.delivery().value(), Field.Store.NO));
        }
        addKeyword(d, PROVIDER, c.provider());
        addKeyword(d, LANGUAGE, c.language());
        if (c.hours() != null) {
            d.add(new DoubleField(HOURS, c.hours(), Field.Store.NO));
        }
        if (c.costUsd() != null) {
            d.add(new DoubleField(COST, c.costUsd(), Field.Store.NO));
        }
        vector.ifPresent(v -> d.add(new KnnFloatVectorField(VECTOR, v, VectorSimilarityFunction.DOT_PRODUCT)));
        return d;
    }

    /** The longest untokenised term the index holds, in UTF-8 bytes (Lucene's limit). */
    public static final int MAX_TERM_BYTES = IndexWriter.MAX_TERM_LENGTH;

    /** An indexed term of a credential that the index cannot hold. */
    public record OversizedTerm(String field, int utf8Bytes) {
    }

    /**
     * The untokenised terms of {@code c}'s document (id, provider, language, ...) longer than
     * Lucene's {@link IndexWriter#MAX_TERM_LENGTH} bytes: the writer refuses such a document
     * ("immense term"). Tokenised text fields are cut into tokens of at most 255 characters by the
     * analyzer and cannot produce one. Empty when the document can be indexed.
     */
    public static List<OversizedTerm> oversizedTerms(Credential c) {
        List<OversizedTerm> out = new ArrayList<>();
        for (IndexableField f : toDocument(c, "", Optional.empty())) {
            if (f.fieldType().indexOptions() == IndexOptions.NONE || f.fieldType().tokenized()) {
                continue;
            }
            BytesRef term = f.binaryValue() != null ? f.binaryValue()
                    : f.stringValue() != null ? new BytesRef(f.stringValue()) : null;
            if (term != null && term.length > IndexWriter.MAX_TERM_LENGTH) {
                out.add(new OversizedTerm(f.name(), term.length));
            }
        }
        return out;
    }

    static String normaliseKeyword(String value) {
        return value.trim().toLowerCase(java.util.Locale.ROOT);
    }

    private static void addText(Document d, String field, String text) {
        if (text != null && !text.isBlank()) {
            d.add(new Field(field, text, TEXT));
        }
    }

    private static void addKeyword(Document d, String field, String value) {
        if (value != null && !value.isBlank()) {
            d.add(new KeywordField(field, normaliseKeyword(value), Field.Store.NO));
        }
    }
}
