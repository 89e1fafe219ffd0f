package org.credpath.api.service;

/**
 * How the learner's current and target occupation texts were read; either is null when the learner
 * gave none.
 */
public record OccupationReadings(OccupationReading current, OccupationReading target) {

    /** No occupation given. */
    public static OccupationReadings none() {
        return new OccupationReadings(null, null);
    }
}
