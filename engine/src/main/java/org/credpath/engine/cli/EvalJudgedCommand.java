package org.credpath.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.eval.Regression;
import org.credpath.engine.eval.judged.JudgedLearner;
import org.credpath.engine.eval.judged.JudgedMetrics;
import org.credpath.engine.eval.judged.JudgedReport;
import org.credpath.engine.eval.judged.JudgedSet;
import org.credpath.engine.eval.judged.JudgedSetReader;
import org.credpath.engine.eval.judged.MetricSummary;
import org.credpath.engine.eval.judged.PairedComparison;
import org.credpath.engine.eval.judged.Split;
import org.credpath.engine.eval.judged.CandidateDump;
import org.credpath.engine.eval.judged.LearnerPool;
import org.credpath.engine.recommend.CandidateCapture;
import org.credpath.engine.recommend.RecommendEngine;
import org.credpath.engine.recommend.RelevanceFeatures;
import org.credpath.engine.recommend.ServingModel;
import org.credpath.engine.recommend.RecommendRequest;
import org.credpath.engine.recommend.Recommendation;
import org.credpath.engine.recommend.Recommender;
import org.credpath.engine.recommend.RecommenderOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code credpath eval judged}: the served pipeline (retrieve, filter, rank) of every named model on
 * the judged relevance set ({@code datasets/judged}, graded by the team), per model nDCG@10, P@5 and
 * the shares of irrelevant and unjudged top-10 slots with bootstrap intervals, each model against a
 * baseline (paired), per ESCO group and per learner. Tune on {@code --split dev}; report
 * {@code --split test}.
 */
@Command(name = "judged", mixinStandardHelpOptions = true,
        description = "Served recommendations on the judged relevance set (team-graded): nDCG@10, P@5, irrelevant and"
                + " unjudged share of the top 10, with 95%% intervals.")
public final class EvalJudgedCommand implements Callable<Integer> {

    /** The reference row: the judged pool in grade order. */
    static final String IDEAL = "ideal (judged pool)";

    @Option(names = "--model", description = "Model to serve: a folder under models/ or a built-in name; repeatable"
            + " (default: models/ranker-default, gap-coverage, semantic-gap).")
    List<String> models = new ArrayList<>();

    @Option(names = "--split", defaultValue = "test", description = "dev (tuning) or test (reported figures); default ${DEFAULT-VALUE}.")
    String split;

    @Option(names = "--baseline", defaultValue = "gap-coverage", description = "Model every other is compared with (default ${DEFAULT-VALUE}).")
    String baseline;

    @Option(names = "--resamples", defaultValue = "2000", description = "Bootstrap resamples (default ${DEFAULT-VALUE}).")
    int resamples;

    @Option(names = "--seed", defaultValue = "42", description = "Bootstrap seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--per-learner", description = "Also print every learner's figures.")
    boolean perLearner;

    @Option(names = "--lists", description = "Also print every learner's top 10 per model with its grade (? = unjudged) to stderr.")
    boolean lists;

    @Option(names = "--verify", description = "Regression file whose expected figures must hold (exit 1 otherwise).")
    Path verify;

    @Option(names = "--json", description = "One JSON document on stdout.")
    boolean json;

    @Option(names = "--runs-out", description = "Also write each model's top 10 as a run file DIR/<model>.tsv"
            + " (learnerId, credentialId, rank, system), the form datasets/judged/tools/judged.py pools.")
    Path runsOut;

    @Option(names = "--candidates-out", description = "Also write every learner's served candidates (retrieved and"
            + " filtered, before truncation to 10) with their listing facts and relevance features as"
            + " DIR/<model>.candidates.tsv (docs/ranking.md).")
    Path candidatesOut;

    @Option(names = "--run", description = "Also score a saved run file (learnerId, credentialId, rank, system; e.g."
            + " `train judged-ranker --runs-out`'s out-of-fold lists) as a system named after the file; repeatable."
            + " With --run alone no model is run.")
    List<Path> runs = new ArrayList<>();

    /** The JSON document printed with {@code --json}. */
    public record Report(String data, String split, int learners, Map<String, JudgedReport> models,
            List<PairedComparison> versusBaseline) {
    }

