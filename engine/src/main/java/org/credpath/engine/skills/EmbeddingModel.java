package org.credpath.engine.skills;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.data.ModelProvenance;
import org.credpath.engine.labour.esco.Esco;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The committed skill-embedding model: {@code models/skill-embeddings/} and how to (re)build it. */
public final class EmbeddingModel {

    public static final String ID = "skill-embeddings";
    public static final String VECTORS = "vectors.bin.gz";
    static final int EVAL_SAMPLE = 2000;
    static final int EVAL_K = 10;

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** What training measured, written as {@code metrics.json}. */
    public record Metrics(int sentences, int postings, long skill2vecMentions, long skill2vecMappedToEsco,
                          int vocabulary, int escoSkillsInVocabulary, long trainMillis,
                          IntrinsicEvaluation.Result skillGroupNeighbours) {
    }

    private EmbeddingModel() {
    }

    public static Path directory(CredpathHome home) {
        return home.models().resolve(ID);
    }

    /** The committed vectors. */
    public static SkillEmbeddings load(CredpathHome home) {
        return SkillEmbeddings.load(directory(home).resolve(VECTORS));
    }

    /** Trains, evaluates and writes vectors, provenance and metrics into {@code outDir}. */
    public static Metrics trainAndSave(CredpathHome home, Esco esco, EmbeddingOptions options, Path outDir,
                                       PrintStream progress) {
        progress.println("building the corpus (skill2vec postings, ESCO occupations, O*NET technology skills)...");
        SkillCorpus corpus = SkillCorpus.build(home, esco, options);
        progress.printf("corpus: %d sentences (%d postings); %d of %d skill2vec mentions mapped to ESCO%n",
                corpus.sentences().size(), corpus.postings(), corpus.mapped(), corpus.mentions());
        long t0 = System.nanoTime();
        SkillEmbeddings emb = EmbeddingTrainer.train(corpus, options);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        progress.printf("trained Word2Vec in %.1f s: vocabulary %d%n", millis / 1000.0, emb.size());
        IntrinsicEvaluation.Result eval = IntrinsicEvaluation.evaluate(emb, corpus, esco.hierarchy(), EVAL_SAMPLE,
                EVAL_K, options.seed());
        progress.printf("skill-group share of %d nearest neighbours over %d skills: embedding %.3f, co-occurrence %.3f, random %.3f%n",
                eval.k(), eval.skills(), eval.embedding(), eval.cooccurrence(), eval.random());
        int escoInVocab = (int) emb.tokens().stream().filter(t -> t.startsWith("esco:")).count();
        Metrics m = new Metrics(corpus.sentences().size(), corpus.postings(), corpus.mentions(), corpus.mapped(),
                emb.size(), escoInVocab, millis, eval);
        try {
            Files.createDirectories(outDir);
            emb.save(outDir.resolve(VECTORS));
            List<ModelProvenance.DataFile> data = corpus.sources().stream()
                    .map(p -> ModelProvenance.file(home.root(), p.toAbsolutePath())).toList();
            Map<String, Double> headline = new LinkedHashMap<>();
            headline.put("skillGroupShareEmbedding", eval.embedding());
            headline.put("skillGroupShareCooccurrence", eval.cooccurrence());
            headline.put("skillGroupShareRandom", eval.random());
            ModelProvenance.create(ID, "DL4J Word2Vec", "./credpath train embeddings", data, options.seed(),
                    options, List.of("deeplearning4j"), home.root(), headline, null).write(outDir);
            JSON.writeValue(outDir.resolve("metrics.json").toFile(), m);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the model to " + outDir + ": " + e.getMessage(), e);
        }
        progress.println("wrote " + outDir.resolve(VECTORS) + " (" + sizeKb(outDir.resolve(VECTORS)) + " kB)");
        return m;
    }

    private static long sizeKb(Path p) {
        try {
            return Files.size(p) / 1024;
        } catch (IOException e) {
            return -1;
        }
    }
}
