package org.credpath.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.Delivery;
import org.credpath.engine.catalog.bundled.BundledCatalog;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.EscoLoader;
import org.credpath.engine.labour.esco.EscoOccupation;
import org.credpath.engine.labour.esco.SkillRelation;
import org.credpath.engine.learner.Learner;
import org.credpath.engine.rank.CatalogueStats;
import org.credpath.engine.rank.Dl4jRanker;
import org.credpath.engine.rank.FeatureExtractor;
import org.credpath.engine.rank.LearnerProfile;
import org.credpath.engine.rank.LearnerSignals;
import org.credpath.engine.rank.OccupationSkills;
import org.credpath.engine.rank.ProfileResolver;
import org.credpath.engine.rank.StandardFeatureExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The serving path's scoring of one request (issue 5: "500 candidates in <= 2 ms"), as the API's
 * {@code Dl4jServingModel} does it: the bundled catalogue (real Coursera + edX listings), feature
 * statistics from an empty event log, a realistic learner (a data entry clerk aiming at data
 * analyst, holding 80 % of the clerk's essential ESCO skills, seeded), and
 * {@code models/ranker-default}.
 * <ul>
 * <li>{@code featuresAndScore}: feature extraction for the candidates + one batched DL4J {@code output()};</li>
 * <li>{@code scoreOnly}: the batched network output on an already extracted matrix;</li>
 * <li>{@code featuresOnly}: the extraction alone.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1) // the forked JVM inherits run-jmh's JVM flags and credpath.home
public class RankerScoringBenchmark {

    @Param("500")
    int candidates;

    private Dl4jRanker ranker;
    private FeatureExtractor features;
    private LearnerProfile profile;
    private List<Credential> shortlist;
    private float[][] matrix;

    @Setup
    public void setUp() {
        CredpathHome home = CredpathHome.locate();
        Esco esco = EscoLoader.load(home);
        OccupationSkills occupations = OccupationSkills.of(esco);
        List<Credential> all = BundledCatalog.load(home).credentials();
        Map<String, Credential> catalogue = new LinkedHashMap<>();
        all.forEach(c -> catalogue.putIfAbsent(c.id(), c));
        ranker = Dl4jRanker.load(home.models().resolve("ranker-default"));
        features = new StandardFeatureExtractor(new CatalogueStats(catalogue.values(), List.of(), occupations.demand()),
                LearnerSignals.shipped(home));
        profile = new ProfileResolver(occupations, catalogue).profile(learner(esco), List.of());
        List<Credential> pool = new ArrayList<>(catalogue.values());
        java.util.Collections.shuffle(pool, new Random(5));
        if (pool.size() < candidates) {
            throw new IllegalStateException("bundled catalogue has " + pool.size() + " credentials, fewer than " + candidates);
        }
        shortlist = List.copyOf(pool.subList(0, candidates));
        matrix = features.extract(profile, shortlist);
    }

    /** A data entry clerk aiming at data analyst with 80 % of the clerk's essential skills (seeded). */
    static Learner learner(Esco esco) {
        EscoOccupation current = only(esco, "data entry clerk");
        EscoOccupation target = only(esco, "data analyst");
        Random rnd = new Random(17);
        List<String> skills = esco.skillsOf(current.uri(), SkillRelation.ESSENTIAL).stream()
                .map(s -> s.uri()).sorted().filter(s -> rnd.nextDouble() < 0.8).toList();
        return new Learner("bench", List.of(), skills, current.uri(), target.uri(), 800.0, 6.0, 26,
                List.of(Delivery.ONLINE));
    }

    private static EscoOccupation only(Esco esco, String label) {
        List<EscoOccupation> found = esco.occupationsByLabel(label);
        if (found.isEmpty()) {
            throw new IllegalStateException("no ESCO occupation labelled '" + label + "'");
        }
        return found.get(0);
    }

    @Benchmark
    public double[] featuresAndScore() {
        return ranker.score(features.extract(profile, shortlist));
    }

    @Benchmark
    public double[] scoreOnly() {
        return ranker.score(matrix);
    }

    @Benchmark
    public float[][] featuresOnly() {
        return features.extract(profile, shortlist);
    }
}
