package org.credpath.engine.labour;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.credpath.engine.cache.DiskCache;
import org.credpath.engine.data.Background;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.labour.bls.Bls;
import org.credpath.engine.labour.bls.BlsLoader;
import org.credpath.engine.labour.bls.OewsOccupation;
import org.credpath.engine.labour.bls.Projection;
import org.credpath.engine.labour.crosswalk.Crosswalk;
import org.credpath.engine.labour.crosswalk.CrosswalkTables;
import org.credpath.engine.labour.crosswalk.WageJoin;
import org.credpath.engine.labour.crosswalk.WageRoute;
import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.EscoLoader;
import org.credpath.engine.labour.esco.EscoOccupation;
import org.credpath.engine.labour.esco.EscoSkill;
import org.credpath.engine.labour.esco.EscoSkillGroup;
import org.credpath.engine.labour.esco.SkillRelation;
import org.credpath.engine.labour.onet.Onet;
import org.credpath.engine.labour.onet.OnetLoader;
import org.credpath.engine.labour.onet.TechnologySkill;
import org.credpath.engine.labour.title.EvidenceTitleResolver;
import org.credpath.engine.labour.title.EvidenceWeights;
import org.credpath.engine.labour.title.FusedTitleResolver;
import org.credpath.engine.labour.title.OccupationPrior;
import org.credpath.engine.labour.title.ServedTitles;
import org.credpath.engine.labour.title.TitleSpelling;
import org.credpath.engine.labour.title.TitleEvidence;
import org.credpath.engine.text.MiniLmEncoder;
import org.credpath.engine.text.VectorCache;

/**
 * Labour-market knowledge in one place: ESCO, O*NET, BLS and the crosswalks, loaded once.
 * Occupations are addressed by ESCO URI; {@link #resolveOccupation} turns a URI, O*NET-SOC code,
 * SOC code or free-text title into one. Immutable and thread-safe once loaded.
 */
public final class LabourMarket {

    private final Esco esco;
    private final Onet onet;
    private final Bls bls;
    private final Crosswalk crosswalk;
    private final EvidenceTitleResolver titles;
    private final ServedTitles served;
    private final OccupationLookup occupations;
    private SkillLookup skills;

    private LabourMarket(Esco esco, Onet onet, Bls bls, Crosswalk crosswalk, EvidenceTitleResolver titles,
                         ServedTitles served) {
        this.esco = esco;
        this.onet = onet;
        this.bls = bls;
        this.crosswalk = crosswalk;
        this.titles = titles;
        this.served = served;
        this.occupations = new OccupationLookup(esco, onet, crosswalk, served::current);
    }

    /** The skill label index, built on first use (about a second). */
    private synchronized SkillLookup skills() {
        if (skills == null) {
            skills = new SkillLookup(esco);
        }
        return skills;
    }

    /** When the title resolver's sentence-encoder vectors are loaded. */
    public enum TitleVectors {
        /** Before {@link #load} returns (command-line tools, evaluations, tests). */
        WAIT,
        /**
         * On a background thread started by {@link #startTitleVectors()} (a server: once it is ready, so
         * that it does not compete with the start); the lexical stages answer until then (readiness says which).
         */
        BACKGROUND
    }

    /** Loads everything from the shipped {@code datasets/}, reporting each step to {@code progress}. */
    public static LabourMarket load(CredpathHome home, Consumer<String> progress) {
        return load(home, progress, TitleVectors.WAIT);
    }

    /** As {@link #load(CredpathHome, Consumer)}, loading the title vectors as {@code vectors} says. */
    public static LabourMarket load(CredpathHome home, Consumer<String> progress, TitleVectors vectors) {
        return load(home, loadEsco(home, progress), progress, vectors);
    }

    /** ESCO from the shipped {@code datasets/}, with a progress line. */
    public static Esco loadEsco(CredpathHome home, Consumer<String> progress) {
        long t = System.nanoTime();
        Esco esco = EscoLoader.load(home);
        progress.accept(String.format("labour: ESCO %,d occupations, %,d skills, %,d links in %.1f s",
                esco.occupations().size(), esco.skills().size(), esco.links().size(), seconds(t)));
        return esco;
    }

