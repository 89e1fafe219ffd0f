package org.credpath.engine.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.credpath.engine.data.ModelProvenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The static encoder on a tiny fake vocabulary and teacher: distillation, the saved table and its loader's checks. */
class StaticEncoderTest {

    private static final List<String> VOCAB = List.of("[PAD]", "[UNK]", "data", "analysis", "python", "##s", "the");
    /** The fake teacher's vector of each token (3 dimensions). */
    private static final float[][] TEACHER = {
            {0, 0, 0}, {0.1f, 0.1f, 0.1f}, {1, 0, 0}, {0, 2, 0}, {0, 0, 3}, {1, 1, 0}, {5, 5, 5}};
    /** Corpus counts: "the" is frequent, so its weight is small. */
    private static final long[] COUNTS = {0, 0, 3, 1, 0, 2, 1000};
    private static final double SIF = 0.01;
    private static final String SHA = "a".repeat(64);

    private static final StaticDistiller.Teacher FAKE = new StaticDistiller.Teacher() {
        @Override
        public int vocab() {
            return VOCAB.size();
        }

        @Override
        public int dims() {
            return 3;
        }

        @Override
        public float[][] tokenVectors(int[] ids) {
            float[][] out = new float[ids.length][];
            for (int i = 0; i < ids.length; i++) {
                out[i] = TEACHER[ids[i]].clone();
            }
            return out;
        }
    };

    @TempDir
    Path dir;

    @Test
    void aTextIsTheSifWeightedMeanOfItsTokensVectors() {
        StaticEncoder encoder = saveAndLoad(3, 3, SHA);
        // "Data pythons THE": data, python, ##s, the (lower-cased WordPiece)
        float[] v = encoder.encode("Data pythons THE");
        double total = VOCAB.size() + 3 + 1 + 2 + 1000;
        float[] expected = new float[3];
        for (int t : new int[] {2, 4, 5, 6}) {
            double w = SIF / (SIF + (COUNTS[t] + 1) / total);
            for (int d = 0; d < 3; d++) {
                expected[d] += (float) (w * TEACHER[t][d]);
            }
        }
        expected = OnnxEncoder.normalise(expected);
        for (int d = 0; d < 3; d++) {
            assertThat(v[d]).as("dimension %d", d).isCloseTo(expected[d], within(0.01f));
        }
        // the frequent "the" barely moves the vector although its raw vector is the largest
        assertThat(TextEncoder.dot(v, encoder.encode("data pythons"))).isGreaterThan(0.99);
        assertThat(encoder.encode("   ")).containsOnly(0f);
    }

    @Test
    void pcaKeepsTheRequestedDimensions() {
        StaticTable table = StaticDistiller.distil(FAKE, COUNTS, new StaticDistiller.Options(2, SIF), s -> { }).table();
        assertThat(table.dims()).isEqualTo(2);
        assertThat(table.vocab()).isEqualTo(VOCAB.size());
    }

    @Test
    void refusesATableDistilledFromAnotherSourceModel() {
        saveAndLoad(3, 3, SHA);
        StaticEncoder.Source other = new StaticEncoder.Source("other-model", "b".repeat(64), VOCAB.size());
        assertThatThrownBy(() -> StaticEncoder.load(dir, other, tokenizerJson()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SHA-256").hasMessageContaining("b".repeat(64))
                .hasMessageContaining("./credpath train static-encoder");
    }

    @Test
    void refusesATableWhoseDimensionsDifferFromItsProvenance() {
        assertThatThrownBy(() -> saveAndLoad(3, 4, SHA))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("3 dimensions").hasMessageContaining("7 x 4")
                .hasMessageContaining("./credpath train static-encoder");
    }

    @Test
    void refusesAMissingOrDamagedTable() throws Exception {
        StaticEncoder.Source source = new StaticEncoder.Source("fake", SHA, VOCAB.size());
        assertThatThrownBy(() -> StaticEncoder.load(dir, source, tokenizerJson()))
                .hasMessageContaining("no table.bin.gz").hasMessageContaining("./credpath train static-encoder");
        saveAndLoad(3, 3, SHA);
        Files.write(dir.resolve(StaticTable.FILE), new byte[] {1, 2, 3});
        assertThatThrownBy(() -> StaticEncoder.load(dir, source, tokenizerJson()))
                .hasMessageContaining("not a readable static encoder table")
                .hasMessageContaining("./credpath train static-encoder");
    }

    /** Distils without PCA, saves with provenance saying {@code provenanceDims}, and loads against {@code sha}. */
    private StaticEncoder saveAndLoad(int tableDims, int provenanceDims, String sha) {
        StaticTable table = StaticDistiller.distil(FAKE, COUNTS, new StaticDistiller.Options(0, SIF), s -> { }).table();
        assertThat(table.dims()).isEqualTo(tableDims);
        assertThat(table.quantisedCosine()).isBetween(0.999, 1.0);
        table.write(dir.resolve(StaticTable.FILE));
        ObjectNode details = JsonMapper.builder().build().createObjectNode();
        details.put("sourceModel", "fake").put("sourceSha256", sha).put("vocab", VOCAB.size())
                .put("dimensions", provenanceDims);
        new ModelProvenance(StaticEncoder.FOLDER, "test", "test", List.of(), 0, null, Map.of(), "25", "none", "now",
                Map.of(), details).write(dir);
        return StaticEncoder.load(dir, new StaticEncoder.Source("fake", SHA, VOCAB.size()), tokenizerJson());
    }

    private static byte[] tokenizerJson() {
        StringBuilder vocab = new StringBuilder();
        for (int i = 0; i < VOCAB.size(); i++) {
            vocab.append(i == 0 ? "" : ",").append('"').append(VOCAB.get(i)).append("\":").append(i);
        }
        String json = """
                {"version":"1.0","truncation":null,"padding":null,"added_tokens":[],
                 "normalizer":{"type":"BertNormalizer","clean_text":true,"handle_chinese_chars":true,
                   "strip_accents":null,"lowercase":true},
                 "pre_tokenizer":{"type":"BertPreTokenizer"},"post_processor":null,
                 "decoder":{"type":"WordPiece","prefix":"##","cleanup":true},
                 "model":{"type":"WordPiece","unk_token":"[UNK]","continuing_subword_prefix":"##",
                   "max_input_chars_per_word":100,"vocab":{%s}}}
                """.formatted(vocab);
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
