package org.credpath.engine.skills;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.data.Lazy;
import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.EscoSkill;

/**
 * Credential text to ESCO skills with a confidence: phrase matches of ESCO labels (longer and
 * preferred labels count more, repeated and title mentions add), then, when embeddings are
 * available, each candidate re-weighted by its similarity to the centroid of all candidates (skills
 * that fit the rest of the text rise, stray matches fall) and close embedding neighbours added
 * (except transversal skills such as "cope with stress", which are near everything).
 */
public final class SkillTagger {

    private static final double LEXICAL_SHARE = 0.6;
    /** Weight in the centroid of a free-text skill token of the embedding vocabulary found in the text. */
    private static final double TEXT_TOKEN_WEIGHT = 0.5;
    /**
     * Skills seen fewer times in training are never added as neighbours: rare skills (e.g. ones only
     * in a few ESCO occupation lists) have poorly trained vectors that sit near everything.
     */
    private static final int NEIGHBOUR_MIN_FREQUENCY = 20;
    private static final double NEIGHBOUR_MIN_SIMILARITY = 0.5;

    private final Esco esco;
    /** Built on first use (about a second): a start whose inferred skills come from a cache never needs it. */
    private final Lazy<LabelDictionary> dictionary;
    private final Optional<SkillEmbeddings> embeddings;
    private final Optional<SemanticSkillMatcher> semantic;
    private final double minScore;

    /** The label-and-Word2Vec tagger (used when the sentence encoder is not available). */
    public SkillTagger(Esco esco, Optional<SkillEmbeddings> embeddings) {
        this(esco, embeddings, Optional.empty());
    }

    /** With {@code semantic}, skills are chosen by {@link SemanticTagging}; else by labels and Word2Vec. */
    public SkillTagger(Esco esco, Optional<SkillEmbeddings> embeddings, Optional<SemanticSkillMatcher> semantic) {
        this.esco = esco;
        this.dictionary = new Lazy<>(() -> new LabelDictionary(esco.skills()));
        this.embeddings = embeddings;
        this.semantic = semantic;
        this.minScore = SemanticTagging.MIN_SCORE;
    }

    private SkillTagger(SkillTagger t, double minScore) {
        this.esco = t.esco;
        this.dictionary = t.dictionary; // shared: built once for both
        this.embeddings = t.embeddings;
        this.semantic = t.semantic;
        this.minScore = minScore;
    }

    private LabelDictionary dictionary() {
        return dictionary.get();
    }

    /**
     * Builds what tagging needs now rather than at the first tagging (a server calls it once it is
     * ready, so that the first text search or catalogue import does not wait for it). Idempotent.
     */
    public void prepare() {
        dictionary();
    }

    /** This tagger with another least score for the encoder stage (for tuning on a development sample). */
    public SkillTagger withMinScore(double score) {
        return new SkillTagger(this, score);
    }

    /** The encoder stage, when this tagger has one. */
    public Optional<SemanticSkillMatcher> semantic() {
        return semantic;
    }

    /** Scores accumulated for one skill while scanning. */
    private static final class Evidence {
        String label;
        double best;
        int count;
        boolean inTitle;
        /** Tokens of the longest label matched for this skill. */
        int tokens;

        double score() {
            return Math.min(1.0, best * (1 + 0.15 * Math.log(count)) * (inTitle ? 1.5 : 1.0));
        }
    }

    /** The best {@code k} skills of a credential: its text plus its source tags. */
    public List<SkillMatch> tag(Credential c, int k) {
        if (semantic.isPresent()) {
            return semanticTag(CredentialChunks.of(c), k);
        }
        String body = String.join(" . ", nonNull(c.description()), nonNull(c.syllabus()),
                String.join(" . ", c.skillLabels()));
        return tag(titleWithoutProvider(c), body, k);
    }

