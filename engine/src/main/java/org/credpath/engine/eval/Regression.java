package org.credpath.engine.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.credpath.engine.cli.UserFacingException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A regression file: expected figures with tolerances for one evaluation run (as Anserini's
 * regressions), e.g. {@code {"name":"sim-v1","description":"...","data":"simulated","steps":["./credpath ..."],
 * "expected":[{"model":"dl4j","metric":"ndcg@10","value":0.31,"tolerance":0.01}]}}. The last step is
 * the {@code eval} command whose output is checked.
 */
public record Regression(String name, String description, String data, List<String> steps, List<Expected> expected) {

    /** One expected figure. */
    public record Expected(String model, String metric, double value, double tolerance) {
        public Expected {
            if (!(tolerance >= 0)) {
                throw new IllegalArgumentException("tolerance of " + model + "/" + metric + " must be >= 0, got " + tolerance);
            }
        }
    }

    public Regression {
        expected = List.copyOf(expected == null ? List.of() : expected);
        steps = List.copyOf(steps == null ? List.of() : steps);
    }

    public static Regression load(Path file) {
        try {
            return JsonMapper.builder().build().readValue(file.toFile(), Regression.class);
        } catch (JacksonException e) {
            throw new UserFacingException(file + ": not a valid regression file: " + e.getOriginalMessage());
        } catch (RuntimeException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UserFacingException("cannot read " + file + ": " + io.getMessage());
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
            ModelMetrics m = report.models().get(e.model());
            if (m == null) {
                failures.add(e.model() + ": model missing from the report");
                continue;
            }
            double got = m.get(e.metric());
            if (Math.abs(got - e.value()) > e.tolerance()) {
                failures.add(String.format("%s %s = %.4f, expected %.4f +/- %.4f", e.model(), e.metric(), got,
                        e.value(), e.tolerance()));
            }
        }
        return failures;
    }
}
