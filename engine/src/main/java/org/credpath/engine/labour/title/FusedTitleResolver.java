package org.credpath.engine.labour.title;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.credpath.engine.labour.Labels;

/**
 * The product's title resolver: reads the title as given, with its abbreviations and regional
 * slang expanded ({@link TitleAbbreviations}) and with unknown words spelling-corrected
 * ({@link TitleSpelling}); ranks occupations for every reading with the evidence resolver and the
 * sentence encoder; and fuses all the ranked lists by weighted reciprocal rank
 * ({@link FusionWeights}). Every non-blank title gets an answer: when the lists disagree the
 * confidence is low and the caller should ask "did you mean".
 */
public final class FusedTitleResolver implements TitleResolver {

    /** Candidates taken from each list. */
    public static final int DEPTH = 50;
    /** Characters of a title that are read; the rest is ignored. */
    public static final int MAX_TITLE = 300;

    /** How a reading was obtained. */
    public enum ReadingKind { AS_GIVEN, ABBREVIATION, SPELLING }

    /** One reading of the title. */
    public record Reading(String text, ReadingKind kind) {
        public Reading {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /**
     * The resolver's answer: the readings it used, the ranked occupations (best first), and a
     * confidence in 0..1: half the weighted share of the lists that rank the top occupation first
     * (an empty evidence or encoder list counts against it, a missing exact label does not), half the
     * top occupation's relative margin over the runner-up.
     */
    public record Answer(String title, List<Reading> readings, List<ScoredOccupation> ranked, double confidence,
                         boolean lowConfidence) {
        public Answer {
            readings = List.copyOf(readings);
            ranked = List.copyOf(ranked);
        }

        /** The reading other than the title as given that contributed most, or null when the title was read as given. */
        public String rewrittenAs() {
            return readings.stream().filter(r -> r.kind() != ReadingKind.AS_GIVEN).map(Reading::text).findFirst().orElse(null);
        }
    }

    private final EvidenceTitleResolver evidence;
    private final EncoderTitleIndex encoder;
    private final TitleResolver exact;
    private final EncoderTitleIndex vacancies;
    private final TitleAbbreviations abbreviations;
    private final TitleSpelling spelling;
    private final FusionWeights weights;
    private final OccupationPrior prior;

    /**
     * @param exact     occupations one of whose labels equals a reading ({@link ExactLabelResolver} over ESCO)
     * @param encoder   encoder index of the ESCO labels, or null for the lexical stages only (evidence,
     *                  exact label, abbreviations, spelling), e.g. while the vectors are being built
     * @param vacancies encoder index of labelled vacancy titles, or null for none
     */
    public FusedTitleResolver(EvidenceTitleResolver evidence, EncoderTitleIndex encoder, TitleResolver exact,
                              EncoderTitleIndex vacancies, TitleAbbreviations abbreviations, TitleSpelling spelling,
                              FusionWeights weights) {
        this(evidence, encoder, exact, vacancies, abbreviations, spelling, weights, OccupationPrior.NONE);
    }

    private FusedTitleResolver(EvidenceTitleResolver evidence, EncoderTitleIndex encoder, TitleResolver exact,
                               EncoderTitleIndex vacancies, TitleAbbreviations abbreviations, TitleSpelling spelling,
                               FusionWeights weights, OccupationPrior prior) {
        this.prior = Objects.requireNonNull(prior, "prior");
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.exact = Objects.requireNonNull(exact, "exact");
        this.vacancies = vacancies;
        this.encoder = encoder;
        this.abbreviations = Objects.requireNonNull(abbreviations, "abbreviations");
        this.spelling = Objects.requireNonNull(spelling, "spelling");
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    /** The lexical stages only: evidence, exact label, abbreviations and spelling, no encoder. */
    public static FusedTitleResolver lexical(EvidenceTitleResolver evidence, TitleResolver exact,
                                             TitleAbbreviations abbreviations, TitleSpelling spelling, FusionWeights weights) {
        return new FusedTitleResolver(evidence, null, exact, null, abbreviations, spelling, weights);
    }

    /** True when the sentence encoder takes part (false for {@link #lexical}). */
    public boolean usesEncoder() {
        return encoder != null;
    }

    public FusedTitleResolver withWeights(FusionWeights other) {
        return new FusedTitleResolver(evidence, encoder, exact, vacancies, abbreviations, spelling, other, prior);
    }

    /** The same stages over another evidence resolver (tuning on a held-out slice). */
    public FusedTitleResolver withEvidence(EvidenceTitleResolver other) {
        return new FusedTitleResolver(other, encoder, exact, vacancies, abbreviations, spelling, weights, prior);
    }

    /** The same evidence, abbreviations and spelling with another encoder index (comparing modes). */
    public FusedTitleResolver withEncoder(EncoderTitleIndex other) {
        return new FusedTitleResolver(evidence, other, exact, vacancies, abbreviations, spelling, weights, prior);
    }

    /** The same stages with another vacancy-title encoder index (tuning on a held-out slice). */
    public FusedTitleResolver withVacancies(EncoderTitleIndex other) {
        return new FusedTitleResolver(evidence, encoder, exact, other, abbreviations, spelling, weights, prior);
    }

    /** The same stages with another occupation prior (the training titles' frequencies; a slice's when tuning). */
    public FusedTitleResolver withPrior(OccupationPrior other) {
        return new FusedTitleResolver(evidence, encoder, exact, vacancies, abbreviations, spelling, weights, other);
    }

    /** The vacancy-title encoder index, or null. */
    public EncoderTitleIndex vacancies() {
        return vacancies;
    }

    /** The label encoder index, or null for a {@link #lexical} resolver. */
    public EncoderTitleIndex encoder() {
        return encoder;
    }

    public FusionWeights weights() {
        return weights;
    }

    /** Share of the words of {@code text} that occur in a known title (0 for a text without words). */
    public double knownShare(String text) {
        String norm = Labels.normalise(text);
        if (norm.isEmpty()) {
            return 0;
        }
        String[] words = norm.split(" ");
        return java.util.Arrays.stream(words).filter(spelling::known).count() / (double) words.length;
    }

    public EvidenceTitleResolver evidence() {
        return evidence;
    }

    @Override
    public List<ScoredOccupation> resolve(String title, int k) {
        return explain(title, k).ranked();
    }

    /** The readings of a title: as given, abbreviations expanded, then each of those spelling-corrected. */
    public List<Reading> readings(String title) {
        String t = clip(title);
        Map<String, Reading> out = new LinkedHashMap<>();
        out.put(Labels.normalise(t), new Reading(t, ReadingKind.AS_GIVEN));
        for (String a : abbreviations.readings(t)) {
            out.putIfAbsent(Labels.normalise(a), new Reading(a, ReadingKind.ABBREVIATION));
        }
        boolean expanded = out.size() > 1;
        for (Reading r : List.copyOf(out.values())) {
            if (expanded && r.kind() == ReadingKind.AS_GIVEN) {
                continue;
            }
            String c = spelling.correct(r.text());
            if (!c.isEmpty()) {
                out.putIfAbsent(c, new Reading(c, ReadingKind.SPELLING));
            }
        }
        return List.copyOf(out.values());
    }

    /** The ranked lists of every reading of a title, before fusion (for tuning: fuse with other weights). */
    public record RankedLists(String title, List<Reading> readings, List<List<ScoredOccupation>> evidence,
                              List<List<ScoredOccupation>> encoder, List<List<ScoredOccupation>> exact,
                              List<List<ScoredOccupation>> vacancy) {
    }

    /** The evidence and encoder lists of every reading of {@code title}. */
    public RankedLists lists(String title) {
        String t = clip(title);
        if (t.isBlank()) {
            return new RankedLists(t, List.of(), List.of(), List.of(), List.of(), List.of());
        }
        List<Reading> readings = readings(t);
        List<List<ScoredOccupation>> ev = new ArrayList<>();
        List<List<ScoredOccupation>> enc = new ArrayList<>();
        List<List<ScoredOccupation>> ex = new ArrayList<>();
        List<List<ScoredOccupation>> vac = new ArrayList<>();
        for (Reading r : readings) {
            ev.add(evidence.resolve(r.text(), DEPTH));
            enc.add(encoder == null ? List.of() : encoder.nearest(r.text(), DEPTH));
            ex.add(exact.resolve(r.text(), DEPTH));
            vac.add(vacancies == null ? List.of() : vacancies.nearest(r.text(), DEPTH));
        }
        return new RankedLists(t, readings, ev, enc, ex, vac);
    }

    /** Ranks occupations for {@code title}; at most {@code k}, best first. */
    public Answer explain(String title, int k) {
        return fuse(lists(title), k);
    }

    /** Fuses precomputed lists with this resolver's weights. */
    public Answer fuse(RankedLists l, int k) {
        Map<String, Double> fused = new HashMap<>();
        List<List<ScoredOccupation>> lists = new ArrayList<>();
        List<Double> listWeights = new ArrayList<>();
        double attempted = 0;
        for (int i = 0; i < l.readings().size(); i++) {
            double rw = l.readings().get(i).kind() == ReadingKind.AS_GIVEN ? 1 : weights.rewrite();
            add(fused, lists, listWeights, l.evidence().get(i), rw * weights.evidence());
            add(fused, lists, listWeights, l.encoder().get(i), rw * weights.encoder());
            add(fused, lists, listWeights, l.exact().get(i), rw * weights.exactLabel());
            add(fused, lists, listWeights, l.vacancy().get(i), rw * weights.vacancyEncoder());
            // no lexical evidence is a reason for doubt; no exact label (or no encoder at all) is not
            attempted += rw * (weights.evidence() + (encoder == null ? 0 : weights.encoder())) + (l.exact().get(i).isEmpty() ? 0 : rw * weights.exactLabel())
                    + (l.vacancy().get(i).isEmpty() ? 0 : rw * weights.vacancyEncoder());
        }
        if (weights.prior() > 0) {
            fused.replaceAll((uri, s) -> s + weights.prior() * prior.of(uri));
        }
        List<ScoredOccupation> order = fused.entrySet().stream().sorted(byScoreThenPrior())
                .map(e -> new ScoredOccupation(e.getKey(), e.getValue())).toList();
        List<ScoredOccupation> ranked = order.subList(0, Math.min(Math.max(k, 0), order.size()));
        double confidence = confidence(order, lists, listWeights, attempted);
        return new Answer(l.title(), l.readings(), ranked, confidence, confidence < weights.lowConfidence());
    }

    /** Higher fused score first; an exact tie goes to the occupation more vacancy titles name, then to URI order. */
    private java.util.Comparator<Map.Entry<String, Double>> byScoreThenPrior() {
        return Map.Entry.<String, Double>comparingByValue().reversed()
                .thenComparing(e -> prior.count(e.getKey()), java.util.Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey());
    }

    private void add(Map<String, Double> fused, List<List<ScoredOccupation>> lists, List<Double> listWeights,
                     List<ScoredOccupation> list, double w) {
        if (list.isEmpty() || w <= 0) {
            return;
        }
        lists.add(list);
        listWeights.add(w);
        int rank = 1;
        for (int i = 0; i < list.size(); i++) {
            // equal scores share the better rank: a list's tie is not broken by its order (e.g. an alternative
            // label shared by two occupations)
            if (i > 0 && list.get(i).score() < list.get(i - 1).score()) {
                rank = i + 1;
            }
            fused.merge(list.get(i).uri(), w / (weights.rrfK() + rank), Double::sum);
        }
    }

    private static double confidence(List<ScoredOccupation> order, List<List<ScoredOccupation>> lists, List<Double> listWeights,
                                     double attempted) {
        if (order.isEmpty()) {
            return 0;
        }
        String top = order.getFirst().uri();
        double agree = 0;
        for (int i = 0; i < lists.size(); i++) {
            List<ScoredOccupation> l = lists.get(i);
            // a list ranks the top occupation first when it is among the list's equal-best entries, shared
            // with the others it ties with
            List<ScoredOccupation> firsts = l.stream().filter(o -> o.score() >= l.getFirst().score()).toList();
            agree += firsts.stream().anyMatch(o -> o.uri().equals(top)) ? listWeights.get(i) / firsts.size() : 0;
        }
        double best = order.getFirst().score();
        double margin = order.size() < 2 || best <= 0 ? 1 : (best - order.get(1).score()) / best;
        return Math.min(1, 0.5 * (attempted > 0 ? agree / attempted : 0) + 0.5 * margin);
    }

    private static String clip(String title) {
        String t = title == null ? "" : title.strip();
        return t.length() > MAX_TITLE ? t.substring(0, MAX_TITLE) : t;
    }
}
