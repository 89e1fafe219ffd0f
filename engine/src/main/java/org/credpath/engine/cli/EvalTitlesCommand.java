package org.credpath.engine.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.labour.LabourMarket;
import org.credpath.engine.labour.title.Bm25LabelResolver;
import org.credpath.engine.labour.title.EncoderTitleIndex;
import org.credpath.engine.labour.title.EvidenceTitleResolver;
import org.credpath.engine.labour.title.EvidenceWeights;
import org.credpath.engine.labour.title.ExactLabelResolver;
import org.credpath.engine.labour.title.FusedTitleResolver;
import org.credpath.engine.labour.title.FusionTuning;
import org.credpath.engine.labour.title.FusionWeights;
import org.credpath.engine.labour.title.MessyTitle;
import org.credpath.engine.labour.title.OccupationPrior;
import org.credpath.engine.labour.title.TitleEvaluation;
import org.credpath.engine.labour.title.TitleEvidence;
import org.credpath.engine.labour.title.TitleEvidenceSources;
import org.credpath.engine.labour.title.TitleMetrics;
import org.credpath.engine.labour.title.TitleResolver;
import org.credpath.engine.labour.title.TitleTuning;
import org.credpath.engine.labour.title.VacancyTitle;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code credpath eval titles}: job title -> ESCO occupation on the test half of the messy-title set
 * and on the JobBERT test titles, for the baselines, the evidence resolver and the fused resolver.
 * {@code --tune} searches the evidence resolver's weights on a held-out slice of the training titles;
 * {@code --tune-fusion} the fusion weights on that slice and the messy dev half (never a test split).
 */
@Command(name = "titles", mixinStandardHelpOptions = true,
        description = "Job title -> ESCO occupation: top-1, top-3, top-10 and MRR on the messy-title test half"
                + " (datasets/messy_titles) and on titles.test.csv (15,463 real vacancy titles).")
public final class EvalTitlesCommand implements Callable<Integer> {

    @Option(names = "--json", description = "One JSON document on stdout.")
    boolean json;

    @Option(names = "--tune", description = "Grid-search the resolver weights on a held-out slice of titles.csv instead.")
    boolean tune;

    @Option(names = "--tune-fusion", description = "Grid-search the fusion weights on the messy dev half and the held-out slice of titles.csv.")
    boolean tuneFusion;

    @Option(names = "--messy-only", description = "Evaluate only the messy-title test half (skip the 15,463 JobBERT test titles).")
    boolean messyOnly;

    @Option(names = "--show", description = "Print every title of the messy 'dev' or 'test' half with the old and the fused reading, then stop.")
    String show;

    @Option(names = "--default-only", description = "With --tune: evaluate only the default weights on the held-out slice.")
    boolean defaultOnly;

    @Option(names = "--held-out", defaultValue = "0.2", description = "Held-out share of titles.csv for --tune (default ${DEFAULT-VALUE}).")
    double heldOut;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the --tune split (default ${DEFAULT-VALUE}).")
    long seed;

    /** The JSON document printed with {@code --json}. */
    public record Report(String data, int queries, Map<String, TitleMetrics> resolvers, String messyData,
                         Map<String, TitleMetrics> messyTest, Map<String, TitleMetrics> messyTestWithoutAbbreviations) {
    }

