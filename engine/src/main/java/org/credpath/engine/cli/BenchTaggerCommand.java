package org.credpath.engine.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.EscoLoader;
import org.credpath.engine.skills.CataloguePreparation;
import org.credpath.engine.skills.EmbeddingModel;
import org.credpath.engine.skills.JudgedSample;
import org.credpath.engine.skills.SkillTagger;
import org.credpath.engine.skills.TaggerEvaluation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code credpath bench tagger}: the skill tagger on Coursera's own tags (silver standard). */
@Command(name = "tagger", mixinStandardHelpOptions = true,
        description = "Skill tagger quality: Coursera's skill tags mapped to ESCO by exact label are the expected "
                + "skills for the tagger run on the title alone (Coursera lists no description); precision@5, recall@10; "
                + "the main tagger (lexical, + Word2Vec) and the shipped encoder tagger.")
public final class BenchTaggerCommand implements Callable<Integer> {

    @Option(names = "--write-judging-sample", paramLabel = "FILE",
            description = "also write an unjudged sample of edX courses and their top skills, for judging by hand")
    Path sampleOut;
    @Option(names = "--sample-size", defaultValue = "30", description = "courses in the judging sample (default ${DEFAULT-VALUE})")
    int sampleSize;
    @Option(names = "--seed", defaultValue = "42", description = "sampling seed (default ${DEFAULT-VALUE})")
    long seed;
    @Option(names = "--json", description = "one JSON document on stdout")
    boolean json;

    record Output(TaggerEvaluation.Result lexicalOnly, TaggerEvaluation.Result lexicalAndEmbeddings,
                  TaggerEvaluation.Result encoder) {
    }

    @Override
    public Integer call() throws Exception {
        CredpathHome home = CredpathHome.locate();
        Esco esco = EscoLoader.load(home);
        List<Credential> all = BundledCredentials.loader(home).get();
        List<Credential> coursera = all.stream().filter(c -> c.id().startsWith("coursera:")).toList();
        SkillTagger lexical = new SkillTagger(esco, Optional.empty());
        SkillTagger full = new SkillTagger(esco, Optional.of(EmbeddingModel.load(home)));
        SkillTagger encoder = CataloguePreparation.load(home, esco, System.err::println).tagger();
        Output out = new Output(TaggerEvaluation.silver(coursera, lexical), TaggerEvaluation.silver(coursera, full),
                TaggerEvaluation.silver(coursera, encoder));
        var mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        if (json) {
            System.out.println(mapper.writeValueAsString(out));
        } else {
            print("lexical only", out.lexicalOnly());
            print("lexical + embeddings", out.lexicalAndEmbeddings());
            print("encoder (shipped)", out.encoder());
        }
        if (sampleOut != null) {
            List<Credential> edx = all.stream().filter(c -> c.id().startsWith("edx:")).toList();
            JudgedSample s = JudgedSample.draw(edx, full, sampleSize, 5, seed,
                    "edX 2021 courses drawn with seed " + seed + "; top 5 skills of the tagger (lexical + embeddings) "
                            + "from title, description and syllabus; 'relevant' judged by hand");
            mapper.writeValue(sampleOut.toFile(), s);
            System.err.println("wrote the judging sample to " + sampleOut);
        }
        return 0;
    }

    private static void print(String name, TaggerEvaluation.Result r) {
        System.out.printf("%-22s precision@5 %.3f  recall@10 %.3f  (%d Coursera credentials, %.1f expected skills each, "
                + "%.0f%% with a prediction)%n", name, r.precisionAt5(), r.recallAt10(), r.credentials(), r.meanExpected(),
                100 * r.withAnyPrediction());
    }
}