    /**
     * The title with the provider's name removed: "Google Data Analytics" by Google is about data
     * analytics, not about the skill ESCO labels "Google".
     */
    public static String titleWithoutProvider(Credential c) {
        if (c.provider() == null || c.provider().isBlank()) {
            return c.title();
        }
        String t = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(c.provider().strip()),
                java.util.regex.Pattern.CASE_INSENSITIVE).matcher(c.title()).replaceAll(" ").strip();
        return t.isEmpty() ? c.title() : t;
    }

    /** The best {@code k} skills of a text whose {@code title} counts more than its {@code body}. */
    public List<SkillMatch> tag(String title, String body, int k) {
        if (semantic.isPresent()) {
            List<String> chunks = new ArrayList<>();
            chunks.add(title);
            chunks.addAll(CredentialChunks.sentences(body));
            return semanticTag(chunks.stream().filter(t -> t != null && !t.isBlank()).distinct()
                    .limit(CredentialChunks.MAX_CHUNKS).toList(), k);
        }
        Map<String, Evidence> found = new LinkedHashMap<>();
        scan(TextTokens.of(title), true, found);
        scan(TextTokens.of(body), false, found);
        Map<String, Double> scores = new HashMap<>();
        found.forEach((uri, e) -> scores.put(uri, e.score()));
        Map<String, String> labels = new HashMap<>();
        found.forEach((uri, e) -> labels.put(uri, e.label));
        embeddings.ifPresent(emb -> reweigh(emb, scores, labels, k, title + " . " + body));
        return scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(k)
                .map(e -> new SkillMatch(e.getKey(), labels.get(e.getKey()), Math.min(1.0, e.getValue())))
                .toList();
    }

    /** A source tag mapped to ESCO by an exact (normalised) preferred, alternative or hidden label. */
    public Optional<EscoSkill> mapLabel(String tag) {
        return esco.skillsByLabel(tag).stream().filter(s -> LabelDictionary.plausibleLabel(s, tag)).findFirst();
    }

    private void scan(List<String> toks, boolean title, Map<String, Evidence> found) {
        LabelDictionary dictionary = dictionary();
        for (int i = 0; i < toks.size(); i++) {
            StringBuilder key = new StringBuilder();
            for (int n = 0; n < LabelDictionary.MAX_TOKENS && i + n < toks.size(); n++) {
                key.append(n == 0 ? "" : " ").append(toks.get(i + n));
                String k = key.toString();
                for (LabelDictionary.Entry e : dictionary.lookup(k)) {
                    if (n == 0 && StopWords.isStopWordLike(k)) {
                        continue; // "did" is not direct inward dialing
                    }
                    Evidence ev = found.computeIfAbsent(e.uri(), u -> new Evidence());
                    double w = e.weight() * specificity(e.tokens());
                    if (w > ev.best) {
                        ev.best = w;
                        ev.label = e.label();
                    }
                    ev.count++;
                    ev.inTitle |= title;
                    ev.tokens = Math.max(ev.tokens, n + 1);
                }
                if (!dictionary.isPrefix(k)) {
                    break;
                }
            }
        }
    }

    /**
     * The encoder stage: lexical evidence from label matches of two or more tokens (a skill found only by a
     * one-token label gets none), candidates from those matches and each chunk's nearest skills, scored by
     * {@link SemanticTagging}.
     */
    private List<SkillMatch> semanticTag(List<String> chunks, int k) {
        Map<String, Evidence> found = new LinkedHashMap<>();
        for (int i = 0; i < chunks.size(); i++) {
            scan(TextTokens.of(chunks.get(i)), i == 0, found);
        }
        Map<String, Double> lexical = new HashMap<>();
        found.forEach((uri, e) -> lexical.put(uri, e.tokens >= 2 ? e.score() : 0.0));
        return new SemanticTagging(semantic.orElseThrow(), esco, minScore).tag(chunks, lexical, k);
    }

    private static double specificity(int tokens) {
        return tokens == 1 ? 0.45 : tokens == 2 ? 0.85 : 1.0;
    }

    private void reweigh(SkillEmbeddings emb, Map<String, Double> scores, Map<String, String> labels, int k,
                         String text) {
        float[] centroid = new float[emb.dimension()];
        boolean any = false;
        for (String t : emb.textTokensIn(text)) {
            any = true;
            float[] v = emb.vector(t).orElseThrow();
            for (int d = 0; d < centroid.length; d++) {
                centroid[d] += (float) (TEXT_TOKEN_WEIGHT * v[d]);
            }
        }
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            Optional<float[]> v = emb.skill(e.getKey());
            if (v.isPresent()) {
                any = true;
                for (int d = 0; d < centroid.length; d++) {
                    centroid[d] += (float) (e.getValue() * v.get()[d]);
                }
            }
        }
        if (!any || SkillEmbeddings.normalised(centroid) == null) {
            return;
        }
        scores.replaceAll((uri, s) -> {
            double sim = emb.skill(uri).map(v -> SkillEmbeddings.dot(v, centroid)).orElse(0.0);
            return LEXICAL_SHARE * s + (1 - LEXICAL_SHARE) * Math.max(0, sim);
        });
        for (SkillEmbeddings.Neighbour n : emb.nearestSkills(centroid, k)) {
            String uri = SkillEmbeddings.escoUri(n.token()).orElseThrow();
            boolean generic = esco.skill(uri).map(s -> "transversal".equals(s.reuseLevel())).orElse(true);
            if (n.similarity() >= NEIGHBOUR_MIN_SIMILARITY && !generic && emb.frequency(n.token()) >= NEIGHBOUR_MIN_FREQUENCY
                    && !scores.containsKey(uri)) {
                scores.put(uri, (1 - LEXICAL_SHARE) * n.similarity());
                labels.put(uri, esco.skill(uri).map(EscoSkill::preferredLabel).orElse(uri));
            }
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** Confidence a tagged skill needs to be stored on a credential that came without ESCO skills. */
    public static final double STORE_THRESHOLD = 0.4;
    /** At most this many tagged skills are stored per credential. */
    public static final int STORE_MAX = 12;

    /**
     * The credential with ESCO skills: unchanged when it has some, else its source tags mapped
     * exactly and the tagged skills above {@link #STORE_THRESHOLD}.
     */
    public Credential withInferredSkills(Credential c) {
        if (!c.skills().isEmpty()) {
            return c;
        }
        java.util.LinkedHashSet<String> uris = new java.util.LinkedHashSet<>();
        c.skillLabels().forEach(t -> mapLabel(t).ifPresent(s -> uris.add(s.uri())));
        for (SkillMatch m : tag(c, STORE_MAX)) {
            if (m.confidence() >= STORE_THRESHOLD && uris.size() < STORE_MAX) {
                uris.add(m.uri());
            }
        }
        return c.withSkills(List.copyOf(uris));
    }

    /** The words indexed as a credential's skills: its source tags and its ESCO skills' preferred labels. */
    public String skillText(Credential c) {
        List<String> parts = new ArrayList<>(c.skillLabels());
        parts.addAll(labelsOf(c.skills()));
        return String.join(" ; ", parts);
    }

    /** Labels of ESCO skill URIs, for display and for indexing as skill text. */
    public List<String> labelsOf(List<String> uris) {
        List<String> out = new ArrayList<>();
        for (String u : uris) {
            esco.skill(u).ifPresent(s -> out.add(s.preferredLabel()));
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }
}