    /** As {@link #load(CredpathHome, Consumer, TitleVectors)} over an ESCO already loaded ({@link #loadEsco}). */
    public static LabourMarket load(CredpathHome home, Esco esco, Consumer<String> progress, TitleVectors vectors) {
        return load(home, CompletableFuture.completedFuture(esco), progress, vectors);
    }

    /**
     * As {@link #load(CredpathHome, Esco, Consumer, TitleVectors)} over an ESCO still loading: O*NET, BLS
     * and the crosswalk tables, which need no ESCO, load meanwhile.
     */
    public static LabourMarket load(CredpathHome home, CompletableFuture<Esco> escoLoading, Consumer<String> progress,
            TitleVectors vectors) {
        long t0 = System.nanoTime();
        CompletableFuture<Onet> onetLoading = Background.start("onet-loader", () -> OnetLoader.load(home));
        CompletableFuture<CrosswalkTables> tables = Background.start("crosswalk-loader", () -> CrosswalkTables.load(home));
        Bls bls = BlsLoader.load(home);
        Onet onet = Background.join(onetLoading);
        Esco esco = Background.join(escoLoading);
        long t = System.nanoTime();
        Crosswalk crosswalk = Crosswalk.build(Background.join(tables), esco, onet, bls);
        progress.accept(String.format("labour: O*NET %,d occupations, OEWS %,d rows, %,d ESCO occupations with a wage"
                + " in %.1f s (%.1f s after ESCO)", onet.occupations().size(), bls.oewsOccupations().size(),
                crosswalk.escoWithWage(), seconds(t0), seconds(t)));
        t = System.nanoTime();
        List<TitleEvidence> evidence = TitleResolverParts.titleEvidence(home, esco, onet, crosswalk);
        progress.accept(String.format("labour: %,d title evidence rows read in %.1f s", evidence.size(), seconds(t)));
        CompletableFuture<TitleSpelling> spelling = Background.start("spelling-loader",
                () -> TitleResolverParts.spelling(evidence, progress));
        t = System.nanoTime();
        EvidenceTitleResolver titles = new EvidenceTitleResolver(esco, evidence, EvidenceWeights.DEFAULT,
                new DiskCache(home.cache()), progress);
        progress.accept(String.format("labour: title index %,d titles in %.1f s", titles.evidenceCount(), seconds(t)));
        FusedTitleResolver lexical = TitleResolverParts.lexicalResolver(home, esco, titles, Background.join(spelling))
                .withPrior(OccupationPrior.ofVacancies(evidence));
        ServedTitles served = vectors == TitleVectors.WAIT
                ? ServedTitles.ready(TitleResolverParts.withEncoder(lexical, home, esco, evidence, MiniLmEncoder.shared(), progress))
                : ServedTitles.deferred(lexical, p -> TitleResolverParts.withEncoder(lexical, home, esco, evidence, MiniLmEncoder.shared(), p),
                        "Delete " + VectorCache.dir(home) + " and restart to encode them again.", progress);
        LabourMarket m = new LabourMarket(esco, onet, bls, crosswalk, titles, served);
        progress.accept(String.format("labour: ready in %.1f s (title resolver: %s)", (System.nanoTime() - t0) / 1e9,
                served.status().stage().name().toLowerCase(java.util.Locale.ROOT)));
        return m;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** Where encoded texts are cached: the installation's one {@link VectorCache#dir}. */
    public static java.nio.file.Path encoderCache(CredpathHome home) {
        return VectorCache.dir(home);
    }

    public Esco esco() {
        return esco;
    }

    public Onet onet() {
        return onet;
    }

    public Bls bls() {
        return bls;
    }

    public Crosswalk crosswalk() {
        return crosswalk;
    }

    /** The evidence resolver alone (lexical: known titles vote); the product resolves through {@link #fusedTitleResolver()}. */
    public EvidenceTitleResolver titleResolver() {
        return titles;
    }

    /**
     * The product's title resolver: evidence + encoder + spelling + abbreviations, fused; while a
     * {@link TitleVectors#BACKGROUND} load is still building the vectors, the lexical stages only
     * (see {@link #titleResolverStatus()}).
     */
    public FusedTitleResolver fusedTitleResolver() {
        return served.current();
    }

    /** Which title resolver answers now, and why. */
    public ServedTitles.Status titleResolverStatus() {
        return served.status();
    }

    /**
     * Starts reading (or encoding) the title resolver's encoder vectors on a background thread after a
     * {@link TitleVectors#BACKGROUND} load; does nothing when they were started or loaded already.
     */
    public void startTitleVectors() {
        served.start();
    }

    /** Waits until the full title resolver answers (after a {@link TitleVectors#BACKGROUND} load, starting it). */
    public FusedTitleResolver awaitTitleVectors() {
        return served.await();
    }

    // ---- occupations -------------------------------------------------------------------------

    /** Resolves a URI, O*NET-SOC code, SOC code or job title; up to 5 runner-ups / closest matches. */
    public OccupationResolution resolveOccupation(String query) {
        return resolveOccupation(query, 5);
    }

    public OccupationResolution resolveOccupation(String query, int alternatives) {
        if (alternatives < 0 || alternatives > 100) {
            throw new IllegalArgumentException("alternatives must be in 0..100, got " + alternatives);
        }
        return occupations.resolve(query, alternatives);
    }

    /** Like {@link #resolveOccupation} but refuses a query that matches nothing, naming the closest matches. */
    public EscoOccupation requireOccupation(String query) {
        OccupationResolution r = resolveOccupation(query);
        if (r.matched()) {
            return r.occupation();
        }
        String closest = r.alternatives().stream().map(c -> "'" + c.occupation().preferredLabel() + "'")
                .reduce((a, b) -> a + ", " + b).map(s -> "; closest matches: " + s).orElse("; no close match");
        throw new IllegalArgumentException("no occupation matches '" + query + "'" + closest);
    }

    /** The {@code k} best occupations for a free-text title, best first. */
    public List<OccupationCandidate> searchOccupations(String title, int k) {
        return occupations.search(title, k);
    }

    public Optional<EscoOccupation> occupation(String uri) {
        return esco.occupation(uri);
    }

    /** All facts about an occupation in one record; empty when the URI is unknown. */
    public Optional<OccupationProfile> profile(String uri) {
        return esco.occupation(uri).map(o -> {
            OptionalInt zone = jobZone(uri);
            return new OccupationProfile(o, onetCodes(uri), wageJoin(uri).orElse(null), wages(uri).orElse(null),
                    projection(uri).orElse(null), zone.isPresent() ? zone.getAsInt() : null,
                    essentialSkills(uri), optionalSkills(uri), relatedOccupations(uri), technologies(uri, true));
        });
    }

    public List<EscoSkill> essentialSkills(String occupationUri) {
        return esco.skillsOf(occupationUri, SkillRelation.ESSENTIAL);
    }

    public List<EscoSkill> optionalSkills(String occupationUri) {
        return esco.skillsOf(occupationUri, SkillRelation.OPTIONAL);
    }

    /** O*NET-SOC 2019 codes the occupation maps to (empty when Nesta's crosswalk does not cover it). */
    public List<String> onetCodes(String occupationUri) {
        return crosswalk.onetCodes(occupationUri);
    }

    /** Where the occupation's wages come from, when it reaches one. */
    public Optional<WageJoin> wageJoin(String occupationUri) {
        return crosswalk.wage(occupationUri);
    }

    /** OEWS national wages and employment (the detailed SOC row, or its broad group). */
    public Optional<OewsOccupation> wages(String occupationUri) {
        return crosswalk.wage(occupationUri).flatMap(w -> bls.oews(w.oewsCode()));
    }

    /** BLS projections 2024-34 for the occupation's SOC code (or its broad group). */
    public Optional<Projection> projection(String occupationUri) {
        Optional<Projection> p = crosswalk.wage(occupationUri).flatMap(w -> bls.projectionWithBroadFallback(w.socCode()));
        if (p.isPresent()) {
            return p;
        }
        return onetCodes(occupationUri).stream().map(c -> bls.projectionWithBroadFallback(c.substring(0, 7)))
                .flatMap(Optional::stream).findFirst();
    }

    /** O*NET job zone (1-5) of the first mapped O*NET occupation that has one. */
    public OptionalInt jobZone(String occupationUri) {
        for (String code : socOnetCodes(occupationUri)) {
            OptionalInt z = onet.jobZone(code);
            if (z.isPresent()) {
                return z;
            }
        }
        return OptionalInt.empty();
    }

    /** O*NET's related occupations, mapped back to ESCO occupations through the crosswalk; most related first. */
    public List<EscoOccupation> relatedOccupations(String occupationUri) {
        Set<String> uris = new LinkedHashSet<>();
        for (String code : onetCodes(occupationUri)) {
            onet.related(code).forEach(r -> uris.addAll(crosswalk.escoOccupations(r.relatedCode())));
        }
        uris.remove(occupationUri);
        return uris.stream().map(esco::occupation).flatMap(Optional::stream).toList();
    }

    /** O*NET technologies of the occupation, one per product; only Hot or In Demand ones when {@code flaggedOnly}. */
    public List<TechnologySkill> technologies(String occupationUri, boolean flaggedOnly) {
        Map<String, TechnologySkill> byExample = new LinkedHashMap<>();
        for (String code : socOnetCodes(occupationUri)) {
            for (TechnologySkill t : onet.technologies(code)) {
                if (!flaggedOnly || t.hot() || t.inDemand()) {
                    byExample.putIfAbsent(t.example(), t);
                }
            }
        }
        return List.copyOf(byExample.values());
    }

    /** Mapped O*NET codes, or for ISCO-fallback occupations the {@code .00} code of their SOC code. */
    private List<String> socOnetCodes(String occupationUri) {
        List<String> codes = onetCodes(occupationUri);
        if (!codes.isEmpty()) {
            return codes;
        }
        return crosswalk.wage(occupationUri).map(w -> List.of(w.socCode() + ".00")).orElse(List.of());
    }

    // ---- skills ------------------------------------------------------------------------------

    /** A skill by URI or label: exact normalised label, then BM25, then fuzzy label match; empty when none is close. */
    public Optional<SkillMatch> resolveSkill(String query) {
        return skills().resolve(query);
    }

    /** The {@code k} best skills for a free-text query (BM25 over labels). */
    public List<SkillMatch> searchSkills(String query, int k) {
        return skills().search(query, k);
    }

    public Optional<EscoSkill> skill(String uri) {
        return esco.skill(uri);
    }

    /** The nearest ESCO skill groups of a skill. */
    public List<EscoSkillGroup> skillGroups(String skillUri) {
        return esco.hierarchy().groupsOf(skillUri);
    }

    // ---- stats -------------------------------------------------------------------------------

    public LabourMarketStats stats() {
        Map<WageRoute, Integer> routes = crosswalk.wageRoutes();
        int viaOnet = routes.getOrDefault(WageRoute.ONET_DETAILED, 0) + routes.getOrDefault(WageRoute.ONET_BROAD_GROUP, 0);
        return new LabourMarketStats(esco.occupations().size(), esco.skills().size(), esco.links().size(),
                esco.hierarchy().groupCount(), onet.occupations().size(), onet.alternateTitleCount(),
                onet.technologyCount(), onet.relatedPairCount(), bls.oewsOccupations().size(),
                bls.projections().size(), crosswalk.nestaRows(), crosswalk.escoWithOnet(), viaOnet,
                routes.getOrDefault(WageRoute.ISCO_FALLBACK, 0), crosswalk.escoWithWage(), titles.evidenceCount());
    }
}
