package org.credpath.api.engine;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

import org.credpath.api.service.Services;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.labour.LabourMarket;
import org.credpath.engine.plan.PlanningCatalogue;
import org.credpath.engine.plan.PlanningContext;
import org.credpath.engine.plan.PlanningContexts;

/**
 * The engine loaded once for a server: the labour market and the services built on it. Loading
 * reports each step on {@code progress} (stderr for {@code serve}).
 */
public final class EngineServices implements AutoCloseable {

    private final LabourMarket market;
    private final IndexedCatalog catalog;
    private final Services services;

    private EngineServices(LabourMarket market, IndexedCatalog catalog, Services services) {
        this.market = market;
        this.catalog = catalog;
        this.services = services;
    }

    /** Loads the labour market from the shipped {@code datasets/} and binds the services on it. */
    public static EngineServices load(CredpathHome home, PrintStream progress) {
        Objects.requireNonNull(progress, "progress");
        LabourMarket market = LabourMarket.load(home, progress::println);
        Catalogue catalogue = Catalogue.build(home, market.esco(), null, progress);
        IndexedCatalog catalog = new IndexedCatalog(catalogue);
        PlanningContext planning = planning(home, market, catalogue, progress);
        Services services = Services.none().withOccupations(new LabourOccupations(market)).withCatalog(catalog)
                .withPathways(new PlannerPathways(planning));
        return new EngineServices(market, catalog, services);
    }

    /** The planner's context over the shipped catalogue (skills already inferred) and the trained models. */
    public static PlanningContext planning(CredpathHome home, LabourMarket market, Catalogue catalogue,
            PrintStream progress) {
        try {
            return new PlanningContext(market, new PlanningCatalogue(List.copyOf(catalogue.credentials().values())),
                    PlanningContexts.completion(home, progress), PlanningContexts.skillPremium(home, progress),
                    null, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the completion model: " + e.getMessage(), e);
        }
    }

    public LabourMarket market() {
        return market;
    }

    public IndexedCatalog catalog() {
        return catalog;
    }

    /** The bound services, to hand to {@link org.credpath.api.ApiServer#create}. */
    public Services services() {
        return services;
    }

    @Override
    public void close() {
        catalog.shipped().index().close();
    }
}
