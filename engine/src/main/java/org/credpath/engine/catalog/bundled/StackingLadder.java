package org.credpath.engine.catalog.bundled;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.CredentialType;

/**
 * Derives the Coursera ladder course -> specialization -> professional certificate, and
 * certificate -> degree, as {@code stacksInto} links. The listing has no membership column, so the
 * links are inferred, always within one partner (provider):
 * <ol>
 *   <li>a course (>= {@value #MIN_TAGS} skill tags) stacks into the specialization or professional
 *       certificate whose skill tags cover >= {@value #MIN_COVERAGE} of the course's tags (best
 *       coverage, then Jaccard, then id);</li>
 *   <li>a specialization stacks into a professional certificate by the same rule;</li>
 *   <li>a certificate (university/graduate certificate, MasterTrack, postgraduate diploma) stacks
 *       into the partner's degree whose title shares >= 2 content words with it.</li>
 * </ol>
 * A derived link is kept only when at least {@value #MIN_MEMBERS} credentials of the catalogue stack into the
 * same qualification: the listing names no parts, so one course "completing" a 117-hour certificate on its
 * own would be a false claim (issue 13: 64 of 110 derived qualifications had a single member).
 * Credits are unknown (null). No prerequisites are derived: the listing gives no course order.
 */
public final class StackingLadder {

    static final int MIN_TAGS = 2;
    static final double MIN_COVERAGE = 0.8;
    static final int MIN_MEMBERS = 2;

    private static final Set<String> GENERIC_WORDS = Set.of("of", "in", "and", "the", "for", "with", "a", "an",
            "master", "masters", "bachelor", "certificate", "graduate", "postgraduate", "post", "diploma",
            "mastertrack", "university", "executive", "global", "msc", "degree", "de", "en", "y", "la", "el",
            "del", "los", "las", "programa", "certificado", "maestria", "magister", "feat", "track");

    /** How many links of each kind were derived. */
    public record LadderStats(int courseLinks, int specializationLinks, int certificateLinks) {
        public int total() {
            return courseLinks + specializationLinks + certificateLinks;
        }
    }

    /** The credentials with derived links and the counts. */
    public record Result(List<Credential> credentials, LadderStats stats) {
    }

    private StackingLadder() {
    }

    public static Result derive(List<Credential> credentials) {
        Map<String, List<Credential>> byProvider = credentials.stream()
                .filter(c -> c.provider() != null)
                .collect(Collectors.groupingBy(c -> c.provider().toLowerCase(Locale.ROOT)));
        List<Credential> out = new ArrayList<>(credentials.size());
        java.util.Map<String, String> derived = new java.util.HashMap<>(); // credential id -> derived target id
        for (Credential c : credentials) {
            List<Credential> peers = c.provider() == null ? List.of()
                    : byProvider.get(c.provider().toLowerCase(Locale.ROOT));
            Optional<Credential> target = switch (c.credentialType()) {
                case COURSE -> bySkills(c, peers, Set.of(CredentialType.SPECIALIZATION,
                        CredentialType.PROFESSIONAL_CERTIFICATE));
                case SPECIALIZATION -> bySkills(c, peers, Set.of(CredentialType.PROFESSIONAL_CERTIFICATE));
                case CERTIFICATE -> byTitle(c, peers);
                default -> Optional.empty();
            };
            if (target.isPresent() && c.stacksInto().isEmpty()) {
                derived.put(c.id(), target.get().id());
            }
        }
        Map<String, Long> members = new java.util.HashMap<>();
        for (Credential c : credentials) {
            String t = derived.get(c.id());
            if (t != null) {
                members.merge(t, 1L, Long::sum);
            } else {
                c.stacksInto().forEach(l -> members.merge(l.qualificationId(), 1L, Long::sum));
            }
        }
        int courses = 0;
        int specs = 0;
        int certs = 0;
        for (Credential c : credentials) {
            String t = derived.get(c.id());
            if (t == null || members.getOrDefault(t, 0L) < MIN_MEMBERS) {
                out.add(c);
                continue;
            }
            switch (c.credentialType()) {
                case COURSE -> courses++;
                case SPECIALIZATION -> specs++;
                default -> certs++;
            }
            out.add(withStack(c, t));
        }
        return new Result(out, new LadderStats(courses, specs, certs));
    }

    private record Scored(Credential target, double coverage, double jaccard) {
    }

    private static Optional<Credential> bySkills(Credential c, List<Credential> peers, Set<CredentialType> types) {
        Set<String> tags = tags(c);
        if (tags.size() < MIN_TAGS) {
            return Optional.empty();
        }
        return peers.stream()
                .filter(p -> types.contains(p.credentialType()) && !p.id().equals(c.id()))
                .map(p -> {
                    Set<String> pt = tags(p);
                    Set<String> both = new HashSet<>(tags);
                    both.retainAll(pt);
                    Set<String> union = new HashSet<>(tags);
                    union.addAll(pt);
                    return new Scored(p, (double) both.size() / tags.size(), (double) both.size() / union.size());
                })
                .filter(s -> s.coverage() >= MIN_COVERAGE)
                .max(Comparator.comparingDouble(Scored::coverage).thenComparingDouble(Scored::jaccard)
                        .thenComparing(s -> s.target().id(), Comparator.reverseOrder()))
                .map(Scored::target);
    }

    private static Optional<Credential> byTitle(Credential c, List<Credential> peers) {
        Set<String> words = contentWords(c.title());
        record Shared(Credential target, int shared) {
        }
        return peers.stream()
                .filter(p -> p.credentialType() == CredentialType.DEGREE)
                .map(p -> {
                    Set<String> w = contentWords(p.title());
                    w.retainAll(words);
                    return new Shared(p, w.size());
                })
                .filter(s -> s.shared() >= 2)
                .max(Comparator.comparingInt(Shared::shared)
                        .thenComparing(s -> s.target().id(), Comparator.reverseOrder()))
                .map(Shared::target);
    }

    private static Set<String> tags(Credential c) {
        return c.skillLabels().stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    static Set<String> contentWords(String title) {
        Set<String> out = new HashSet<>();
        for (String w : Slugs.slug(title).split("-")) {
            if (w.length() > 1 && !GENERIC_WORDS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static Credential withStack(Credential c, String targetId) {
        List<Credential.StackLink> links = List.of(new Credential.StackLink(Objects.requireNonNull(targetId), null));
        return new Credential(c.id(), c.title(), c.provider(), c.description(), c.syllabus(), c.url(),
                c.credentialType(), c.level(), c.hours(), c.costUsd(), c.delivery(), c.language(), c.assessed(),
                c.skills(), c.skillLabels(), c.prerequisites(), links, c.credits(), c.endorsements(), c.reviewedOn());
    }
}
