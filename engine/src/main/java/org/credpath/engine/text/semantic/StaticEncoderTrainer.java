package org.credpath.engine.text.semantic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.bundled.BundledCatalog;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.data.DataFiles;
import org.credpath.engine.data.ModelProvenance;
import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.EscoLoader;
import org.credpath.engine.labour.esco.EscoOccupation;
import org.credpath.engine.labour.esco.EscoSkill;
import org.credpath.engine.text.BgeSmallEncoder;
import org.credpath.engine.text.BgeTokenTeacher;
import org.credpath.engine.text.StaticDistiller;
import org.credpath.engine.text.StaticEncoder;
import org.credpath.engine.text.StaticTable;

/**
 * {@code ./credpath train static-encoder}: distils the static encoder ({@link StaticEncoder}) from this build's
 * bge-small-en-v1.5, with token weights from the texts Credpath encodes (ESCO occupations and skill labels, the
 * bundled catalogue's credential texts), into {@code models/}{@value StaticEncoder#FOLDER} with its provenance.
 */
public final class StaticEncoderTrainer {


    private StaticEncoderTrainer() {
    }

    /** Distils and writes the table and {@code provenance.json} into {@code out}. */
    public static void train(CredpathHome home, StaticDistiller.Options options, int threads, Path out,
            Consumer<String> progress) {
        long t0 = System.nanoTime();
        progress.accept("static encoder: reading ESCO and the bundled catalogue for token frequencies...");
        Esco esco = EscoLoader.load(home);
        List<Credential> catalogue = BundledCatalog.load(home).credentials();
        List<String> corpus = corpus(esco, catalogue);
        StaticEncoder.Source source = BgeSmallEncoder.source();
        long[] counts;
        try (var tokenizer = StaticEncoder.tokenizer(BgeSmallEncoder.tokenizerJson())) {
            counts = StaticDistiller.counts(source.vocab(), corpus, t -> tokenizer.encode(t, false, false).getIds());
        }
        long tokens = java.util.Arrays.stream(counts).sum();
        progress.accept(String.format(Locale.ROOT, "static encoder: %,d corpus texts, %,d tokens; distilling %,d"
                + " vocabulary tokens through %s...", corpus.size(), tokens, source.vocab(), source.id()));
        StaticDistiller.Distilled distilled;
        try (BgeTokenTeacher teacher = new BgeTokenTeacher(threads)) {
            distilled = StaticDistiller.distil(teacher, counts, options, progress);
        }
        StaticTable table = distilled.table();
        table.write(out.resolve(StaticTable.FILE));
        Map<String, Double> metrics = Map.of("pcaVarianceKept", distilled.varianceKept(),
                "quantisedRowCosine", table.quantisedCosine());
        provenance(home, options, source, table, corpus.size(), tokens, metrics).write(out);
        progress.accept(String.format(Locale.ROOT, "static encoder: %,d x %d table written to %s in %.0f s",
                table.vocab(), table.dims(), out, (System.nanoTime() - t0) / 1e9));
    }

    /** Every text whose tokens are counted: ESCO occupations (label and description), skill labels, credential texts. */
    static List<String> corpus(Esco esco, List<Credential> catalogue) {
        List<String> out = new ArrayList<>();
        esco.occupations().stream().map(EscoOccupation::labelAndDescription).forEach(out::add);
        esco.skills().stream().map(EscoSkill::preferredLabel).forEach(out::add);
        catalogue.stream().map(EncoderTexts::credential).forEach(out::add);
        return out;
    }

    private static ModelProvenance provenance(CredpathHome home, StaticDistiller.Options options,
            StaticEncoder.Source source, StaticTable table, int texts, long tokens, Map<String, Double> metrics) {
        List<ModelProvenance.DataFile> data = new ArrayList<>();
        data.add(new ModelProvenance.DataFile("classpath:" + source.id() + " (ONNX weights)", source.sha256()));
        for (Path p : List.of(home.dataset(EscoLoader.FOLDER, "occupations_en.csv.gz"),
                home.dataset(EscoLoader.FOLDER, "skills_en.csv.gz"),
                home.dataset(BundledCatalog.FOLDER, "coursera_2023_catalog.csv"),
                home.dataset(BundledCatalog.FOLDER, "edx_2021_catalog.csv.gz"))) {
            data.add(new ModelProvenance.DataFile(home.root().relativize(p).toString().replace('\\', '/'),
                    DataFiles.sha256(p)));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("sourceModel", source.id());
        details.put("sourceSha256", source.sha256());
        details.put("vocab", table.vocab());
        details.put("dimensions", table.dims());
        details.put("pooling", "CLS output of [CLS] token [SEP], per vocabulary token");
        details.put("weighting", "SIF a / (a + p(token)), p = add-one smoothed frequency in the corpus texts");
        details.put("quantisation", "8 bits per value, one float scale per token row, gzip");
        details.put("corpusTexts", texts);
        details.put("corpusTokens", tokens);
        String command = StaticEncoder.COMMAND + " --dims " + options.dims() + " --sif " + options.sif();
        return ModelProvenance.create(StaticEncoder.FOLDER, "Model2Vec-style distillation (ONNX Runtime, Smile PCA)",
                command, data, 0, options, List.of("smile"), home.root(), metrics, details);
    }
}
