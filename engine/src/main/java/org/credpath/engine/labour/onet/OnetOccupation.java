package org.credpath.engine.labour.onet;

/** An O*NET-SOC 2019 occupation ({@code Occupation Data.txt}). */
public record OnetOccupation(String code, String title, String description) {
    public OnetOccupation {
        OnetCodes.requireOnetSoc(code, "O*NET occupation code");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("O*NET occupation " + code + " has no title");
        }
        description = description == null ? "" : description;
    }
}
