package org.credpath.api.service;

import java.util.Optional;

/**
 * The engine services bound into one server; any may be absent (its routes then answer 503).
 * Build with {@link #none()} and the {@code with...} methods.
 */
public record Services(Optional<CatalogService> catalog, Optional<OccupationService> occupations,
        Optional<RecommendationService> recommendations, Optional<PathwayService> pathways,
        Optional<ModelInfoService> model, Optional<TeamService> teams) {

    public Services {
        catalog = Optional.ofNullable(catalog).flatMap(o -> o);
        occupations = Optional.ofNullable(occupations).flatMap(o -> o);
        recommendations = Optional.ofNullable(recommendations).flatMap(o -> o);
        pathways = Optional.ofNullable(pathways).flatMap(o -> o);
        model = Optional.ofNullable(model).flatMap(o -> o);
        teams = Optional.ofNullable(teams).flatMap(o -> o);
    }

    public static Services none() {
        return new Services(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public Services withCatalog(CatalogService s) {
        return new Services(Optional.of(s), occupations, recommendations, pathways, model, teams);
    }

    public Services withOccupations(OccupationService s) {
        return new Services(catalog, Optional.of(s), recommendations, pathways, model, teams);
    }

    public Services withRecommendations(RecommendationService s) {
        return new Services(catalog, occupations, Optional.of(s), pathways, model, teams);
    }

    public Services withPathways(PathwayService s) {
        return new Services(catalog, occupations, recommendations, Optional.of(s), model, teams);
    }

    public Services withModel(ModelInfoService s) {
        return new Services(catalog, occupations, recommendations, pathways, Optional.of(s), teams);
    }

    public Services withTeams(TeamService s) {
        return new Services(catalog, occupations, recommendations, pathways, model, Optional.of(s));
    }
}
