package org.credpath.api.routes;

import java.util.Optional;
import java.util.function.Function;

import org.credpath.api.http.ProblemException;

import io.javalin.http.Context;

/** Typed query parameters; a bad value is a 400 naming the parameter. */
final class QueryParams {
    private QueryParams() {
    }

    static int k(Context ctx) {
        return intParam(ctx, "k", 10, 1, 1000);
    }

    static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        int n;
        try {
            n = Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(name, "must be an integer, got '" + v + "'");
        }
        return checkRange(name, n, min, max);
    }

    static int checkRange(String name, int n, int min, int max) {
        if (n < min || n > max) {
            throw ProblemException.invalidField(name, "must be " + min + ".." + max + ", got " + n);
        }
        return n;
    }

    static Double nonNegative(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        double d;
        try {
            d = Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(name, "must be a number, got '" + v + "'");
        }
        if (!(d >= 0) || Double.isInfinite(d)) {
            throw ProblemException.invalidField(name, "must be a finite number >= 0, got " + v);
        }
        return d;
    }

    static <E> E vocabulary(Context ctx, String name, Function<String, Optional<E>> parse, String allowed) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        return parse.apply(v).orElseThrow(() ->
                ProblemException.invalidField(name, "'" + v + "' is not one of " + allowed));
    }

    static String text(Context ctx, String name, int maxLength) {
        String v = ctx.queryParam(name);
        if (v != null && v.length() > maxLength) {
            throw ProblemException.invalidField(name, "at most " + maxLength + " characters, got " + v.length());
        }
        return v == null || v.isBlank() ? null : v.strip();
    }
}
