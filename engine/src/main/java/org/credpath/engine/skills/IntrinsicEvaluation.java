package org.credpath.engine.skills;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.credpath.engine.labour.esco.EscoSkillGroup;
import org.credpath.engine.labour.esco.SkillHierarchy;

/**
 * How often a skill's nearest neighbours share its nearest ESCO skill group, for the embeddings,
 * for random skills and for the skills it co-occurs with most often in the training corpus.
 * Only ESCO skills in the vocabulary that have a skill group take part (as queries and neighbours).
 */
public final class IntrinsicEvaluation {

    /**
     * Shares of the {@code k} neighbours that are in the query skill's group, averaged over skills.
     *
     * @param skills       ESCO skills evaluated (a seeded sample)
     * @param pool         ESCO skills that may be neighbours
     * @param embedding    Word2Vec nearest neighbours (cosine)
     * @param random       random skills from the pool (expected share by chance)
     * @param cooccurrence the skills most often in the same sentence (missing neighbours count as misses)
     */
    public record Result(int skills, int pool, int k, double embedding, double random, double cooccurrence) {
    }

    private IntrinsicEvaluation() {
    }

    public static Result evaluate(SkillEmbeddings emb, SkillCorpus corpus, SkillHierarchy hierarchy,
                                  int sampleSize, int k, long seed) {
        Map<String, Set<String>> groups = groupsByToken(emb, hierarchy);
        List<String> pool = new ArrayList<>(groups.keySet());
        Collections.sort(pool);
        Random rnd = new Random(seed);
        List<String> sample = new ArrayList<>(pool);
        Collections.shuffle(sample, rnd);
        sample = sample.subList(0, Math.min(sampleSize, sample.size()));
        Map<String, Map<String, Integer>> co = cooccurrences(corpus, new HashSet<>(sample), groups.keySet());
        double e = 0;
        double r = 0;
        double c = 0;
        for (String s : sample) {
            Set<String> g = groups.get(s);
            List<String> nn = emb.nearest(emb.vector(s).orElseThrow(), k + 1,
                    t -> groups.containsKey(t) && !t.equals(s)).stream().map(SkillEmbeddings.Neighbour::token)
                    .limit(k).toList();
            e += share(nn, g, groups, k);
            List<String> rand = new ArrayList<>();
            while (rand.size() < k) {
                String t = pool.get(rnd.nextInt(pool.size()));
                if (!t.equals(s)) {
                    rand.add(t);
                }
            }
            r += share(rand, g, groups, k);
            List<String> top = co.getOrDefault(s, Map.of()).entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(k).map(Map.Entry::getKey).toList();
            c += share(top, g, groups, k);
        }
        int n = sample.size();
        return new Result(n, pool.size(), k, e / n, r / n, c / n);
    }

    /** ESCO tokens of the vocabulary and the URIs of their nearest skill groups (tokens without a group left out). */
    private static Map<String, Set<String>> groupsByToken(SkillEmbeddings emb, SkillHierarchy hierarchy) {
        Map<String, Set<String>> groups = new HashMap<>();
        for (String t : emb.tokens()) {
            SkillEmbeddings.escoUri(t).ifPresent(uri -> {
                Set<String> g = new HashSet<>();
                for (EscoSkillGroup sg : hierarchy.groupsOf(uri)) {
                    g.add(sg.uri());
                }
                if (!g.isEmpty()) {
                    groups.put(t, g);
                }
            });
        }
        return groups;
    }

    private static double share(List<String> neighbours, Set<String> group, Map<String, Set<String>> groups, int k) {
        int hits = 0;
        for (String t : neighbours) {
            if (!Collections.disjoint(groups.get(t), group)) {
                hits++;
            }
        }
        return hits / (double) k;
    }

    private static Map<String, Map<String, Integer>> cooccurrences(SkillCorpus corpus, Set<String> queries,
                                                                   Set<String> pool) {
        Map<String, Map<String, Integer>> out = new HashMap<>();
        for (List<String> sentence : corpus.sentences()) {
            for (String q : sentence) {
                if (!queries.contains(q)) {
                    continue;
                }
                Map<String, Integer> m = out.computeIfAbsent(q, x -> new HashMap<>());
                for (String o : sentence) {
                    if (!o.equals(q) && pool.contains(o)) {
                        m.merge(o, 1, Integer::sum);
                    }
                }
            }
        }
        return out;
    }
}
