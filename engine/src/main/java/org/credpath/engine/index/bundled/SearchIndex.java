package org.credpath.engine.index.bundled;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.data.DataFiles;
import org.credpath.engine.index.CatalogIndex;
import org.credpath.engine.index.CredentialVectors;
import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.EscoLoader;
import org.credpath.engine.skills.EmbeddingModel;
import org.credpath.engine.skills.EmbeddingVectors;
import org.credpath.engine.skills.SkillEmbeddings;
import org.credpath.engine.skills.SkillTagger;

/**
 * A {@link CatalogIndex} with the ESCO skill tagger and the committed skill embeddings
 * ({@code models/skill-embeddings}); without the embeddings file it runs BM25-only. An index
 * built with other embeddings than the current ones is rebuilt from the catalogue (when there is one).
 */
public final class SearchIndex implements AutoCloseable {

    /** File beside the index holding the SHA-256 of the embeddings its vectors were computed with. */
    static final String MARKER = "credpath-embeddings.sha256";

    private final CatalogIndex index;
    private final SkillTagger tagger;
    private final CredentialVectors vectors;

    private SearchIndex(CatalogIndex index, SkillTagger tagger, CredentialVectors vectors) {
        this.index = index;
        this.tagger = tagger;
        this.vectors = vectors;
    }

    /** The default index folder: {@code var/index} under the Credpath home. */
    public static Path defaultDirectory(CredpathHome home) {
        return home.root().resolve("var").resolve("index");
    }

    /**
     * Opens the index in {@code dir}; when it holds no index yet, builds it from {@code catalogue}
     * (skills inferred where absent) and commits.
     */
    public static SearchIndex open(CredpathHome home, Path dir, Supplier<List<Credential>> catalogue,
                                   PrintStream progress) {
        Esco esco = EscoLoader.load(home);
        Path vecFile = EmbeddingModel.directory(home).resolve(EmbeddingModel.VECTORS);
        Optional<SkillEmbeddings> emb = Files.exists(vecFile) ? Optional.of(SkillEmbeddings.load(vecFile)) : Optional.empty();
        if (emb.isEmpty()) {
            progress.println("note: " + vecFile + " missing (./credpath train embeddings); vector search is off");
        }
        SkillTagger tagger = new SkillTagger(esco, emb);
        CredentialVectors vectors = emb.<CredentialVectors>map(e -> new EmbeddingVectors(e, tagger))
                .orElse(CredentialVectors.NONE);
        String model = Files.exists(vecFile) ? DataFiles.sha256(vecFile) : "none";
        boolean fresh = !CatalogIndex.exists(dir);
        List<Credential> all = null;
        if (!fresh && !model.equals(readMarker(dir))) {
            all = catalogue.get();
            if (all.isEmpty()) {
                progress.println("warning: " + dir + " was built with other skill embeddings; vector search may be off"
                        + " until its credentials are indexed again");
            } else {
                progress.println("the skill embeddings changed since " + dir + " was built; rebuilding it");
                deleteIndexFiles(dir);
                fresh = true;
            }
        }
        SearchIndex s = new SearchIndex(CatalogIndex.open(dir, vectors, tagger::skillText), tagger, vectors);
        if (fresh) {
            all = all != null ? all : catalogue.get();
            progress.println("building the catalogue index in " + dir + " from " + all.size() + " credentials...");
            s.ingest(all);
            writeMarker(dir, model);
        }
        return s;
    }

    /** The checksum of the embeddings the index's vectors came from, kept beside the index files. */
    private static String readMarker(Path dir) {
        try {
            return Files.readString(dir.resolve(MARKER)).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static void writeMarker(Path dir, String model) {
        try {
            Files.writeString(dir.resolve(MARKER), model + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(MARKER) + ": " + e.getMessage(), e);
        }
    }

    private static void deleteIndexFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.delete(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the stale index in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Adds or replaces credentials (skills inferred where absent) and commits durably. */
    public int ingest(List<Credential> credentials) {
        index.upsertAll(credentials.stream().map(tagger::withInferredSkills).toList());
        index.commit();
        return credentials.size();
    }

    public CatalogIndex index() {
        return index;
    }

    public SkillTagger tagger() {
        return tagger;
    }

    public CredentialVectors vectors() {
        return vectors;
    }

    @Override
    public void close() {
        index.close();
    }
}