    @Override
    public Integer call() {
        if (!(heldOut > 0 && heldOut < 1)) {
            throw new IllegalArgumentException("--held-out must be in (0, 1), got " + heldOut);
        }
        CredpathHome home = CredpathHome.locate();
        PrintStream err = System.err;
        LabourMarket market = LabourMarket.load(home, err::println);
        if (tune) {
            return tune(home, market);
        }
        if (tuneFusion) {
            return tuneFusion(home, market);
        }
        if (show != null) {
            return show(home, market);
        }
        List<MessyTitle> messy = MessyTitle.load(home.dataset(MessyTitle.FOLDER, MessyTitle.FILE));
        List<MessyTitle> messyTest = messy.stream().filter(MessyTitle::test).toList();
        List<MessyTitle> plainTest = messyTest.stream().filter(m -> !ABBREVIATION_KINDS.contains(m.kind())).toList();
        Map<String, TitleResolver> product = new LinkedHashMap<>();
        product.put("evidence-full", market.titleResolver());
        product.put("fused", market.fusedTitleResolver());
        Map<String, TitleMetrics> messyResults = new LinkedHashMap<>();
        Map<String, TitleMetrics> plainResults = new LinkedHashMap<>();
        for (var e : product.entrySet()) {
            messyResults.put(e.getKey(), TitleEvaluation.evaluateJudged(e.getValue(), judged(messyTest), n -> { }));
            plainResults.put(e.getKey(), TitleEvaluation.evaluateJudged(e.getValue(), judged(plainTest), n -> { }));
        }
        Map<String, TitleMetrics> results = new LinkedHashMap<>();
        List<VacancyTitle> test = messyOnly ? List.of()
                : VacancyTitle.load(home.dataset(VacancyTitle.FOLDER, VacancyTitle.TEST_FILE));
        if (!messyOnly) {
            List<TitleEvidence> noVacancies = new ArrayList<>(TitleEvidenceSources.esco(market.esco()));
            noVacancies.addAll(TitleEvidenceSources.onet(market.esco(), market.onet(), market.crosswalk()));
            Map<String, TitleResolver> resolvers = new LinkedHashMap<>();
            resolvers.put("exact-label", new ExactLabelResolver(market.esco()));
            resolvers.put("bm25-esco-labels", new Bm25LabelResolver(market.esco()));
            resolvers.put("evidence-esco-onet", new EvidenceTitleResolver(market.esco(), noVacancies, EvidenceWeights.DEFAULT));
            resolvers.putAll(product);
            for (var e : resolvers.entrySet()) {
                err.println("eval titles: " + e.getKey() + " on " + test.size() + " test titles");
                long t0 = System.nanoTime();
                results.put(e.getKey(), TitleEvaluation.evaluate(e.getValue(), test,
                        n -> err.println("  " + n + " / " + test.size())));
                err.printf("  %.1f s%n", (System.nanoTime() - t0) / 1e9);
            }
        }
        Report report = new Report("real: jobbert_vacancy_titles_esco/titles.test.csv", test.size(), results,
                "own: messy_titles/messy_titles.tsv, test half (" + messyTest.size() + " titles; " + plainTest.size()
                        + " without the abbrev/slang kinds)", messyResults, plainResults);
        if (json) {
            System.out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(report));
        } else {
            print("messy-title test half, " + messyTest.size() + " titles (datasets/messy_titles)", messyResults);
            print("messy-title test half without abbrev/slang kinds, " + plainTest.size() + " titles", plainResults);
            if (!messyOnly) {
                print("JobBERT test titles, " + test.size() + " (real: titles.test.csv)", results);
            }
        }
        return 0;
    }

    /** Kinds whose terms the abbreviation table was written to cover (see the messy set's data card). */
    static final java.util.Set<String> ABBREVIATION_KINDS = java.util.Set.of("abbrev", "ict-abbrev", "slang", "ict-slang");

    private static List<TitleEvaluation.Judged> judged(List<MessyTitle> titles) {
        return titles.stream().map(MessyTitle::judged).toList();
    }

    private static void print(String heading, Map<String, TitleMetrics> results) {
        System.out.println(heading + ":");
        System.out.printf("  %-20s %8s %8s %8s %8s%n", "resolver", "top1", "top3", "top10", "mrr");
        results.forEach((name, m) -> System.out.printf("  %-20s %8.3f %8.3f %8.3f %8.3f%n", name, m.top1(), m.top3(),
                m.top10(), m.mrr()));
    }

    private int tuneFusion(CredpathHome home, LabourMarket market) {
        PrintStream err = System.err;
        List<MessyTitle> messy = MessyTitle.load(home.dataset(MessyTitle.FOLDER, MessyTitle.FILE));
        List<TitleEvaluation.Judged> dev = MessyTitle.half(messy, false);
        List<VacancyTitle> train = VacancyTitle.load(home.dataset(VacancyTitle.FOLDER, VacancyTitle.TRAIN_FILE));
        List<List<VacancyTitle>> parts = TitleTuning.split(train, heldOut, seed);
        List<TitleEvidence> evidence = new ArrayList<>(TitleEvidenceSources.esco(market.esco()));
        evidence.addAll(TitleEvidenceSources.onet(market.esco(), market.onet(), market.crosswalk()));
        evidence.addAll(TitleEvidenceSources.vacancies(parts.get(0)));
        FusedTitleResolver full = market.fusedTitleResolver();
        FusedTitleResolver slice = full.withEvidence(new EvidenceTitleResolver(market.esco(), evidence, EvidenceWeights.DEFAULT))
                .withVacancies(full.vacancies() == null ? null : full.vacancies().reuse(TitleEvidenceSources.vacancies(parts.get(0))))
                .withPrior(OccupationPrior.ofVacancies(TitleEvidenceSources.vacancies(parts.get(0))));
        List<TitleEvaluation.Judged> held = parts.get(1).stream()
                .map(v -> new TitleEvaluation.Judged(v.title(), java.util.Set.of(v.occupationUri()))).toList();
        encoderModes(home, market, dev, held);
        err.println("tune-fusion: lists for " + dev.size() + " messy dev titles and " + held.size() + " held-out titles");
        FusionTuning.Prepared devSet = FusionTuning.prepare(full, dev, s -> err.println("  " + s));
        FusionTuning.Prepared heldSet = FusionTuning.prepare(slice, held, s -> err.println("  " + s));
        List<FusionTuning.Trial> trials = FusionTuning.grid(full, devSet, heldSet, FusionTuning.defaultGrid(),
                s -> err.println("tune-fusion: " + s));
        FusionTuning.Trial current = FusionTuning.grid(full, devSet, heldSet, List.of(FusionWeights.DEFAULT), s -> { }).getFirst();
        FusionTuning.Trial none = FusionTuning.grid(full, devSet, heldSet, List.of(new FusionWeights(1, 0, 0, 0, 0, 0, 60,
                FusionWeights.DEFAULT.lowConfidence())), s -> { }).getFirst();
        if (json) {
            System.out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(trials));
            return 0;
        }
        System.out.println("fusion grid on the messy dev half (" + dev.size() + ") and the held-out slice of titles.csv ("
                + held.size() + ", share " + heldOut + ", seed " + seed + "); objective = mean of the two MRRs; best 8:");
        trials.stream().limit(8).forEach(t -> printTrial(t));
        System.out.println("DEFAULT:");
        printTrial(current);
        System.out.println("evidence only (encoders, exact label and rewrites 0):");
        printTrial(none);
        calibration(full, devSet);
        return 0;
    }

    private int show(CredpathHome home, LabourMarket market) {
        if (!show.equals("dev") && !show.equals("test")) {
            throw new IllegalArgumentException("--show must be 'dev' or 'test', got '" + show + "'");
        }
        int right = 0;
        int n = 0;
        for (MessyTitle m : MessyTitle.load(home.dataset(MessyTitle.FOLDER, MessyTitle.FILE))) {
            if (m.test() != show.equals("test")) {
                continue;
            }
            List<org.credpath.engine.labour.title.ScoredOccupation> old = market.titleResolver().resolve(m.title(), 1);
            FusedTitleResolver.Answer a = market.fusedTitleResolver().explain(m.title(), 3);
            boolean ok = !a.ranked().isEmpty() && m.accepted().contains(a.ranked().getFirst().uri());
            right += ok ? 1 : 0;
            n++;
            System.out.printf("%s %-26s | old: %-28s | new: %-40s conf %.2f%s | readings %s%n", ok ? "OK  " : "MISS",
                    m.title(), old.isEmpty() ? "-" : label(market, old.getFirst().uri()),
                    String.join(" / ", a.ranked().stream().map(o -> label(market, o.uri())).toList()), a.confidence(),
                    a.lowConfidence() ? " LOW" : "", a.readings().stream().skip(1).map(FusedTitleResolver.Reading::text).toList());
        }
        System.out.printf("fused top-1 %d / %d%n", right, n);
        return 0;
    }

    private static String label(LabourMarket market, String uri) {
        return market.occupation(uri).map(o -> o.preferredLabel()).orElse(uri);
    }

    private static void printTrial(FusionTuning.Trial t) {
        System.out.printf("  obj %.4f | dev top1 %.3f top3 %.3f mrr %.4f | held-out top1 %.3f top3 %.3f mrr %.4f | %s%n",
                t.objective(), t.messyDev().top1(), t.messyDev().top3(), t.messyDev().mrr(), t.heldOut().top1(),
                t.heldOut().top3(), t.heldOut().mrr(), t.weights());
    }

    /** Top-1 accuracy on the dev half above and below each confidence threshold (DEFAULT weights). */
    private static void calibration(FusedTitleResolver r, FusionTuning.Prepared dev) {
        System.out.println("confidence on the messy dev half (DEFAULT weights): threshold, right/total above, right/total below");
        for (double th = 0.3; th <= 0.801; th += 0.05) {
            int[] above = new int[2];
            int[] below = new int[2];
            for (int i = 0; i < dev.judged().size(); i++) {
                FusedTitleResolver.Answer a = r.fuse(dev.lists().get(i), 1);
                boolean right = !a.ranked().isEmpty() && dev.judged().get(i).accepted().contains(a.ranked().getFirst().uri());
                int[] bin = a.confidence() >= th ? above : below;
                bin[0] += right ? 1 : 0;
                bin[1]++;
            }
            System.out.printf("  %.2f  %d/%d above  %d/%d below%n", th, above[0], above[1], below[0], below[1]);
        }
    }

    /** Encoder alone: one vector per label (max per occupation) against one per occupation (label + description). */
    private static void encoderModes(CredpathHome home, LabourMarket market, List<TitleEvaluation.Judged> dev,
                                     List<TitleEvaluation.Judged> held) {
        EncoderTitleIndex labels = market.fusedTitleResolver().encoder();
        EncoderTitleIndex docs = EncoderTitleIndex.build(market.esco(), EncoderTitleIndex.Mode.DOCUMENTS, labels.encoder(),
                LabourMarket.encoderCache(home), System.err::println);
        for (var e : Map.of("encoder-labels", labels, "encoder-documents", docs).entrySet()) {
            TitleResolver r = e.getValue()::nearest;
            TitleMetrics d = TitleEvaluation.evaluateJudged(r, dev, n -> { });
            TitleMetrics h = TitleEvaluation.evaluateJudged(r, held, n -> { });
            System.out.printf("%-18s messy dev top1 %.3f top3 %.3f mrr %.4f | held-out top1 %.3f top3 %.3f mrr %.4f%n",
                    e.getKey(), d.top1(), d.top3(), d.mrr(), h.top1(), h.top3(), h.mrr());
        }
    }

    private int tune(CredpathHome home, LabourMarket market) {
        List<VacancyTitle> train = VacancyTitle.load(home.dataset(VacancyTitle.FOLDER, VacancyTitle.TRAIN_FILE));
        List<TitleEvidence> fixed = new ArrayList<>(TitleEvidenceSources.esco(market.esco()));
        fixed.addAll(TitleEvidenceSources.onet(market.esco(), market.onet(), market.crosswalk()));
        List<TitleTuning.Trial> trials = TitleTuning.grid(market.esco(), fixed, train, heldOut, seed,
                defaultOnly ? List.of(EvidenceWeights.DEFAULT) : TitleTuning.defaultGrid(),
                s -> System.err.println("tune: " + s));
        if (json) {
            System.out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(trials));
        } else {
            System.out.println("best 5 on the held-out slice of titles.csv (share " + heldOut + ", seed " + seed + "):");
            trials.stream().limit(5).forEach(t -> System.out.printf("mrr %.4f top1 %.4f top10 %.4f  %s%n",
                    t.metrics().mrr(), t.metrics().top1(), t.metrics().top10(), t.weights()));
        }
        return 0;
    }
}
