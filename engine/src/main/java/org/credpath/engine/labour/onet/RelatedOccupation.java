package org.credpath.engine.labour.onet;

/**
 * O*NET's statement that {@code relatedCode} is related to {@code code} ({@code Related Occupations.txt}).
 *
 * @param tier  e.g. {@code Primary-Short}, {@code Primary-Long}, {@code Supplemental}
 * @param index rank within the occupation's list, 1 = most related
 */
public record RelatedOccupation(String code, String relatedCode, String tier, int index) {
    public RelatedOccupation {
        OnetCodes.requireOnetSoc(code, "related occupation code");
        OnetCodes.requireOnetSoc(relatedCode, "related occupation related code");
        tier = tier == null ? "" : tier;
        if (index < 1) {
            throw new IllegalArgumentException("related occupation index must be >= 1, got " + index);
        }
    }
}
