package org.credpath.engine.skills;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;

import org.credpath.engine.catalog.Credential;

/**
 * A sample of credentials with the tagger's top skills, each judged relevant or not by a person.
 * Written unjudged ({@code relevant} null) by {@link #draw}, judged by hand, committed as a fixture.
 */
public record JudgedSample(String note, List<Course> courses) {

    /** One predicted skill and its judgement (null until judged). */
    public record Judgement(String uri, String label, double confidence, Boolean relevant) {
    }

    /** One credential and its judged predictions. */
    public record Course(String id, String title, List<Judgement> skills) {
        public Course {
            skills = List.copyOf(Objects.requireNonNullElse(skills, List.of()));
        }
    }

    public JudgedSample {
        courses = List.copyOf(Objects.requireNonNullElse(courses, List.of()));
    }

    /** {@code n} credentials drawn with {@code seed} and the tagger's top {@code k} skills for each. */
    public static JudgedSample draw(List<Credential> pool, SkillTagger tagger, int n, int k, long seed, String note) {
        List<Credential> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, new Random(seed));
        List<Course> out = new ArrayList<>();
        for (Credential c : shuffled.subList(0, Math.min(n, shuffled.size()))) {
            List<Judgement> js = tagger.tag(c, k).stream()
                    .map(m -> new Judgement(m.uri(), tagger.labelsOf(List.of(m.uri())).stream().findFirst()
                            .orElse(m.label()), Math.round(m.confidence() * 1000) / 1000.0, null)).toList();
            out.add(new Course(c.id(), c.title(), js));
        }
        return new JudgedSample(note, out);
    }

    /** Share of judged predictions judged relevant. */
    public double precision() {
        long judged = courses.stream().flatMap(c -> c.skills().stream()).filter(j -> j.relevant() != null).count();
        long relevant = courses.stream().flatMap(c -> c.skills().stream())
                .filter(j -> Boolean.TRUE.equals(j.relevant())).count();
        return judged == 0 ? 0 : relevant / (double) judged;
    }
}
