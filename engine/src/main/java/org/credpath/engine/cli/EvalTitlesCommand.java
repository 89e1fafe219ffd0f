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
import org.credpath.engine.labour.title.EvidenceTitleResolver;
import org.credpath.engine.labour.title.EvidenceWeights;
import org.credpath.engine.labour.title.ExactLabelResolver;
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
 * {@code credpath eval titles}: job title -> ESCO occupation on the JobBERT test titles, for the
 * exact-label and plain-BM25 baselines and the full resolver. {@code --tune} instead searches the
 * resolver's weights on a held-out slice of the training titles (never the test split).
 */
@Command(name = "titles", mixinStandardHelpOptions = true,
        description = "Job title -> ESCO occupation: top-1, top-10 and MRR on titles.test.csv (15,463 real vacancy titles).")
public final class EvalTitlesCommand implements Callable<Integer> {

    @Option(names = "--json", description = "One JSON document on stdout.")
    boolean json;

    @Option(names = "--tune", description = "Grid-search the resolver weights on a held-out slice of titles.csv instead.")
    boolean tune;

    @Option(names = "--default-only", description = "With --tune: evaluate only the default weights on the held-out slice.")
    boolean defaultOnly;

    @Option(names = "--held-out", defaultValue = "0.2", description = "Held-out share of titles.csv for --tune (default ${DEFAULT-VALUE}).")
    double heldOut;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the --tune split (default ${DEFAULT-VALUE}).")
    long seed;

    /** The JSON document printed with {@code --json}. */
    public record Report(String data, int queries, Map<String, TitleMetrics> resolvers) {
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
        List<VacancyTitle> test = VacancyTitle.load(home.dataset(VacancyTitle.FOLDER, VacancyTitle.TEST_FILE));
        List<TitleEvidence> noVacancies = new ArrayList<>(TitleEvidenceSources.esco(market.esco()));
        noVacancies.addAll(TitleEvidenceSources.onet(market.esco(), market.onet(), market.crosswalk()));
        Map<String, TitleResolver> resolvers = new LinkedHashMap<>();
        resolvers.put("exact-label", new ExactLabelResolver(market.esco()));
        resolvers.put("bm25-esco-labels", new Bm25LabelResolver(market.esco()));
        resolvers.put("evidence-esco-onet", new EvidenceTitleResolver(market.esco(), noVacancies, EvidenceWeights.DEFAULT));
        resolvers.put("evidence-full", market.titleResolver());
        Map<String, TitleMetrics> results = new LinkedHashMap<>();
        for (var e : resolvers.entrySet()) {
            err.println("eval titles: " + e.getKey() + " on " + test.size() + " test titles");
            results.put(e.getKey(), TitleEvaluation.evaluate(e.getValue(), test,
                    n -> err.println("  " + n + " / " + test.size())));
        }
        Report report = new Report("real: jobbert_vacancy_titles_esco/titles.test.csv", test.size(), results);
        if (json) {
            System.out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(report));
        } else {
            System.out.printf("%-20s %8s %8s %8s%n", "resolver", "top1", "top10", "mrr");
            results.forEach((name, m) -> System.out.printf("%-20s %8.3f %8.3f %8.3f%n", name, m.top1(), m.top10(), m.mrr()));
            System.out.println("queries: " + test.size() + " (real JobBERT test titles)");
        }
        return 0;
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
