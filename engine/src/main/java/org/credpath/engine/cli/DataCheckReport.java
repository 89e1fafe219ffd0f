package org.credpath.engine.cli;

import org.credpath.engine.catalog.bundled.CatalogStats;
import org.credpath.engine.labour.LabourMarketStats;

/**
 * What {@code credpath data check} reports: counts of every shipped source and the coverage of the
 * joins between them. Field names are the stable JSON keys.
 *
 * @param escoOccupations      ESCO occupations
 * @param escoSkills           ESCO skills
 * @param occupationSkillLinks ESCO occupation -> skill links
 * @param occupationsWithWage  ESCO occupations joined to an OEWS annual median wage
 * @param credentials          credentials in the bundled catalogue (after de-duplication)
 * @param credentialsWithHours credentials with an hours figure
 * @param credentialsWithCost  credentials with a cost
 * @param edxCostShare         share of edX rows with a parsed cost
 * @param edxHoursShare        share of edX rows with parsed hours
 * @param labour               every labour-market count and join
 * @param catalog              every catalogue count
 * @param checksums            shipped files checked against {@code datasets/SHA256SUMS}
 */
public record DataCheckReport(int escoOccupations, int escoSkills, int occupationSkillLinks,
        int occupationsWithWage, int credentials, int credentialsWithHours, int credentialsWithCost,
        double edxCostShare, double edxHoursShare, LabourMarketStats labour, CatalogStats catalog,
        ChecksumReport checksums) {

    static DataCheckReport of(LabourMarketStats l, CatalogStats c, ChecksumReport sums) {
        return new DataCheckReport(l.escoOccupations(), l.escoSkills(), l.occupationSkillLinks(),
                l.occupationsWithWage(), c.credentials(), c.credentialsWithHours(), c.credentialsWithCost(),
                c.edxCostShare(), c.edxHoursShare(), l, c, sums);
    }

    /** Human-readable lines for the terminal. */
    String text() {
        return String.format("""
                ESCO occupations          %,8d
                ESCO skills               %,8d
                occupation-skill links    %,8d
                occupations with a wage   %,8d  (%.1f %% of ESCO occupations; %,d via O*NET, %,d via ISCO)
                O*NET occupations         %,8d  (alternate titles %,d, technology skills %,d)
                related-occupation pairs  %,8d
                credentials               %,8d  (hours %,d = %.1f %%, cost %,d = %.1f %%)
                edX rows with cost/hours  %.1f %% / %.1f %%
                checksums                 %d ok, %d mismatched, %d missing
                """,
                escoOccupations, escoSkills, occupationSkillLinks, occupationsWithWage,
                100 * labour.occupationWageShare(), labour.wageViaOnet(), labour.wageViaIsco(),
                labour.onetOccupations(), labour.onetAlternateTitles(), labour.technologySkills(),
                labour.relatedOccupationPairs(), credentials, credentialsWithHours,
                pct(credentialsWithHours, credentials), credentialsWithCost, pct(credentialsWithCost, credentials),
                100 * edxCostShare, 100 * edxHoursShare,
                checksums.ok(), checksums.mismatched().size(), checksums.missing().size());
    }

    private static double pct(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