    @Override
    public Integer call() throws IOException {
        Split half = Split.parse(split).orElseThrow(() -> new UserFacingException("--split: must be dev or test, got '"
                + split + "'"));
        if (resamples < 1) {
            throw new UserFacingException("--resamples: must be >= 1, got " + resamples);
        }
        List<String> names = models.isEmpty() && runs.isEmpty()
                ? List.of("models/ranker-default", "gap-coverage", RecommendEngine.DEFAULT_MODEL) : List.copyOf(models);
        CredpathHome home = CredpathHome.locate();
        JudgedSet set = JudgedSetReader.read(home.datasets().resolve("judged"));
        List<JudgedLearner> learners = set.learners(half);
        JudgedMetrics metrics = new JudgedMetrics(set, resamples, seed);
        Map<String, JudgedReport> reports = new LinkedHashMap<>();
        if (!names.isEmpty()) {
            scoreModels(home, names, set, learners, half, metrics, reports);
        }
        for (Path run : runs) {
            String name = run.getFileName().toString();
            reports.put(name, metrics.evaluate(name, readRun(run, learners), half));
        }
        reports.put(IDEAL, metrics.evaluate(IDEAL, ideal(set, learners), half));
        List<PairedComparison> paired = new ArrayList<>();
        JudgedReport base = reports.get(baseline);
        if (base != null) {
            for (JudgedReport rep : reports.values()) {
                if (rep != base && !rep.system().equals(IDEAL)) {
                    paired.add(PairedComparison.of(rep, base, JudgedMetrics.NDCG10, resamples, seed));
                }
            }
        }
        Report report = new Report("judged by the team: datasets/judged (" + set.judgments().size() + " graded pairs)",
                half.value(), learners.size(), reports, paired);
        print(report);
        return verify == null ? 0 : verify(report);
    }

    private void scoreModels(CredpathHome home, List<String> names, JudgedSet set, List<JudgedLearner> learners,
            Split half, JudgedMetrics metrics, Map<String, JudgedReport> reports) throws IOException {
        try (RecommendEngine engine = RecommendEngine.load(home, null, System.err)) {
            for (String name : names) {
                Map<String, List<String>> ranked = rank(engine, name, learners, System.err);
                if (lists) {
                    printLists(name, ranked, set, learners, engine, System.err);
                }
                if (runsOut != null) {
                    writeRun(runsOut, name, ranked);
                }
                reports.put(name, metrics.evaluate(name, ranked, half));
            }
        }
    }

    /**
     * A run file's lists of the learners of one half (rank order; a learner with no line gets an empty list); lines of
     * other learners are ignored. Refused with the file and line when a line is not {@code learnerId, credentialId,
     * rank, system} with a whole-number rank.
     */
    static Map<String, List<String>> readRun(Path file, List<JudgedLearner> learners) throws IOException {
        Map<String, java.util.TreeMap<Integer, String>> byLearner = new LinkedHashMap<>();
        learners.forEach(l -> byLearner.put(l.id(), new java.util.TreeMap<>()));
        List<String> lines = java.nio.file.Files.readAllLines(file);
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t");
            if (lines.get(i).isBlank()) {
                continue;
            }
            int rank;
            try {
                rank = f.length == 4 ? Integer.parseInt(f[2].strip()) : -1;
            } catch (NumberFormatException e) {
                rank = -1;
            }
            if (rank < 1) {
                throw new UserFacingException("--run " + file + " line " + (i + 1) + ": expected learnerId, credentialId,"
                        + " rank (a whole number >= 1), system separated by tabs");
            }
            var list = byLearner.get(f[0]);
            if (list != null) {
                list.put(rank, f[1]);
            }
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        byLearner.forEach((id, ranks) -> out.put(id, List.copyOf(ranks.values())));
        return out;
    }

    /**
     * Not a model: each learner's judged credentials in grade order, the most the pool allows (the
     * ceiling of P@5 is the share of learners with five credentials graded 2 or 3 in the catalogue's pool).
     */
    static Map<String, List<String>> ideal(JudgedSet set, List<JudgedLearner> learners) {
        Map<String, Map<String, Integer>> grades = set.gradesByLearner();
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (JudgedLearner l : learners) {
            lists.put(l.id(), grades.getOrDefault(l.id(), Map.of()).entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                    .limit(10).map(Map.Entry::getKey).toList());
        }
        return lists;
    }

    /** Every learner's top 10 by the model's served pipeline; with {@code --candidates-out}, its candidates too. */
    private Map<String, List<String>> rank(RecommendEngine engine, String name, List<JudgedLearner> learners,
            PrintStream err) throws IOException {
        ServingModel model = engine.loadModel(name);
        CandidateCapture capture = candidatesOut == null ? null : new CandidateCapture(model);
        Recommender r = engine.recommender(capture == null ? model : capture, RecommenderOptions.DEFAULTS);
        RelevanceFeatures features = capture == null ? null : engine.relevanceFeatures();
        Map<String, List<String>> lists = new LinkedHashMap<>();
        int done = 0;
        try (CandidateDump dump = capture == null ? null : new CandidateDump(candidatesOut, name)) {
            for (JudgedLearner l : learners) {
                lists.put(l.id(), r.recommend(l.learner(), RecommendRequest.top(10)).items().stream()
                        .map(Recommendation::credentialId).toList());
                if (dump != null) {
                    for (CandidateCapture.Call call : capture.take()) {
                        dump.write(LearnerPool.candidates(l.id(), call, features));
                    }
                }
                progress(++done, name, learners.size(), err);
            }
        }
        return lists;
    }

