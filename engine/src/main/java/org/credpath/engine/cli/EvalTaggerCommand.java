package org.credpath.engine.cli;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.EscoLoader;
import org.credpath.engine.skills.CataloguePreparation;
import org.credpath.engine.skills.CredentialChunks;
import org.credpath.engine.skills.SkillMatch;
import org.credpath.engine.skills.SkillTagger;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code credpath eval tagger}: writes the tagger's top skills for bundled credentials, one JSON line per
 * credential (id, provider, title, text, skills), for pooling and judging by
 * {@code datasets/tagger_judged/tools}.
 */
@Command(name = "tagger", mixinStandardHelpOptions = true,
        description = "Write the skill tagger's top-k ESCO skills of bundled credentials as JSON lines (for the "
                + "blind judged tagger sample, datasets/tagger_judged).")
public final class EvalTaggerCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "JSON lines written here")
    Path out;
    @Option(names = "--ids", paramLabel = "FILE", description = "only these credential ids (one a line); default all")
    Path ids;
    @Option(names = "-k", defaultValue = "5", description = "skills per credential (default ${DEFAULT-VALUE})")
    int k;
    @Option(names = "--min-score", paramLabel = "X",
            description = "least score of the encoder stage instead of the shipped one (for tuning on the dev half only)")
    Double minScore;
    @Option(names = "--encoder", description = "the sentence-encoder tagger (more precise, fewer skills; not the"
            + " catalogue's tagger: docs/search.md) instead of the catalogue's label + Word2Vec tagger")
    boolean encoder;

    /** One credential and the tagger's skills. */
    record Row(String id, String provider, String title, String description, String syllabus,
               List<String> skillLabels, List<SkillMatch> skills) {
    }

    @Override
    public Integer call() throws Exception {
        if (minScore != null && !encoder) {
            throw new UserFacingException("--min-score: applies to the encoder tagger only; add --encoder");
        }
        CredpathHome home = CredpathHome.locate();
        Esco esco = EscoLoader.load(home);
        List<Credential> all = BundledCredentials.loader(home).get();
        Set<String> wanted = ids == null ? null : new HashSet<>(Files.readAllLines(ids).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).toList());
        List<Credential> chosen = all.stream().filter(c -> wanted == null || wanted.contains(c.id())).toList();
        SkillTagger tagger = encoder ? CataloguePreparation.encoderTagger(home, esco, System.err::println)
                : CataloguePreparation.load(home, esco, System.err::println).tagger();
        if (minScore != null) {
            tagger = tagger.withMinScore(minScore);
        }
        SkillTagger t = tagger;
        t.semantic().ifPresent(m -> m.preload(chosen.stream().flatMap(c -> CredentialChunks.of(c).stream()).toList(),
                System.err::println));
        var mapper = JsonMapper.builder().build();
        int n = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Credential c : chosen) {
                Row r = new Row(c.id(), c.provider(), c.title(), c.description(), c.syllabus(), c.skillLabels(),
                        t.tag(c, k));
                w.write(mapper.writeValueAsString(r));
                w.newLine();
                if (++n % 100 == 0) {
                    System.err.printf("eval tagger: %,d credentials tagged%n", n);
                }
            }
        }
        System.err.printf("eval tagger: wrote %,d credentials to %s%n", n, out);
        return 0;
    }
}
