package org.credpath.engine.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.index.CredentialVectors;
import org.credpath.engine.index.SkillTextSource;
import org.credpath.engine.skills.SkillTagger;

/**
 * What the benchmarks need from the real catalogue: a resampler over its credentials (skills
 * inferred, vectors computed once per real credential) and two query sets drawn from its text:
 * short user-like queries ({@link QueryPool}) and whole titles (the first benchmark's set).
 */
public record BenchSetup(CatalogResampler resampler, CredentialVectors vectors, SkillTextSource skillText,
                         List<String> shortQueries, List<String> titleQueries) {

    public static BenchSetup of(List<Credential> catalogue, SkillTagger tagger, CredentialVectors vectors, long seed,
                                PrintStream progress) {
        if (catalogue.isEmpty()) {
            throw new IllegalArgumentException("benchmark: the base catalogue is empty");
        }
        progress.println("preparing " + catalogue.size() + " real credentials (skills, vectors)...");
        List<Credential> base = new ArrayList<>(catalogue.size());
        List<Optional<float[]>> vecs = new ArrayList<>(catalogue.size());
        for (Credential c : catalogue) {
            Credential e = tagger.withInferredSkills(c);
            base.add(e);
            vecs.add(vectors.credential(e));
        }
        List<String> titles = base.stream().map(Credential::title).toList();
        return new BenchSetup(new CatalogResampler(base, vecs, seed), vectors, tagger::skillText,
                QueryPool.shortQueries(base, tagger::labelsOf, seed), titles);
    }

    /** The query set the options ask for. */
    public List<String> queries(BenchOptions o) {
        return o.titleQueries() ? titleQueries : shortQueries;
    }
}
