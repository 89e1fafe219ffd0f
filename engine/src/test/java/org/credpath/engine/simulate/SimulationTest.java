package org.credpath.engine.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.catalog.ReadMode;
import org.credpath.engine.events.Event;
import org.credpath.engine.events.EventReader;
import org.credpath.engine.events.EventType;
import org.credpath.engine.learner.Learner;
import org.credpath.engine.learner.LearnerReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the simulator on the shipped data (loads ESCO, so slow). */
@Tag("slow")
class SimulationTest {

    @Test
    void sameSeedGivesIdenticalFilesAndEventsAreWellFormed(@TempDir Path dir) throws IOException {
        CredpathHome home = CredpathHome.locate();
        Simulation.write(home, SimulationOptions.of(40, 9, ChoiceModel.V1), null, dir.resolve("a"), m -> { });
        Simulation.write(home, SimulationOptions.of(40, 9, ChoiceModel.V1), null, dir.resolve("b"), m -> { });
        Simulation.write(home, SimulationOptions.of(40, 9, ChoiceModel.V2), null, dir.resolve("c"), m -> { });
        for (String f : List.of("learners.jsonl", "events.jsonl", "catalog.jsonl")) {
            assertThat(Files.readString(dir.resolve("a").resolve(f))).isEqualTo(Files.readString(dir.resolve("b").resolve(f)));
        }
        assertThat(Files.readString(dir.resolve("c/events.jsonl"))).isNotEqualTo(Files.readString(dir.resolve("a/events.jsonl")));
        List<Learner> learners = LearnerReader.read(dir.resolve("a/learners.jsonl"), ReadMode.FILE).orThrow();
        List<Event> events = EventReader.read(dir.resolve("a/events.jsonl"), ReadMode.FILE).orThrow();
        assertThat(Files.readString(dir.resolve("a/oracle.json"))).contains("\"learners\"", "\"ndcg@10\"");
        assertThat(learners).hasSize(40).allMatch(l -> l.targetOccupation() != null && !l.skills().isEmpty());
        assertThat(events).anyMatch(e -> e.type() == EventType.ENROL);
        assertThat(events).filteredOn(e -> e.type() == EventType.IMPRESSION)
                .allMatch(e -> e.position() >= 1 && e.position() <= 10 && e.requestId() != null);
    }

    @Test
    void choiceModelV3IsSeededOnTheShippedDataAndDiffersFromV1(@TempDir Path dir) throws IOException {
        CredpathHome home = CredpathHome.locate();
        Simulation.write(home, SimulationOptions.of(40, 9, TwoStageChoice.V3), null, dir.resolve("a"), m -> { });
        Simulation.write(home, SimulationOptions.of(40, 9, TwoStageChoice.V3), null, dir.resolve("b"), m -> { });
        Simulation.write(home, SimulationOptions.of(40, 9, ChoiceModel.V1), null, dir.resolve("v1"), m -> { });
        assertThat(Files.readString(dir.resolve("a/events.jsonl"))).isEqualTo(Files.readString(dir.resolve("b/events.jsonl")));
        assertThat(Files.readString(dir.resolve("a/learners.jsonl")))
                .as("learner generation is shared").isEqualTo(Files.readString(dir.resolve("v1/learners.jsonl")));
        assertThat(Files.readString(dir.resolve("a/events.jsonl"))).isNotEqualTo(Files.readString(dir.resolve("v1/events.jsonl")));
        assertThat(Files.readString(dir.resolve("a/oracle.json"))).contains("\"choiceModel\" : \"v3\"");
        assertThat(EventReader.read(dir.resolve("a/events.jsonl"), ReadMode.FILE).orThrow())
                .anyMatch(e -> e.type() == EventType.ENROL);
    }
}
