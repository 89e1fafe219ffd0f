package org.credpath.engine.returns;

import java.util.List;
import java.util.TreeSet;

/**
 * The baseline's features: every studentInfo column (one-hot for categories, scaled
 * numbers), as a logistic regression would take them. Used only to measure the baseline.
 */
final class BaselineEncoder {

    private final List<String> regions;
    private final List<String> modules;
    private final List<String> presentations;

    BaselineEncoder(List<OuladEnrolment> rows) {
        this.regions = List.copyOf(new TreeSet<>(rows.stream().map(OuladEnrolment::region).toList()));
        this.modules = List.copyOf(new TreeSet<>(rows.stream().map(OuladEnrolment::module).toList()));
        this.presentations = List.copyOf(new TreeSet<>(rows.stream().map(OuladEnrolment::presentation).toList()));
    }

    double[] encode(OuladEnrolment e) {
        int n = 4 + regions.size() + 5 + 11 + 3 + modules.size() + presentations.size();
        double[] x = new double[n];
        int i = 0;
        x[i++] = e.female() ? 1 : 0;
        x[i++] = e.disability() ? 1 : 0;
        x[i++] = e.previousAttempts();
        x[i++] = e.studiedCredits() / 60.0;
        int r = regions.indexOf(e.region());
        x[i + Math.max(r, 0)] = 1;
        i += regions.size();
        x[i + e.education()] = 1;
        i += 5;
        x[i + e.imdDecile() + 1] = 1;
        i += 11;
        x[i + e.ageBand()] = 1;
        i += 3;
        x[i + Math.max(0, modules.indexOf(e.module()))] = 1;
        i += modules.size();
        x[i + Math.max(0, presentations.indexOf(e.presentation()))] = 1;
        return x;
    }
}
