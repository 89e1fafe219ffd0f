package org.credpath.api.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.credpath.api.service.Match;
import org.credpath.api.service.OccupationDetail;
import org.credpath.api.service.OccupationService;
import org.credpath.engine.labour.LabourMarket;
import org.credpath.engine.labour.MatchMethod;
import org.credpath.engine.labour.OccupationCandidate;
import org.credpath.engine.labour.OccupationProfile;
import org.credpath.engine.labour.OccupationResolution;
import org.credpath.engine.labour.title.ServedTitles;
import org.credpath.api.service.TitleResolverStatus;
import org.credpath.engine.labour.bls.WageFigure;
import org.credpath.engine.labour.esco.EscoSkill;

/**
 * {@link OccupationService} over the {@link LabourMarket}: free-text lookups through its title
 * resolver and skill index; {@code /v1/occupations/{id}} by ESCO URI, the URI's last segment (a
 * UUID, so clients need not escape slashes), an O*NET-SOC code, a SOC code or an exact label.
 */
public final class LabourOccupations implements OccupationService {

    static final String ESCO_OCCUPATION = "http://data.europa.eu/esco/occupation/";
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Set<MatchMethod> BY_ID = Set.of(MatchMethod.URI, MatchMethod.ONET_CODE, MatchMethod.SOC_CODE,
            MatchMethod.EXACT_LABEL);

    private final LabourMarket market;

    public LabourOccupations(LabourMarket market) {
        this.market = Objects.requireNonNull(market, "market");
    }

    /**
     * The best occupations for a query, best first. Scores are relative to the best title match
     * (0..1); an occupation named by URI, code or exact label comes first with score 1.
     */
    @Override
    public List<Match> searchOccupations(String text, int k) {
        String query = expand(text);
        OccupationResolution r = market.resolveOccupation(query, 0);
        Map<String, Match> out = new LinkedHashMap<>();
        if (r.matched() && BY_ID.contains(r.method())) {
            out.put(r.occupation().uri(), new Match(r.occupation().uri(), r.occupation().preferredLabel(), 1.0));
        }
        List<OccupationCandidate> found = market.searchOccupations(query, k);
        double best = found.stream().mapToDouble(OccupationCandidate::score).max().orElse(0);
        for (OccupationCandidate c : found) {
            double score = best > 0 ? Math.round(c.score() / best * 1e4) / 1e4 : 0;
            out.putIfAbsent(c.occupation().uri(), new Match(c.occupation().uri(), c.occupation().preferredLabel(), score));
        }
        return List.copyOf(new ArrayList<>(out.values()).subList(0, Math.min(k, out.size())));
    }

    @Override
    public List<Match> searchSkills(String text, int k) {
        return market.searchSkills(text, k).stream()
                .map(m -> new Match(m.skill().uri(), m.skill().preferredLabel(), m.score())).toList();
    }

    @Override
    public Optional<OccupationDetail> occupation(String id) {
        OccupationResolution r = market.resolveOccupation(expand(id), 0);
        if (!r.matched() || !BY_ID.contains(r.method())) {
            return Optional.empty();
        }
        return market.profile(r.occupation().uri()).map(LabourOccupations::detail);
    }

    @Override
    public Optional<TitleResolverStatus> titleResolver() {
        ServedTitles.Status s = market.titleResolverStatus();
        return Optional.of(new TitleResolverStatus(s.stage().name().toLowerCase(Locale.ROOT).replace('_', '-'), s.detail()));
    }

    /** A bare ESCO UUID becomes the occupation URI; anything else is passed on as given. */
    static String expand(String id) {
        String s = id.strip();
        return UUID.matcher(s).matches() ? ESCO_OCCUPATION + s : s;
    }

    private static OccupationDetail detail(OccupationProfile p) {
        Double median = p.wages() == null || p.wages().annual().median() == null ? null
                : value(p.wages().annual().median());
        return new OccupationDetail(p.occupation().uri(), p.occupation().preferredLabel(), p.occupation().description(),
                p.wageJoin() == null ? null : p.wageJoin().socCode(), median,
                skills(p.essentialSkills()), skills(p.optionalSkills()));
    }

    private static Double value(WageFigure f) {
        return f.usd();
    }

    private static List<Match> skills(List<EscoSkill> skills) {
        return skills.stream().map(s -> new Match(s.uri(), s.preferredLabel(), 1.0)).toList();
    }
}
