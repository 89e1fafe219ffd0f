package org.credpath.engine.cli;

import java.util.Locale;
import java.util.concurrent.Callable;

import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.labour.LabourMarket;
import org.credpath.engine.labour.WageJoinAudit;
import org.credpath.engine.labour.crosswalk.WageRoute;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code credpath data wages}: the ESCO -> SOC wage join audit (routes and the worst re-priced cases). */
@Command(name = "wages", mixinStandardHelpOptions = true,
        description = "Audit the ESCO -> SOC wage join: occupations per route and the cases the title re-priced.")
public final class DataWagesCommand implements Callable<Integer> {

    @Option(names = "--worst", defaultValue = "20", description = "Worst cases to list (default ${DEFAULT-VALUE}).")
    int worst;

    @Override
    public Integer call() {
        if (worst < 0 || worst > 10_000) {
            throw new IllegalArgumentException("--worst must be 0..10000, got " + worst);
        }
        LabourMarket market = LabourMarket.load(CredpathHome.locate(), System.err::println);
        System.out.print(render(WageJoinAudit.run(market, worst)));
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
