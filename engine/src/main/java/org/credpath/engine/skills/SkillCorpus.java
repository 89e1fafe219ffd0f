package org.credpath.engine.skills;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.data.DataFiles;
import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.OccupationSkillLink;

/**
 * The training sentences for skill embeddings: one sentence per skill list, each skill a token
 * ({@code esco:<uuid>} when its string is an ESCO label, else the normalised string).
 *
 * @param sentences  token lists
 * @param postings   sentences from skill2vec job postings
 * @param mapped     skill2vec skill mentions that mapped to ESCO
 * @param mentions   all skill2vec skill mentions
 * @param sources    data files read (for provenance checksums)
 */
public record SkillCorpus(List<List<String>> sentences, int postings, long mapped, long mentions, List<Path> sources) {

    static final String SKILL2VEC = "skill2vec_50k";
    static final String SKILL2VEC_FILE = "skill2vec_50K_compact.tsv";
    static final String ONET = "onet_29_2";
    static final String ONET_TECH = "Technology Skills.txt";

    public SkillCorpus {
        sentences = List.copyOf(sentences);
        sources = List.copyOf(sources);
    }

    /** Builds the corpus from the shipped data. */
    public static SkillCorpus build(CredpathHome home, Esco esco, EmbeddingOptions options) {
        List<List<String>> out = new ArrayList<>();
        List<Path> sources = new ArrayList<>();
        long[] counts = new long[2];
        Map<String, String> cache = new java.util.HashMap<>();
        try {
            Path s2v = DataFiles.resolve(home.dataset(SKILL2VEC, SKILL2VEC_FILE));
            sources.add(s2v);
            readPostings(s2v, esco, cache, out, counts);
            int postings = out.size();
            sources.add(DataFiles.resolve(home.dataset("esco_v1.1.1", "skills_en.csv"))); // labels for the mapping
            Random rnd = new Random(options.seed());
            if (options.escoOccupations()) {
                sources.add(DataFiles.resolve(home.dataset("esco_v1.1.1", "occupationSkillRelations.csv")));
                for (var occ : esco.occupations()) {
                    List<String> toks = new ArrayList<>(esco.skillLinks(occ.uri()).stream()
                            .map(OccupationSkillLink::skillUri).map(SkillEmbeddings::escoToken).toList());
                    Collections.shuffle(toks, rnd);
                    if (toks.size() > 1) {
                        out.add(toks);
                    }
                }
            }
            if (options.onetTechnology()) {
                Path tech = DataFiles.resolve(home.dataset(ONET, ONET_TECH));
                sources.add(tech);
                out.addAll(onetSentences(tech, esco, cache, rnd));
            }
            return new SkillCorpus(out, postings, counts[1], counts[0], sources);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read training data: " + e.getMessage(), e);
        }
    }

    /** One sentence per posting with two or more skills; counts[0] mentions, counts[1] mapped to ESCO. */
    private static void readPostings(Path s2v, Esco esco, Map<String, String> cache, List<List<String>> out,
                                     long[] counts) throws IOException {
        try (var r = DataFiles.reader(s2v)) {
            r.readLine();
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                List<String> sentence = new ArrayList<>();
                for (String skill : line.substring(tab + 1).split("\\|")) {
                    String tok = cache.computeIfAbsent(skill, s -> token(esco, s));
                    if (!tok.isEmpty()) {
                        sentence.add(tok);
                        counts[0]++;
                        counts[1] += tok.startsWith("esco:") ? 1 : 0;
                    }
                }
                if (sentence.size() > 1) {
                    out.add(sentence);
                }
            }
        }
    }

    private static List<List<String>> onetSentences(Path tech, Esco esco, Map<String, String> cache, Random rnd)
            throws IOException {
        Map<String, Set<String>> byOcc = new LinkedHashMap<>();
        try (CSVParser p = DataFiles.parse(tech, DataFiles.TSV)) {
            for (CSVRecord r : p) {
                String tok = cache.computeIfAbsent(r.get("Example"), s -> token(esco, s));
                if (!tok.isEmpty()) {
                    byOcc.computeIfAbsent(r.get("O*NET-SOC Code"), k -> new LinkedHashSet<>()).add(tok);
                }
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (Set<String> toks : byOcc.values()) {
            List<String> list = new ArrayList<>(toks);
            Collections.shuffle(list, rnd);
            if (list.size() > 1) {
                out.add(list);
            }
        }
        return out;
    }

    /** The token of a skill string: its ESCO skill when the string is an ESCO label, else the text. */
    static String token(Esco esco, String skill) {
        return esco.skillsByLabel(skill).stream().filter(s -> LabelDictionary.plausibleLabel(s, skill)).findFirst()
                .map(s -> SkillEmbeddings.escoToken(s.uri())).orElseGet(() -> SkillEmbeddings.textToken(skill));
    }
}
