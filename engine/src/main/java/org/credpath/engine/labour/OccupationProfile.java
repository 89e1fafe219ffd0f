package org.credpath.engine.labour;

import java.util.List;
import java.util.Objects;

import org.credpath.engine.labour.bls.OewsOccupation;
import org.credpath.engine.labour.bls.Projection;
import org.credpath.engine.labour.crosswalk.WageJoin;
import org.credpath.engine.labour.esco.EscoOccupation;
import org.credpath.engine.labour.esco.EscoSkill;
import org.credpath.engine.labour.onet.TechnologySkill;

/**
 * Everything known about one occupation, for display (e.g. {@code GET /v1/occupations/{id}}).
 * Nullable fields are null when the source has nothing for the occupation.
 *
 * @param occupation      the ESCO occupation
 * @param onetCodes       O*NET-SOC 2019 codes it maps to (empty when the crosswalk does not cover it)
 * @param wageJoin        how its wages were joined, or null
 * @param wages           OEWS national wages and employment, or null
 * @param projection      BLS projections 2024-34, or null
 * @param jobZone         O*NET job zone 1-5, or null
 * @param essentialSkills ESCO essential skills
 * @param optionalSkills  ESCO optional skills
 * @param related         related occupations (O*NET, mapped to ESCO), most related first
 * @param technologies    O*NET Hot or In Demand technologies
 */
public record OccupationProfile(EscoOccupation occupation, List<String> onetCodes, WageJoin wageJoin,
                                OewsOccupation wages, Projection projection, Integer jobZone,
                                List<EscoSkill> essentialSkills, List<EscoSkill> optionalSkills,
                                List<EscoOccupation> related, List<TechnologySkill> technologies) {
    public OccupationProfile {
        Objects.requireNonNull(occupation, "occupation");
        onetCodes = List.copyOf(onetCodes);
        essentialSkills = List.copyOf(essentialSkills);
        optionalSkills = List.copyOf(optionalSkills);
        related = List.copyOf(related);
        technologies = List.copyOf(technologies);
        if (jobZone != null && (jobZone < 1 || jobZone > 5)) {
            throw new IllegalArgumentException("job zone must be 1..5, got " + jobZone);
        }
    }
}
