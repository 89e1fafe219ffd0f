package org.credpath.engine.plan;

import java.util.List;

import org.credpath.engine.catalog.Cost;
import org.credpath.engine.returns.ExpectedReturn;

/**
 * The answer of {@code credpath plan} (issue 4's JSON): up to three pathways with their expected
 * return, the gap, recognition-of-prior-learning candidates, how occupations were resolved and
 * any warnings.
 */
public record PlanReport(String learnerId, OccupationRef currentOccupation, OccupationRef targetOccupation,
                         List<PathwayReport> pathways, GapReport gap, List<RplCandidate> rplCandidates,
                         List<String> prerequisiteCycles, List<String> warnings) {
    public PlanReport {
        pathways = List.copyOf(pathways);
        rplCandidates = List.copyOf(rplCandidates);
        prerequisiteCycles = List.copyOf(prerequisiteCycles);
        warnings = List.copyOf(warnings);
    }

    /**
     * How a learner's occupation text was read (so the user can correct it).
     *
     * @param query      the text as given
     * @param uri        the occupation it was read as
     * @param title      that occupation's preferred label
     * @param method     how: {@code uri}, {@code onet_code}, {@code soc_code}, {@code exact_label} or {@code search}
     * @param confidence 0..1: 1 for a URI, code or preferred label; else the title resolver's confidence
     * @param readAs     the rewritten title that matched (abbreviation expanded, spelling corrected), or null
     *                   when the text was read as given
     * @param runnersUp  the next best occupations, best first (at most {@link #RUNNERS_UP})
     * @param warning    a "did you mean" message when the confidence is low, else null
     */
    public record OccupationRef(String query, String uri, String title, String method, double confidence,
                                String readAs, List<Alternative> runnersUp, String warning) {

        /** Runner-ups reported with a reading. */
        public static final int RUNNERS_UP = 3;

        public OccupationRef {
            runnersUp = List.copyOf(runnersUp == null ? List.of() : runnersUp);
        }

        /** A sure reading (URI, code, preferred label) without runner-ups. */
        public OccupationRef(String query, String uri, String title, String method) {
            this(query, uri, title, method, 1, null, List.of(), null);
        }

        /** The reading of a matched resolution. */
        public static OccupationRef of(org.credpath.engine.labour.OccupationResolution r) {
            if (!r.matched()) {
                throw new IllegalArgumentException("'" + r.query() + "' was not matched to an occupation");
            }
            List<Alternative> next = r.alternatives().stream().limit(RUNNERS_UP)
                    .map(c -> new Alternative(c.occupation().uri(), c.occupation().preferredLabel())).toList();
            return new OccupationRef(r.query(), r.occupation().uri(), r.occupation().preferredLabel(),
                    r.method().name().toLowerCase(java.util.Locale.ROOT), r.confidence(), r.reading(), next, r.warning());
        }

        /** One line: "'sparky' read as 'electrician' (search, via 'electrician', confidence 0.82; runner-ups: ...)". */
        public String describe() {
            StringBuilder b = new StringBuilder(String.format(java.util.Locale.ROOT, "'%s' read as '%s' (%s", query,
                    title, method));
            if (readAs != null) {
                b.append(", via '").append(readAs).append('\'');
            }
            b.append(String.format(java.util.Locale.ROOT, ", confidence %.2f", confidence));
            if (!runnersUp.isEmpty()) {
                b.append("; runner-ups: ").append(String.join(", ", runnersUp.stream().map(a -> "'" + a.title() + "'").toList()));
            }
            return b.append(')').toString();
        }
    }

    /** Another occupation the text may have meant. */
    public record Alternative(String uri, String title) {
    }

    /**
     * @param totalCostUsd       the sum of the steps' prices; null when any step's cost is unknown
     * @param cost               the total as a cost (unknown when any step is; its basis says how many)
     * @param estimatedCostSteps steps whose price is an estimate
     * @param unknownCostSteps   steps whose price is unknown (never summed as 0)
     */
    public record PathwayReport(String kind, List<StepReport> steps, double totalHours, Double totalCostUsd,
                                Cost cost, int estimatedCostSteps, int unknownCostSteps,
                                double coverage, ExpectedReturn expectedReturn, List<String> qualifications) {
        public PathwayReport {
            steps = List.copyOf(steps);
            qualifications = List.copyOf(qualifications);
        }
    }

    /**
     * @param coversSkills    labels of the gap skills it teaches first
     * @param coversSkillUris the same skills as ESCO URIs
     * @param costUsd         its price (known or estimated); null when unknown
     * @param cost            its price with state and source
     * @param completion      probability the learner completes it
     * @param returnShareUsd  its share of the pathway's expected value (mean) (by the gap weight it covers)
     * @param startWeek       week the step starts at the learner's hours per week (0-based)
     * @param endWeek         week it ends
     */
    public record StepReport(String credentialId, String title, double hours, Double costUsd, Cost cost,
                             List<String> coversSkills,
                             List<String> coversSkillUris, double completion, double returnShareUsd, double startWeek,
                             double endWeek, String why) {
        public StepReport {
            coversSkills = List.copyOf(coversSkills);
            coversSkillUris = List.copyOf(coversSkillUris);
        }
    }

    /** The gap (with no target: the skills valued by their labour-market premium). */
    public record GapReport(String basis, double essentialCoveredShare, double weightedCoveredShare,
                            List<GapEntry> missing, List<HeldEntry> held, Double growthPercent, Double annualOpenings) {
        public GapReport {
            missing = List.copyOf(missing);
            held = List.copyOf(held);
        }
    }

    public record GapEntry(String uri, String label, boolean essential, double weight, List<String> demand) {
    }

    public record HeldEntry(String uri, String label, String source, boolean priorLearning) {
    }

    /** A credential whose skills the learner already has: claim it through recognition of prior learning. */
    public record RplCandidate(String credentialId, String title, List<String> skills, String why) {
    }
}
