package org.credpath.engine.index;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Builds the BM25 text query and the filter query of a request; never parses query syntax. */
final class IndexQueries {

    /** Text fields and their boosts: a title match counts most, syllabus least. */
    private static final List<FieldBoost> TEXT_FIELDS = List.of(
            new FieldBoost(CredentialDocuments.TITLE, 3f),
            new FieldBoost(CredentialDocuments.SKILL_TEXT, 2f),
            new FieldBoost(CredentialDocuments.DESCRIPTION, 1f),
            new FieldBoost(CredentialDocuments.SYLLABUS, 0.5f));

    private record FieldBoost(String field, float boost) {
    }

    private IndexQueries() {
    }

    /** A disjunction of every analysed term over every text field, or null when there is no term. */
    static Query text(Analyzer analyzer, String text) {
        List<String> terms = QueryText.terms(analyzer, CredentialDocuments.DESCRIPTION, text);
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : terms) {
            for (FieldBoost fb : TEXT_FIELDS) {
                b.add(new BoostQuery(new TermQuery(new Term(fb.field(), t)), fb.boost()), Occur.SHOULD);
            }
        }
        return b.build();
    }

    /** The filter as a query, or null when nothing is filtered. */
    static Query filter(SearchFilters f) {
        if (f.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(MatchAllDocsQuery.INSTANCE, Occur.FILTER);
        addSet(b, CredentialDocuments.TYPE, f.types().stream().map(t -> t.value()).collect(Collectors.toSet()));
        addSet(b, CredentialDocuments.LEVEL, f.levels().stream().map(l -> l.value()).collect(Collectors.toSet()));
        addSet(b, CredentialDocuments.DELIVERY,
                f.deliveries().stream().map(d -> d.value()).collect(Collectors.toSet()));
        if (f.provider() != null) {
            addSet(b, CredentialDocuments.PROVIDER, Set.of(CredentialDocuments.normaliseKeyword(f.provider())));
        }
        if (f.language() != null) {
            addSet(b, CredentialDocuments.LANGUAGE, Set.of(CredentialDocuments.normaliseKeyword(f.language())));
        }
        if (f.maxHours() != null) {
            b.add(DoubleField.newRangeQuery(CredentialDocuments.HOURS, 0, f.maxHours()), Occur.FILTER);
        }
        if (f.maxCostUsd() != null) {
            b.add(DoubleField.newRangeQuery(CredentialDocuments.COST, 0, f.maxCostUsd()), Occur.FILTER);
        }
        return b.build();
    }

    /** {@code query} restricted to {@code filter} (which does not score). */
    static Query filtered(Query query, Query filter) {
        if (filter == null) {
            return query;
        }
        return new BooleanQuery.Builder().add(query, Occur.MUST).add(filter, Occur.FILTER).build();
    }

    private static void addSet(BooleanQuery.Builder b, String field, Set<String> values) {
        if (!values.isEmpty()) {
            b.add(KeywordField.newSetQuery(field, values.stream().map(org.apache.lucene.util.BytesRef::new).toList()),
                    Occur.FILTER);
        }
    }
}
