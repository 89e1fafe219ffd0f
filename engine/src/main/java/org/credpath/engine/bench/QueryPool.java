package org.credpath.engine.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Function;

import org.credpath.engine.catalog.Credential;

/**
 * Short user-like queries drawn from real catalogue text: half are 1-4 consecutive words of a real
 * title (e.g. "data analysis with", "python"), half are skill labels of real credentials (their
 * source tags and the preferred labels of their ESCO skills, e.g. "machine learning"). Seeded.
 */
final class QueryPool {

    private QueryPool() {
    }

    static List<String> shortQueries(List<Credential> base, Function<List<String>, List<String>> escoLabels,
                                     long seed) {
        Random r = new Random(seed);
        List<String> windows = new ArrayList<>();
        TreeSet<String> labels = new TreeSet<>();
        for (Credential c : base) {
            String w = titleWindow(c.title(), r);
            if (!w.isEmpty()) {
                windows.add(w);
            }
            c.skillLabels().forEach(l -> labels.add(l.strip()));
            labels.addAll(escoLabels.apply(c.skills()));
        }
        labels.remove("");
        List<String> labelList = new ArrayList<>(labels);
        java.util.Collections.shuffle(labelList, r);
        int n = Math.min(windows.size(), labelList.size());
        List<String> out = new ArrayList<>(2 * n);
        for (int i = 0; i < n; i++) {
            out.add(windows.get(i));
            out.add(labelList.get(i));
        }
        if (out.isEmpty()) {
            out.addAll(windows.isEmpty() ? labelList : windows);
        }
        return out;
    }

    /** 1-4 consecutive words of {@code title} (words without a letter or digit skipped). */
    static String titleWindow(String title, Random r) {
        List<String> words = new ArrayList<>();
        for (String w : title.split("\\s+")) {
            if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            return "";
        }
        int n = Math.min(words.size(), 1 + r.nextInt(4));
        int start = r.nextInt(words.size() - n + 1);
        return String.join(" ", words.subList(start, start + n));
    }
}
