package org.credpath.api.service;

import java.util.List;
import java.util.Optional;

/** Occupations and skills (ESCO, O*NET, BLS): lookup by free text and by id. */
public interface OccupationService {

    List<Match> searchOccupations(String text, int k);

    List<Match> searchSkills(String text, int k);

    /** By ESCO URI or O*NET-SOC code. */
    Optional<OccupationDetail> occupation(String id);

    /** Which job-title resolver answers now; empty when the service has no such stages. */
    default Optional<TitleResolverStatus> titleResolver() {
        return Optional.empty();
    }
}
