package org.credpath.api.engine;

import org.credpath.api.service.OccupationReading;
import org.credpath.api.service.OccupationReadings;
import org.credpath.engine.plan.PlanReport;

/** The engine's occupation readings in the API's shape. */
final class OccupationReadingsOf {
    private OccupationReadingsOf() {
    }

    static OccupationReadings of(PlanReport.OccupationRef current, PlanReport.OccupationRef target) {
        return new OccupationReadings(reading(current), reading(target));
    }

    static OccupationReading reading(PlanReport.OccupationRef r) {
        return r == null ? null : new OccupationReading(r.query(), r.uri(), r.title(), r.method(), r.confidence(),
                r.readAs(), r.runnersUp().stream().map(a -> new OccupationReading.RunnerUp(a.uri(), a.title())).toList(),
                r.warning());
    }
}
