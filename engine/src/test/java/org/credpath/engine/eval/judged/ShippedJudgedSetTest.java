package org.credpath.engine.eval.judged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.bundled.BundledCatalog;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.eval.judged.JudgedSet.PoolPair;
import org.junit.jupiter.api.Test;

/** The shipped {@code datasets/judged}: learners, split, pool and run files agree with each other. */
class ShippedJudgedSetTest {

    private static final CredpathHome HOME = CredpathHome.locate();
    private static final Path FOLDER = HOME.datasets().resolve("judged");

    @Test
    void learnersCoverTheNineEscoGroupsWithBalancedHalves() throws IOException {
        JudgedSet set = JudgedSetReader.read(FOLDER);
        assertThat(set.learners()).hasSizeGreaterThanOrEqualTo(80);
        Map<String, List<JudgedLearner>> byGroup = set.learners().stream()
                .collect(Collectors.groupingBy(JudgedLearner::group));
        assertThat(byGroup.keySet()).containsExactlyInAnyOrder("Managers", "Professionals",
                "Technicians and associate professionals", "Clerical support workers", "Service and sales workers",
                "Skilled agricultural, forestry and fishery workers", "Craft and related trades workers",
                "Plant and machine operators and assemblers", "Elementary occupations");
        byGroup.forEach((group, list) -> {
            long dev = list.stream().filter(l -> l.split() == Split.DEV).count();
            assertThat(Math.abs(2 * dev - list.size())).as(group).isLessThanOrEqualTo(1);
        });
        assertThat(set.learners(Split.DEV)).hasSameSizeAs(set.learners(Split.TEST));
    }

    @Test
    void heldCredentialsExistInTheBundledCatalogue() throws IOException {
        Set<String> ids = BundledCatalog.load(HOME).credentials().stream().map(Credential::id)
                .collect(Collectors.toSet());
        List<JudgedLearner> learners = JudgedSetReader.readLearners(FOLDER.resolve("learners.jsonl"));
        List<String> held = learners.stream().flatMap(l -> l.learner().heldCredentials().stream()).toList();
        assertThat(held).hasSizeGreaterThan(20);
        assertThat(ids).containsAll(held);
    }

    @Test
    void poolIsTheSortedUnionOfTheRunFilesOverKnownLearners() throws IOException {
        final int GRADED_DEPTH = 10; // the assessors graded every run's top 10 (judged.py pool --depth 10)
        List<PoolPair> pool = JudgedSetReader.readPool(FOLDER.resolve("pool.jsonl"));
        Comparator<PoolPair> order = Comparator.comparing(PoolPair::learnerId).thenComparing(PoolPair::credentialId);
        assertThat(pool).isSortedAccordingTo(order).doesNotHaveDuplicates();
        Set<String> learners = JudgedSetReader.readLearners(FOLDER.resolve("learners.jsonl")).stream()
                .map(JudgedLearner::id).collect(Collectors.toSet());
        assertThat(pool.stream().map(PoolPair::learnerId).collect(Collectors.toSet())).isEqualTo(learners);
        Set<PoolPair> fromRuns = new HashSet<>();
        try (Stream<Path> runs = Files.list(FOLDER.resolve("runs"))) {
            for (Path run : runs.filter(p -> !p.getFileName().toString().equals("queries.tsv")).toList()) {
                List<String> lines = Files.readAllLines(run);
                assertThat(lines.getFirst()).isEqualTo("learnerId\tcredentialId\trank\tsystem");
                lines.stream().skip(1).map(l -> l.split("\t")).filter(f -> Integer.parseInt(f[2]) <= GRADED_DEPTH)
                        .forEach(f -> fromRuns.add(new PoolPair(f[0], f[1])));
            }
        }
        assertThat(new HashSet<>(pool)).isEqualTo(fromRuns);
    }
}
