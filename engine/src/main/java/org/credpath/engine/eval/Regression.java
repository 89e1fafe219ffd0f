package org.credpath.engine.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;


import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A regression file: expected figures with tolerances for one evaluation run (as Anserini's
 * regressions), e.g. {@code {"name":"sim-v1","description":"...","data":"simulated","steps":["./credpath ..."],
 * "expected":[{"model":"dl4j","metric":"ndcg@10","value":0.31,"tolerance":0.01}]}}. The last step is
 * the {@code eval} command whose output is checked.
 */
public record Regression(String name, String description, String data, List<String> steps, List<Expected> expected) {

    /**
     * One expected figure.
     *
     * @param protocol {@value #SERVED} for the served protocol's figures; absent = the whole-catalogue protocol
     */
    public record Expected(String model, String metric, double value, double tolerance, String protocol) {
        public Expected(String model, String metric, double value, double tolerance) {
            this(model, metric, value, tolerance, null);
        }

        public Expected {
            if (protocol != null && !SERVED.equals(protocol)) {
                throw new IllegalArgumentException("protocol of " + model + "/" + metric + ": '" + protocol
                        + "' is not known; give '" + SERVED + "' or leave it out (whole catalogue)");
            }
            if (!(tolerance >= 0)) {
                throw new IllegalArgumentException("tolerance of " + model + "/" + metric + " must be >= 0, got " + tolerance);
            }
        }
    }

    /** The {@code protocol} of figures from the served pipeline ({@link ServedProtocol}). */
    public static final String SERVED = "served";

    public Regression {
        expected = List.copyOf(expected == null ? List.of() : expected);
        steps = List.copyOf(steps == null ? List.of() : steps);
    }

    public static Regression load(Path file) {
        try {
            return JsonMapper.builder().build().readValue(file.toFile(), Regression.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + ": not a valid regression file: " + e.getOriginalMessage(), e);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof IOException io) {
                throw new java.io.UncheckedIOException("cannot read " + file + ": " + io.getMessage(), io);
            }
            throw e;
        }
    }

    /**
     * One message per figure outside its tolerance (or missing), reading figures through
     * {@code figure(model, metric)} (null = missing); empty when everything holds.
     */
    public List<String> check(java.util.function.BiFunction<String, String, Double> figure) {
        List<String> failures = new ArrayList<>();
        for (Expected e : expected) {
            Double got = figure.apply(e.model(), e.metric());
            if (got == null) {
                failures.add(e.model() + " " + e.metric() + ": missing from the report");
            } else if (Math.abs(got - e.value()) > e.tolerance()) {
                failures.add(String.format("%s %s = %.4f, expected %.4f +/- %.4f", e.model(), e.metric(), got,
                        e.value(), e.tolerance()));
            }
        }
        return failures;
    }

    /** One message per figure outside its tolerance (or missing); empty when everything holds. */
    public List<String> check(EvalReport report) {
        List<String> failures = new ArrayList<>();
        for (Expected e : expected) {
            ModelMetrics m = metrics(report, e);
            if (m == null) {
                failures.add(e.model() + (e.protocol() == null ? "" : " (" + e.protocol() + ")")
                        + ": model missing from the report");
                continue;
            }
            double got = m.get(e.metric());
            if (Math.abs(got - e.value()) > e.tolerance()) {
                failures.add(String.format("%s%s %s = %.4f, expected %.4f +/- %.4f", e.model(),
                        e.protocol() == null ? "" : " (" + e.protocol() + ")", e.metric(), got, e.value(), e.tolerance()));
            }
        }
        return failures;
    }

    private static ModelMetrics metrics(EvalReport report, Expected e) {
        if (e.protocol() == null) {
            return report.models().get(e.model());
        }
        ServedReport.Row row = report.served() == null ? null : report.served().models().get(e.model());
        return row == null ? null : row.metrics();
    }
}
