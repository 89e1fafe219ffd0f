package org.credpath.engine.labour.onet;

/**
 * A technology used in an occupation ({@code Technology Skills.txt}).
 *
 * @param code           O*NET-SOC code
 * @param example        product, e.g. "Atlassian JIRA"
 * @param commodityCode  UNSPSC commodity code
 * @param commodityTitle e.g. "Content workflow software"
 * @param hot            O*NET "Hot Technology" flag (frequently in job postings)
 * @param inDemand       O*NET "In Demand" flag (in demand for this occupation)
 */
public record TechnologySkill(String code, String example, String commodityCode, String commodityTitle,
                              boolean hot, boolean inDemand) {
    public TechnologySkill {
        OnetCodes.requireOnetSoc(code, "technology skill code");
        if (example == null || example.isBlank()) {
            throw new IllegalArgumentException("technology skill of " + code + " has no example");
        }
        commodityCode = commodityCode == null ? "" : commodityCode;
        commodityTitle = commodityTitle == null ? "" : commodityTitle;
    }
}
