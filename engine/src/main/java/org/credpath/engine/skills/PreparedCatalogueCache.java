package org.credpath.engine.skills;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.credpath.engine.cache.DiskCache;
import org.credpath.engine.cache.Fingerprint;
import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.ExchangeJson;

/**
 * The skills {@link CataloguePreparation} inferred for a catalogue, kept on disk (folder
 * {@value #CACHE_NAME} under the cache root, gzipped JSON) so that a start reads them instead of
 * tagging again. The cache is trusted only when it was built from the same credentials (their
 * exchange JSON), the same tagger inputs (the files named by the caller: ESCO and the skill
 * embeddings) and the same tagger code; otherwise the catalogue is tagged and the cache rewritten.
 * The credentials are the same either way.
 */
public final class PreparedCatalogueCache {

    /** The folder of the prepared bundled catalogue under the cache root. */
    public static final String CACHE_NAME = "prepared-catalogue";
    static final int FORMAT = 1;
    private static final String FILE = "inferred-skills.json.gz";

    /** What is stored: the skills inferred for each credential that came without, in catalogue order. */
    record Stored(int tagged, int stillWithout, List<List<String>> inferred) {
    }

    private final DiskCache cache;
    private final List<Path> taggerInputs;

    /**
     * @param taggerInputs the files and folders the tagger was loaded from (their content is part of the key)
     */
    public PreparedCatalogueCache(DiskCache cache, List<Path> taggerInputs) {
        this.cache = cache;
        this.taggerInputs = List.copyOf(taggerInputs);
    }

    /**
     * The credentials of {@code source} prepared by {@code preparation}: read from the cache when it
     * matches, else prepared (progress as {@link CataloguePreparation#prepare(List, String, Consumer)}) and stored.
     */
    public List<Credential> prepare(CataloguePreparation preparation, List<Credential> credentials, String source,
            Consumer<String> progress) {
        long t0 = System.nanoTime();
        DiskCache.Key key = key(credentials);
        Optional<List<Credential>> read = cache.open(CACHE_NAME, key, progress)
                .flatMap(dir -> read(dir, credentials, progress));
        if (read.isPresent()) {
            progress.accept(String.format(Locale.ROOT, "%s: %,d credentials' inferred skills read from the cache in"
                    + " %.1f s", source, credentials.size(), (System.nanoTime() - t0) / 1e9));
            return read.get();
        }
        CataloguePreparation.Prepared p = preparation.prepare(credentials);
        progress.accept(String.format(Locale.ROOT, "%s: %,d of %,d credentials had no ESCO skills; tagged them from"
                + " title, description and skillLabels (%,d still have none) in %.1f s", source, p.tagged(),
                credentials.size(), p.stillWithout(), (System.nanoTime() - t0) / 1e9));
        List<List<String>> inferred = new ArrayList<>();
        for (int i = 0; i < credentials.size(); i++) {
            if (credentials.get(i).skills().isEmpty()) {
                inferred.add(p.credentials().get(i).skills());
            }
        }
        Stored stored = new Stored(p.tagged(), p.stillWithout(), inferred);
        cache.store(CACHE_NAME, key, dir -> {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(FILE)))) {
                ExchangeJson.mapper().writeValue(out, stored);
            }
        }, progress);
        return p.credentials();
    }

    private static Optional<List<Credential>> read(Path dir, List<Credential> credentials, Consumer<String> progress) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve(FILE)))) {
            Stored s = ExchangeJson.mapper().readValue(in, Stored.class);
            List<Credential> out = new ArrayList<>(credentials.size());
            int next = 0;
            for (Credential c : credentials) {
                if (!c.skills().isEmpty()) {
                    out.add(c);
                } else if (next < s.inferred().size()) {
                    out.add(c.withSkills(List.copyOf(s.inferred().get(next++))));
                } else {
                    throw new IOException("fewer inferred skill lists than credentials without skills");
                }
            }
            if (next != s.inferred().size()) {
                throw new IOException("more inferred skill lists than credentials without skills");
            }
            return Optional.of(List.copyOf(out));
        } catch (IOException | RuntimeException e) {
            progress.accept("cache: " + CACHE_NAME + " is unreadable (" + e.getMessage() + "); tagging again");
            return Optional.empty();
        }
    }

    /** The credentials as exchange JSON, the tagger's input files, and the tagger's code. */
    DiskCache.Key key(List<Credential> credentials) {
        Fingerprint inputs = new Fingerprint().add(credentials.size());
        for (Credential c : credentials) {
            inputs.add(ExchangeJson.mapper().writeValueAsBytes(c));
        }
        inputs.addFilesOrMissing(taggerInputs);
        String code = new Fingerprint().addClasses(CataloguePreparation.class, SkillTagger.class, LabelDictionary.class,
                TextTokens.class, SkillMatch.class, SkillEmbeddings.class, Credential.class).hex();
        return new DiskCache.Key(FORMAT, inputs.hex(), code, "skill-tagger");
    }
}
