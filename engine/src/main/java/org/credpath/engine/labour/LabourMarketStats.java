package org.credpath.engine.labour;

/**
 * Counts and join coverage of the loaded labour-market data ({@code credpath data check}).
 *
 * @param escoOccupations        ESCO occupations
 * @param escoSkills             ESCO skills
 * @param occupationSkillLinks   ESCO occupation -> skill links (essential + optional)
 * @param skillGroups            ESCO skill groups in the hierarchy
 * @param onetOccupations        O*NET 29.2 occupations
 * @param onetAlternateTitles    O*NET alternate titles
 * @param technologySkills       O*NET technology skill rows
 * @param relatedOccupationPairs O*NET related-occupation pairs
 * @param oewsOccupations        OEWS national rows (all aggregation levels)
 * @param projectionsOccupations Employment Projections rows
 * @param crosswalkRows          rows of Nesta's ESCO -> O*NET crosswalk
 * @param occupationsWithOnet    ESCO occupations mapped to an O*NET 29.2 occupation
 * @param wageViaOnet            ESCO occupations reaching an OEWS wage through O*NET (detailed or broad SOC)
 * @param wageViaIsco            ESCO occupations reaching an OEWS wage only through the ISCO -> SOC fallback
 * @param occupationsWithWage    ESCO occupations joined to an OEWS annual median (both routes)
 * @param titleEvidence          known titles indexed by the title resolver
 */
public record LabourMarketStats(int escoOccupations, int escoSkills, int occupationSkillLinks, int skillGroups,
                                int onetOccupations, int onetAlternateTitles, int technologySkills,
                                int relatedOccupationPairs, int oewsOccupations, int projectionsOccupations,
                                int crosswalkRows, int occupationsWithOnet, int wageViaOnet, int wageViaIsco,
                                int occupationsWithWage, int titleEvidence) {

    /** Share of Nesta's crosswalk rows that reach a wage through O*NET. */
    public double crosswalkWageShare() {
        return crosswalkRows == 0 ? 0 : (double) wageViaOnet / crosswalkRows;
    }

    /** Share of all ESCO occupations with a wage by either route. */
    public double occupationWageShare() {
        return escoOccupations == 0 ? 0 : (double) occupationsWithWage / escoOccupations;
    }

    /** Share of all ESCO occupations mapped to O*NET. */
    public double occupationOnetShare() {
        return escoOccupations == 0 ? 0 : (double) occupationsWithOnet / escoOccupations;
    }
}
