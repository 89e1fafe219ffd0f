package org.credpath.engine.labour;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.credpath.engine.labour.crosswalk.Crosswalk;
import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.EscoOccupation;
import org.credpath.engine.labour.onet.Onet;
import org.credpath.engine.labour.onet.OnetCodes;
import org.credpath.engine.labour.onet.OnetOccupation;
import org.credpath.engine.labour.title.FusedTitleResolver;
import org.credpath.engine.labour.title.ScoredOccupation;

/** Resolves an occupation given as ESCO URI, O*NET-SOC code, SOC code or free-text title. */
final class OccupationLookup {

    /** A title search matches when at least this share of its terms occurs in one known title of the top occupation. */
    static final double MIN_COVERAGE = 0.5;

    private final Esco esco;
    private final Onet onet;
    private final Crosswalk crosswalk;
    private final Supplier<FusedTitleResolver> served;

    /** @param served the title resolver to use at each call (it may be swapped while the server runs) */
    OccupationLookup(Esco esco, Onet onet, Crosswalk crosswalk, Supplier<FusedTitleResolver> served) {
        this.esco = esco;
        this.onet = onet;
        this.crosswalk = crosswalk;
        this.served = served;
    }

    OccupationResolution resolve(String query, int alternatives) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            throw new IllegalArgumentException("occupation is blank: give an ESCO URI, an O*NET-SOC code, a SOC code or a job title");
        }
        if (q.startsWith("http://") || q.startsWith("https://")) {
            return esco.occupation(q).map(o -> new OccupationResolution(q, o, MatchMethod.URI, 1, List.of()))
                    .orElseGet(() -> new OccupationResolution(q, null, MatchMethod.NONE, 0, List.of()));
        }
        if (OnetCodes.ONET_SOC.matcher(q).matches()) {
            return byCodes(q, List.of(q), MatchMethod.ONET_CODE, alternatives);
        }
        if (OnetCodes.SOC.matcher(q).matches()) {
            return byCodes(q, onetCodesOfSoc(q), MatchMethod.SOC_CODE, alternatives);
        }
        List<EscoOccupation> exact = esco.occupationsByLabel(q);
        if (!exact.isEmpty()) {
            // one fusion of the title serves every use below (runners-up, agreement, the clear-other test, the reading)
            FusedTitleResolver titles = served.get();
            FusedTitleResolver.Answer a = titles.explain(q, FusedTitleResolver.DEPTH);
            List<OccupationCandidate> rest = new ArrayList<>();
            exact.stream().skip(1).forEach(o -> rest.add(new OccupationCandidate(o, 1)));
            candidates(head(a.ranked(), alternatives + 1)).stream().filter(c -> !c.occupation().equals(exact.getFirst()))
                    .filter(c -> !exact.contains(c.occupation())).forEach(rest::add);
            List<OccupationCandidate> runnersUp = rest.subList(0, Math.min(alternatives, rest.size()));
            EscoOccupation first = exact.getFirst();
            if (Labels.normalise(first.preferredLabel()).equals(Labels.normalise(q))) {
                return new OccupationResolution(q, first, MatchMethod.EXACT_LABEL, 1, runnersUp);
            }
            // only an alternative label ("team leader" of zoo section leader): as sure as the fused resolver is
            boolean agrees = !a.ranked().isEmpty() && a.ranked().getFirst().uri().equals(first.uri());
            if (!agrees && clearlyOther(a.ranked(), first)) {
                // the fused resolver weighs that label with the other evidence and reads the title as another
                // occupation: its reading answers when it is matched ("fireman": firefighter, not pump operator)
                OccupationResolution fused = byTitle(q, titles, a, MatchMethod.SEARCH, alternatives);
                if (fused.matched()) {
                    return fused;
                }
            }
            double confidence = agrees ? Math.clamp(a.confidence(), 0, 1) : 0;
            String warning = confidence < titles.weights().lowConfidence() ? String.format(java.util.Locale.ROOT,
                    "read '%s' as '%s' (an alternative ESCO label) with low confidence (%.2f)%s", q,
                    first.preferredLabel(), confidence, didYouMean(runnersUp)) : null;
            return new OccupationResolution(q, first, MatchMethod.EXACT_LABEL, 1, runnersUp, confidence, null, warning);
        }
        return byTitle(q, q, MatchMethod.SEARCH, alternatives);
    }

    /**
     * Title search through the fused resolver. A match needs {@link #MIN_COVERAGE} of the terms of
     * one reading of the title (as given, abbreviations expanded or spelling corrected) in one known
     * title of the top occupation; otherwise the candidates are the closest matches. Either way a low
     * confidence adds a "did you mean" warning.
     */
    private OccupationResolution byTitle(String query, String title, MatchMethod method, int alternatives) {
        FusedTitleResolver titles = served.get();
        return byTitle(query, titles, titles.explain(title, alternatives + 1), method, alternatives);
    }

    private OccupationResolution byTitle(String query, FusedTitleResolver titles, FusedTitleResolver.Answer a,
            MatchMethod method, int alternatives) {
        List<OccupationCandidate> found = candidates(head(a.ranked(), alternatives + 1));
        if (found.isEmpty()) {
            return new OccupationResolution(query, null, MatchMethod.NONE, 0, List.of(), 0, null,
                    "nothing in '" + query + "' reads as a job title: give an ESCO URI, an O*NET-SOC code or a job title");
        }
        EscoOccupation top = found.getFirst().occupation();
        double coverage = 0;
        String reading = null;
        for (FusedTitleResolver.Reading r : a.readings()) {
            double c = titles.evidence().coverage(r.text(), top.uri());
            if (r.kind() == FusedTitleResolver.ReadingKind.SPELLING) {
                // a word the speller could not place ("zzqx florbulator") still counts against the reading
                c *= titles.knownShare(r.text());
            }
            if (c > coverage) {
                coverage = c;
                reading = r.kind() == FusedTitleResolver.ReadingKind.AS_GIVEN ? null : r.text();
            }
        }
        double confidence = Math.clamp(a.confidence(), 0, 1);
        if (coverage < MIN_COVERAGE) {
            List<OccupationCandidate> closest = found.subList(0, Math.min(alternatives, found.size()));
            return new OccupationResolution(query, null, MatchMethod.NONE, coverage, closest, Math.min(confidence, coverage),
                    reading, "no occupation matches '" + query + "' well" + didYouMean(found));
        }
        String warning = a.lowConfidence() ? String.format(java.util.Locale.ROOT,
                "read '%s' as '%s' with low confidence (%.2f)%s", query, top.preferredLabel(), confidence,
                didYouMean(found.subList(1, found.size()))) : null;
        return new OccupationResolution(query, top, method, coverage, found.subList(1, found.size()), confidence,
                reading, warning);
    }

    /**
     * A fused top score this much above the alternative-label occupation's is a clear other reading; closer, the
     * label stands ("construction supervisor": construction engineer 0.706 vs construction general supervisor 0.700).
     * Set on the messy dev half and the judged development learners' titles, see docs/labour-market.md.
     */
    static final double OTHER_READING_MARGIN = 1.1;

    /** {@code ranked}: the title's fused order to {@link FusedTitleResolver#DEPTH}. */
    private static boolean clearlyOther(List<ScoredOccupation> ranked, EscoOccupation labelled) {
        double own = ranked.stream().filter(o -> o.uri().equals(labelled.uri())).mapToDouble(ScoredOccupation::score)
                .findFirst().orElse(0);
        return !ranked.isEmpty() && ranked.getFirst().score() >= OTHER_READING_MARGIN * own;
    }

    private static <T> List<T> head(List<T> list, int n) {
        return list.subList(0, Math.min(Math.max(n, 0), list.size()));
    }

    private static String didYouMean(List<OccupationCandidate> candidates) {
        return candidates.isEmpty() ? "" : "; did you mean " + candidates.stream().limit(3)
                .map(c -> "'" + c.occupation().preferredLabel() + "'").reduce((x, y) -> x + ", " + y).orElseThrow() + "?";
    }

    private List<OccupationCandidate> candidates(List<ScoredOccupation> ranked) {
        List<OccupationCandidate> out = new ArrayList<>();
        for (ScoredOccupation s : ranked) {
            esco.occupation(s.uri()).ifPresent(o -> out.add(new OccupationCandidate(o, s.score())));
        }
        return out;
    }

    private OccupationResolution byCodes(String query, List<String> onetCodes, MatchMethod method, int alternatives) {
        Set<String> uris = new LinkedHashSet<>();
        onetCodes.forEach(c -> uris.addAll(crosswalk.escoOccupations(c)));
        List<EscoOccupation> occ = uris.stream().map(esco::occupation).flatMap(Optional::stream).toList();
        if (!occ.isEmpty()) {
            List<OccupationCandidate> rest = occ.stream().skip(1).limit(alternatives)
                    .map(o -> new OccupationCandidate(o, 1)).toList();
            return new OccupationResolution(query, occ.getFirst(), method, 1, rest);
        }
        Optional<OnetOccupation> named = onetCodes.stream().map(onet::occupation).flatMap(Optional::stream).findFirst();
        if (named.isPresent()) {
            return byTitle(query, named.get().title(), method, alternatives);
        }
        return new OccupationResolution(query, null, MatchMethod.NONE, 0, List.of());
    }

    /** O*NET-SOC codes under a SOC code: {@code 15-1252} gives {@code 15-1252.00} first; a broad {@code 15-1250} gives its details. */
    private List<String> onetCodesOfSoc(String soc) {
        String prefix = soc.endsWith("0") ? soc.substring(0, 6) : soc;
        List<String> codes = new ArrayList<>();
        if (onet.occupation(soc + ".00").isPresent()) {
            codes.add(soc + ".00");
        }
        onet.occupations().stream().map(OnetOccupation::code)
                .filter(c -> c.startsWith(prefix) && !codes.contains(c)).sorted().forEach(codes::add);
        return codes;
    }

    List<OccupationCandidate> search(String title, int k) {
        return candidates(served.get().resolve(title, k));
    }
}