    private static void progress(int done, String name, int total, PrintStream err) {
        if (done % 10 == 0) {
            err.println("eval judged: " + name + " " + done + " / " + total + " learners");
        }
    }

    /** A run file: header, then one line per ranked item; the file is named after the model (unsafe characters as '-'). */
    static Path writeRun(Path dir, String model, Map<String, List<String>> ranked) throws IOException {
        java.nio.file.Files.createDirectories(dir);
        StringBuilder sb = new StringBuilder("learnerId\tcredentialId\trank\tsystem\n");
        ranked.forEach((learner, ids) -> {
            for (int i = 0; i < ids.size(); i++) {
                sb.append(learner).append('\t').append(ids.get(i)).append('\t').append(i + 1).append('\t')
                        .append(model).append('\n');
            }
        });
        Path file = dir.resolve(model.replaceAll("[^A-Za-z0-9._@,-]", "-") + ".tsv");
        java.nio.file.Files.writeString(file, sb.toString());
        return file;
    }

    private static void printLists(String model, Map<String, List<String>> ranked, JudgedSet set,
            List<JudgedLearner> learners, RecommendEngine engine, PrintStream out) {
        Map<String, Map<String, Integer>> grades = set.gradesByLearner();
        for (JudgedLearner l : learners) {
            out.println("== " + model + " " + l.id() + " (" + l.group() + "): " + l.scenario());
            int rank = 0;
            for (String id : ranked.get(l.id())) {
                Integer g = grades.getOrDefault(l.id(), Map.of()).get(id);
                var c = engine.catalogue().credentials().get(id);
                out.printf("  %2d. [%s] %s  (%s)%n", ++rank, g == null ? "?" : g, c == null ? id : c.title(), id);
            }
        }
    }

    private void print(Report report) {
        if (json) {
            System.out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(report));
            return;
        }
        System.out.printf("%s, %s half, %d learners%n", report.data(), report.split(), report.learners());
        System.out.printf("%-24s", "model");
        JudgedMetrics.METRICS.forEach(m -> System.out.printf(" %-22s", m));
        System.out.println();
        for (JudgedReport rep : report.models().values()) {
            System.out.printf("%-24s", rep.system());
            for (String m : JudgedMetrics.METRICS) {
                MetricSummary s = rep.metric(m);
                System.out.printf(" %-22s", s.mean() == null ? "n/a"
                        : String.format("%.3f [%.3f, %.3f]", s.mean(), s.lo(), s.hi()));
            }
            System.out.println();
        }
        for (PairedComparison p : report.versusBaseline()) {
            System.out.printf("%s vs %s, %s: ratio %s, difference %.3f [%.3f, %.3f] over %d learners%n", p.systemA(),
                    p.systemB(), p.metric(), p.ratio() == null ? "n/a" : String.format("%.2f [%.2f, %.2f]", p.ratio(),
                            p.ratioLo(), p.ratioHi()), p.difference(), p.differenceLo(), p.differenceHi(), p.learners());
        }
        if (perLearner) {
            for (JudgedReport rep : report.models().values()) {
                rep.perLearner().forEach(s -> System.out.printf("%s %s %-28s ndcg@10 %s p@5 %.1f irrelevant %s%n",
                        rep.system(), s.learnerId(), s.group(), s.ndcg10() == null ? "n/a" : String.format("%.3f", s.ndcg10()),
                        s.precision5(), s.irrelevant10() == null ? "n/a" : String.format("%.1f", s.irrelevant10())));
            }
        }
    }

    private int verify(Report report) {
        Regression regression = Regression.load(verify);
        List<String> failures = regression.check((model, metric) -> {
            JudgedReport rep = report.models().get(model);
            return rep == null ? null : rep.metric(metric).mean();
        });
        failures.forEach(f -> System.err.println("verify: " + f));
        System.err.println("verify: " + (failures.isEmpty() ? "all " + regression.expected().size()
                + " figures within tolerance" : failures.size() + " figures outside tolerance"));
        return failures.isEmpty() ? 0 : 1;
    }
}
