package org.credpath.engine.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.data.DataFiles;
import org.credpath.engine.data.ModelProvenance;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import tools.jackson.databind.JsonNode;

/**
 * A static (distilled, Model2Vec-style) sentence encoder: a text's vector is the sum of its tokens' rows of a
 * {@link StaticTable} (each row a token's vector from the source model, already multiplied by the token's weight),
 * scaled to unit length, so a weighted mean of token vectors; tokens come from the source model's own WordPiece
 * tokenizer, without special tokens and without truncation. No network is run: a credential costs a tokenisation
 * and a few hundred additions. The table is distilled by {@link StaticDistiller} ({@code ./credpath train
 * static-encoder}) into {@value #FOLDER}/.
 */
public final class StaticEncoder implements TextEncoder {

    /** The name that selects it (e.g. {@code semantic-gap:static}, {@code bench index --encoder static}). */
    public static final String NAME = "static";
    /** The model kind in {@code provenance.json} and the folder under {@code models/}. */
    public static final String FOLDER = "static-encoder";
    /** The command that rebuilds the shipped table (its options are the defaults). */
    public static final String COMMAND = "./credpath train static-encoder";
    /** How to rebuild a missing, damaged or stale table. */
    public static final String REBUILD = "rebuild it with " + COMMAND;

    /**
     * The model a table was (or must be) distilled from.
     *
     * @param id     the source encoder's id
     * @param sha256 SHA-256 of the source model's weights file
     * @param vocab  the source tokenizer's vocabulary size
     */
    public record Source(String id, String sha256, int vocab) {
        public Source {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    private final String id;
    private final StaticTable table;
    private final HuggingFaceTokenizer tokenizer;

    StaticEncoder(String id, StaticTable table, HuggingFaceTokenizer tokenizer) {
        this.id = Objects.requireNonNull(id, "id");
        this.table = Objects.requireNonNull(table, "table");
        this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    }

    /** The static encoder of {@code models/}{@value #FOLDER}, checked against the bge-small model this build ships. */
    public static StaticEncoder load(CredpathHome home) {
        Path dir = home.models().resolve(FOLDER);
        return load(dir, BgeSmallEncoder.source(), BgeSmallEncoder.tokenizerJson());
    }

    /**
     * Loads the table in {@code dir}, refusing one distilled from another source model (checksum), for another
     * vocabulary, or whose dimensions differ from its provenance.
     *
     * @throws IllegalStateException naming the folder, the problem and how to rebuild
     */
    public static StaticEncoder load(Path dir, Source expected, byte[] tokenizerJson) {
        Path file = dir.resolve(StaticTable.FILE);
        if (!Files.isRegularFile(file) || !Files.isRegularFile(dir.resolve(ModelProvenance.FILE))) {
            throw new IllegalStateException("static encoder: " + dir + " has no " + StaticTable.FILE + " or "
                    + ModelProvenance.FILE + "; " + REBUILD);
        }
        JsonNode details = ModelProvenance.read(dir).details();
        String sha = details == null ? "" : details.path("sourceSha256").asString("");
        int dims = details == null ? -1 : details.path("dimensions").asInt(-1);
        int vocab = details == null ? -1 : details.path("vocab").asInt(-1);
        if (!expected.sha256().equals(sha)) {
            throw new IllegalStateException("static encoder: " + dir + " was distilled from a source model with SHA-256 '"
                    + sha + "', but this build's " + expected.id() + " has " + expected.sha256() + "; " + REBUILD);
        }
        StaticTable table = StaticTable.read(file);
        if (table.dims() != dims || table.vocab() != vocab || vocab != expected.vocab()) {
            throw new IllegalStateException("static encoder: " + dir + ": the table is " + table.vocab() + " tokens x "
                    + table.dims() + " dimensions, its provenance says " + vocab + " x " + dims + " and the tokenizer has "
                    + expected.vocab() + " tokens; " + REBUILD);
        }
        return new StaticEncoder(NAME + ":" + DataFiles.sha256(file).substring(0, 12) + " (from " + expected.id() + ")",
                table, tokenizer(tokenizerJson));
    }

    /** The WordPiece tokenizer of a {@code tokenizer.json}: no special tokens, padding or truncation. */
    public static HuggingFaceTokenizer tokenizer(byte[] json) {
        try (InputStream in = new java.io.ByteArrayInputStream(json)) {
            return HuggingFaceTokenizer.newInstance(in, Map.of("addSpecialTokens", "false", "padding", "false",
                    "truncation", "false"));
        } catch (IOException e) {
            throw new UncheckedIOException("static encoder: cannot read the tokenizer: " + e.getMessage(), e);
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int dimensions() {
        return table.dims();
    }

    /** The token ids of {@code text} (the source model's tokenizer, no special tokens). */
    long[] tokens(String text) {
        return tokenizer.encode(text, false, false).getIds();
    }

    @Override
    public float[] encode(String text) {
        float[] sum = new float[table.dims()];
        if (text == null || text.isBlank()) {
            return sum;
        }
        for (long t : tokens(text)) {
            if (t >= 0 && t < table.vocab()) {
                table.addRow((int) t, sum);
            }
        }
        return OnnxEncoder.normalise(sum);
    }
}
