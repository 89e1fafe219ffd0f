package org.credpath.engine.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.credpath.engine.catalog.ExchangeJson;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.labour.LabourMarket;
import org.credpath.engine.labour.WageJoinAudit;
import org.credpath.engine.labour.crosswalk.WageRoute;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code credpath data wages}: the ESCO -> SOC wage join audit (routes and the worst re-priced cases). */
@Command(name = "wages", mixinStandardHelpOptions = true,
        description = "Audit the ESCO -> SOC wage join: occupations per route and the cases the title re-priced.")
public final class DataWagesCommand implements Callable<Integer> {

    @Option(names = "--worst", defaultValue = "20", description = "Worst cases to list (default ${DEFAULT-VALUE}).")
    int worst;

    @Option(names = "--json", description = "One JSON document on stdout: the routes and the worst cases.")
    boolean json;

    @Spec
    CommandSpec spec;

    /** One wage route with its occupations and their share of the priced ones. */
    public record Route(String route, int occupations, double shareOfPriced) {
    }

    /** One re-priced occupation ({@link WageJoinAudit.Case} with its ratio crosswalk median / title median). */
    public record Case(String escoLabel, String escoUri, String crosswalkCode, String crosswalkTitle,
                       double crosswalkMedian, String titleCode, String titleTitle, double titleMedian, double ratio) {
    }

    /**
     * The document printed with {@code --json}.
     *
     * @param indirectShare share of priced occupations reached through a broad group, the ISCO fallback or a title
     *                      re-pricing
     * @param worst         re-priced cases, largest |log ratio| first, at most {@code --worst}
     */
    public record Json(String data, int occupations, int priced, double indirectShare, List<Route> routes,
                       List<Case> worst) {
        static Json of(WageJoinAudit.Report r) {
            List<Route> routes = Arrays.stream(WageRoute.values()).map(w -> {
                int n = r.routes().getOrDefault(w, 0);
                return new Route(w.name().toLowerCase(Locale.ROOT), n, r.priced() == 0 ? 0 : (double) n / r.priced());
            }).toList();
            List<Case> worst = r.worst().stream().map(c -> new Case(c.escoLabel(), c.escoUri(), c.crosswalkCode(),
                    c.crosswalkTitle(), c.crosswalkMedian(), c.titleCode(), c.titleTitle(), c.titleMedian(), c.ratio()))
                    .toList();
            return new Json(DATA, r.occupations(), r.priced(), r.indirectShare(), routes, worst);
        }
    }

    static final String DATA = "real: ESCO v1.1.1, Nesta ESCO -> O*NET crosswalk, O*NET 29.2 alternate titles, "
            + "BLS OEWS May 2024 (national)";

    @Override
    public Integer call() {
        if (worst < 0 || worst > 10_000) {
            throw new IllegalArgumentException("--worst must be 0..10000, got " + worst);
        }
        LabourMarket market = LabourMarket.load(CredpathHome.locate(), System.err::println);
        WageJoinAudit.Report report = WageJoinAudit.run(market, worst);
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(ExchangeJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(Json.of(report)));
        } else {
            out.print(render(report));
        }
        out.flush();
        return 0;
    }

    static String render(WageJoinAudit.Report r) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "ESCO occupations %d, priced %d; through a broad group, the ISCO fallback or a title re-pricing: %.1f %%%n%n"
                        + "| route | occupations | share of priced |%n|---|---:|---:|%n", r.occupations(), r.priced(),
                100 * r.indirectShare()));
        for (WageRoute w : WageRoute.values()) {
            int n = r.routes().getOrDefault(w, 0);
            b.append(String.format(Locale.ROOT, "| %s | %,d | %.1f %% |%n", w.name().toLowerCase(Locale.ROOT), n,
                    r.priced() == 0 ? 0 : 100.0 * n / r.priced()));
        }
        b.append(String.format(Locale.ROOT, "%nWorst re-priced cases (crosswalk median / title median, largest first):%n%n"
                + "| ESCO occupation | crosswalk row | median | title row | median | ratio |%n|---|---|---:|---|---:|---:|%n"));
        for (WageJoinAudit.Case c : r.worst()) {
            b.append(String.format(Locale.ROOT, "| %s | %s %s | %,.0f | %s %s | %,.0f | %.2f |%n", c.escoLabel(),
                    c.crosswalkCode(), c.crosswalkTitle(), c.crosswalkMedian(), c.titleCode(), c.titleTitle(),
                    c.titleMedian(), c.ratio()));
        }
        return b.toString();
    }
}
