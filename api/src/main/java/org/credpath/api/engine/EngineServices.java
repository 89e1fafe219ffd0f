package org.credpath.api.engine;

import java.io.PrintStream;
import java.util.Objects;

import org.credpath.api.service.Services;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.labour.LabourMarket;


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
        Services services = Services.none().withOccupations(new LabourOccupations(market)).withCatalog(catalog);
        return new EngineServices(market, catalog, services);
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
