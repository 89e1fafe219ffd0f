package org.credpath.engine.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;

import org.credpath.engine.catalog.Credential;

/**
 * A catalogue of any size drawn from real credentials. Credential {@code i} copies the real
 * credential {@code base[h(i)]} (h a seeded hash) with: a fresh id {@code bench:<i>}; its title
 * and description with each word dropped with probability 0.1 and two words from other real
 * titles appended; hours and cost scaled by a factor in [0.8, 1.2]; its vector (when the base has
 * one) plus Gaussian noise of standard deviation 0.05 per dimension, renormalised. Deterministic
 * for a seed: credential {@code i} is the same however the catalogue is generated.
 */
public final class CatalogResampler {

    /** A generated credential and its vector. */
    public record Sample(Credential credential, Optional<float[]> vector) {
    }

    private final List<Credential> base;
    private final List<Optional<float[]>> baseVectors;
    private final List<String> words;
    private final long seed;

    public CatalogResampler(List<Credential> base, List<Optional<float[]>> baseVectors, long seed) {
        if (base.isEmpty() || base.size() != baseVectors.size()) {
            throw new IllegalArgumentException("resampler needs >= 1 base credential and one vector slot each, got "
                    + base.size() + " and " + baseVectors.size());
        }
        this.base = List.copyOf(base);
        this.baseVectors = List.copyOf(baseVectors);
        this.seed = seed;
        List<String> w = new ArrayList<>();
        for (Credential c : base) {
            for (String t : c.title().split("\\s+")) {
                if (t.length() > 3) {
                    w.add(t);
                }
            }
        }
        this.words = List.copyOf(w);
    }

    public int baseSize() {
        return base.size();
    }

    /** Credential number {@code i} of the resampled catalogue. */
    public Sample sample(long i) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        int b = r.nextInt(base.size());
        Credential c = base.get(b);
        String title = perturb(c.title(), r);
        String description = c.description() == null ? null : perturb(c.description(), r);
        double f = 0.8 + 0.4 * r.nextDouble();
        Credential out = new Credential("bench:" + i, title.isBlank() ? c.title() : title, c.provider(),
                description, c.syllabus(), null, c.credentialType(), c.level(),
                c.hours() == null ? null : Math.round(c.hours() * f * 10) / 10.0,
                c.costUsd() == null ? null : Math.round(c.costUsd() * f * 100) / 100.0,
                c.delivery(), c.language(), c.assessed(), c.skills(), c.skillLabels(), null, null, null, null, null);
        return new Sample(out, baseVectors.get(b).map(v -> noisy(v, r)));
    }

    private String perturb(String text, SplittableRandom r) {
        List<String> toks = whitespaceSplit(text);
        StringBuilder sb = new StringBuilder(text.length() + 32);
        for (String t : toks) {
            if (r.nextDouble() >= 0.1) {
                sb.append(t).append(' ');
            }
        }
        sb.append(words.get(r.nextInt(words.size()))).append(' ').append(words.get(r.nextInt(words.size())));
        return sb.toString();
    }

    /**
     * The same words as {@code text.split("\\s+")} without a regular expression (the resampler runs
     * inside the timed indexing loop; the regex split was about half of its profile samples).
     */
    static List<String> whitespaceSplit(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        boolean matched = false;
        for (int i = 0; i < text.length();) {
            if (isSpace(text.charAt(i))) {
                int j = i + 1;
                while (j < text.length() && isSpace(text.charAt(j))) {
                    j++;
                }
                out.add(text.substring(start, i)); // "" for leading white space, as String.split gives
                matched = true;
                start = j;
                i = j;
            } else {
                i++;
            }
        }
        if (!matched) {
            return List.of(text);
        }
        out.add(text.substring(start));
        while (!out.isEmpty() && out.getLast().isEmpty()) {
            out.removeLast();
        }
        return out;
    }

    /** The regex class {@code \\s}: space, tab, new line, vertical tab, form feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static float[] noisy(float[] v, SplittableRandom r) {
        Random g = new Random(r.nextLong());
        float[] out = new float[v.length];
        double n = 0;
        for (int d = 0; d < v.length; d++) {
            out[d] = (float) (v[d] + 0.05 * g.nextGaussian());
            n += out[d] * out[d];
        }
        float inv = (float) (1 / Math.sqrt(n));
        for (int d = 0; d < v.length; d++) {
            out[d] *= inv;
        }
        return out;
    }
}
