package org.credpath.engine.labour;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.EscoSkill;
import org.credpath.engine.labour.title.LabelIndex;

/** Resolves a skill given as ESCO URI or label: exact normalised label first, then BM25, then fuzzy label search. */
final class SkillLookup {

    /** A BM25 hit matches when at least this share of the query's terms occurs in the matched label. */
    static final double MIN_COVERAGE = 0.5;
    /** A fuzzy hit matches when its label is at least this similar (1 - edit distance / length). */
    static final double MIN_SIMILARITY = 0.8;

    private final Esco esco;
    private final List<EscoSkill> skills;
    private final LabelIndex index;

    SkillLookup(Esco esco) {
        this.esco = esco;
        this.skills = new ArrayList<>(esco.skills());
        LabelIndex.Builder b = LabelIndex.builder();
        for (int i = 0; i < skills.size(); i++) {
            EscoSkill s = skills.get(i);
            b.add(i, 0, s.preferredLabel());
            for (String l : s.altLabels()) {
                b.add(i, 1, l);
            }
        }
        this.index = b.build();
    }

    Optional<SkillMatch> resolve(String query) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return Optional.empty();
        }
        if (q.startsWith("http://") || q.startsWith("https://")) {
            return esco.skill(q).map(s -> new SkillMatch(s, MatchMethod.URI, 1, s.preferredLabel()));
        }
        List<EscoSkill> exact = esco.skillsByLabel(q);
        if (!exact.isEmpty()) {
            return Optional.of(new SkillMatch(exact.getFirst(), MatchMethod.EXACT_LABEL, 1, exact.getFirst().preferredLabel()));
        }
        List<SkillMatch> found = search(q, 1);
        if (!found.isEmpty() && found.getFirst().score() >= MIN_COVERAGE) {
            return Optional.of(found.getFirst());
        }
        for (LabelIndex.Hit h : index.searchFuzzy(q, 10)) {
            double sim = similarity(Labels.normalise(q), Labels.normalise(index.text(h.entry())));
            if (sim >= MIN_SIMILARITY) {
                return Optional.of(new SkillMatch(skills.get(h.owner()), MatchMethod.SEARCH, sim, index.text(h.entry())));
            }
        }
        return Optional.empty();
    }

    /** The best {@code k} skills for a free-text query by BM25 over their labels; score = term coverage. */
    List<SkillMatch> search(String query, int k) {
        List<SkillMatch> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (LabelIndex.Hit h : index.search(query, k * 5)) {
            if (seen.add(h.owner())) {
                out.add(new SkillMatch(skills.get(h.owner()), MatchMethod.SEARCH,
                        index.coverage(query, h.entry()), index.text(h.entry())));
                if (out.size() == k) {
                    break;
                }
            }
        }
        return out;
    }

    /** 1 - edit distance / longer length; an adjacent transposition counts as one edit. */
    static double similarity(String a, String b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return 1 - d[a.length()][b.length()] / (double) Math.max(a.length(), b.length());
    }
}
