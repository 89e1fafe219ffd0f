package org.credpath.engine.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.CredentialType;
import org.credpath.engine.catalog.Delivery;
import org.credpath.engine.catalog.Level;
import org.credpath.engine.events.Event;
import org.credpath.engine.events.EventType;
import org.credpath.engine.labour.esco.SkillRelation;
import org.credpath.engine.rank.OccupationSkills;
import org.junit.jupiter.api.Test;

/** Choice model v3 on a small synthetic world (no ESCO load): its form and its determinism. */
class TwoStageChoiceTest {

    private static final TwoStageChoice V3 = TwoStageChoice.V3;
    private static final String SOURCE = "occ:clerk";
    private static final String TARGET = "occ:analyst";
    private static final double TOO_DEAR = 1_000_000;

    /** 40 credentials teaching the target's skills: even ones titled for the goal, odd ones not; every fifth too dear. */
    private static List<CourseraCatalog.Entry> catalogue() {
        List<CourseraCatalog.Entry> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String title = i % 2 == 0 ? "Data Analysis Part " + i : "Pottery Workshop Part " + i;
            List<String> skills = List.of("s" + (i % 6), "s" + ((i + 1) % 6), "s" + (6 + i % 2));
            double cost = i % 5 == 0 ? TOO_DEAR : 49;
            out.add(new CourseraCatalog.Entry(new Credential("c" + i, title, i % 3 == 0 ? "BigU" : "Small" + i, null,
                    null, null, CredentialType.COURSE, Level.INTRODUCTORY, 10.0, cost, Delivery.ONLINE, "en", true,
                    skills, List.of(), null, null, null, null, null), 0));
        }
        return out;
    }

    private static OccupationSkills occupations() {
        return new OccupationSkills() {
            @Override
            public Set<String> skillsOf(String occupation, SkillRelation relation) {
                if (TARGET.equals(occupation)) {
                    return relation == SkillRelation.ESSENTIAL ? Set.of("s0", "s1", "s2", "s3", "s4", "s5")
                            : Set.of("s6", "s7");
                }
                return SOURCE.equals(occupation) && relation == SkillRelation.ESSENTIAL ? Set.of("s9") : Set.of();
            }

            @Override
            public Map<String, Double> demand() {
                return Map.of();
            }
        };
    }

    private static List<Event> simulate(long seed, double searchShare) {
        LabourWorld world = new LabourWorld(List.of(new LabourWorld.Occupation(SOURCE, "43-9061.00", 1, List.of(TARGET))));
        GoalText goals = new GoalText(uri -> GoalText.goal(List.of("data analyst"), List.of("analyse data",
                "use spreadsheets software")));
        SimulationOptions options = SimulationOptions.of(300, seed, V3, LoggingPolicy.MIXED, searchShare);
        List<Event> events = new ArrayList<>();
        new LearnerSimulator(world, occupations(), catalogue(), options, goals).run(l -> { }, events::add, n -> { });
        return events;
    }

    private static boolean titledForGoal(String credentialId) {
        return Integer.parseInt(credentialId.substring(1)) % 2 == 0;
    }

    @Test
    void sameSeedGivesTheSameEventsAndAnotherSeedOthers() {
        List<Event> a = simulate(7, 0);
        assertThat(a).isEqualTo(simulate(7, 0));
        assertThat(a).isNotEqualTo(simulate(8, 0));
    }

    @Test
    void noClickOrEnrolOutsideTheConsiderationSetOrAboveTheBudget() {
        List<Event> events = simulate(7, 0.3);
        List<Event> chosen = events.stream()
                .filter(e -> e.type() == EventType.CLICK || e.type() == EventType.ENROL).toList();
        assertThat(chosen.stream().filter(e -> e.type() == EventType.ENROL)).hasSizeGreaterThan(50);
        assertThat(chosen).allMatch(e -> titledForGoal(e.credentialId()) || e.position() <= V3.topRanks(),
                "clicked or enrolled only when the title matches the goal or shown in the top ranks");
        assertThat(chosen).as("the top ranks admit credentials whose text does not match")
                .anyMatch(e -> !titledForGoal(e.credentialId()));
        assertThat(chosen).noneMatch(e -> Integer.parseInt(e.credentialId().substring(1)) % 5 == 0);
        Set<String> searched = events.stream().filter(e -> e.type() == EventType.IMPRESSION
                && e.requestId().startsWith("q-")).map(Event::credentialId).collect(Collectors.toSet());
        assertThat(searched).isNotEmpty().allMatch(TwoStageChoiceTest::titledForGoal);
    }

    @Test
    void hardCapsRuleOutAndTimePressureFavoursShortCredentials() {
        TwoStageChoice.Pair base = new TwoStageChoice.Pair(2, 0, 0, false, 300.0, 400, 50.0, 100);
        assertThat(V3.value(base)).isFinite();
        assertThat(V3.value(new TwoStageChoice.Pair(2, 0, 0, false, 401.0, 400, 50.0, 100)))
                .isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(V3.value(new TwoStageChoice.Pair(2, 0, 0, false, 300.0, 400, 101.0, 100)))
                .as("time-pressed (100 h available) and longer than that").isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(V3.value(new TwoStageChoice.Pair(2, 0, 0, false, 300.0, 400, 10.0, 100)))
                .isGreaterThan(V3.value(base));
        assertThat(V3.value(new TwoStageChoice.Pair(2, 0, 0, false, 300.0, 400, 350.0, 200)))
                .as("not pressed: up to slack x the hours available, length does not matter")
                .isEqualTo(V3.value(new TwoStageChoice.Pair(2, 0, 0, false, 300.0, 400, 10.0, 200)));
        assertThat(V3.value(new TwoStageChoice.Pair(2, 0, 0, false, null, 400, 50.0, 100)))
                .isEqualTo(V3.value(base) - V3.unknownCost());
        assertThat(V3.value(new TwoStageChoice.Pair(2, 0.5, 0, false, 300.0, 400, 50.0, 100)))
                .as("satiation on held skills").isLessThan(V3.value(base));
        assertThat(V3.considers(false, V3.topRanks())).isTrue();
        assertThat(V3.considers(false, V3.topRanks() + 1)).isFalse();
        assertThat(V3.considers(true, 10)).isTrue();
    }

    @Test
    void goalWordsAreStemmedContentWords() {
        GoalText.Goal goal = GoalText.goal(List.of("data analyst"), List.of("analyse data", "use spreadsheets software"));
        assertThat(GoalText.words("Data Analysis with Python")).containsExactlyInAnyOrder("data", "analy", "pytho");
        assertThat(GoalText.matches(goal, GoalText.words("Analytics for Everyone"))).isTrue();
        assertThat(GoalText.matches(goal, GoalText.words("Pottery Workshop"))).isFalse();
        GoalText.Goal skillsOnly = new GoalText.Goal(Set.of(), goal.skillWords());
        assertThat(GoalText.matches(skillsOnly, GoalText.words("Spreadsheets"))).isFalse();
        assertThat(GoalText.matches(skillsOnly, GoalText.words("Spreadsheets and Software"))).isTrue();
    }
}
