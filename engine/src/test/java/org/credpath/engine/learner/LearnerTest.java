package org.credpath.engine.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.credpath.engine.catalog.Delivery;
import org.credpath.engine.catalog.ExchangeJson;
import org.junit.jupiter.api.Test;

class LearnerTest {

    private static final String FORMATS_EXAMPLE = """
            {"id":"l-17","heldCredentials":["edx:a"],"skills":["sql"],
             "currentOccupation":"data entry clerk","targetOccupation":"data analyst","budgetUsd":800,
             "hoursPerWeek":6,"deadlineWeeks":26,"delivery":["online"]}""";

    @Test
    void readsTheFormatsExample() {
        Learner l = ExchangeJson.mapper().readValue(FORMATS_EXAMPLE, Learner.class);
        assertThat(l.id()).isEqualTo("l-17");
        assertThat(l.budgetUsd()).isEqualTo(800.0);
        assertThat(l.hoursPerWeek()).isEqualTo(6.0);
        assertThat(l.deadlineWeeks()).isEqualTo(26);
        assertThat(l.delivery()).containsExactly(Delivery.ONLINE);
        assertThat(l.accepts(Delivery.IN_PERSON)).isFalse();
    }

    @Test
    void roundTripsThroughJson() {
        Learner l = ExchangeJson.mapper().readValue(FORMATS_EXAMPLE, Learner.class);
        String line = ExchangeJson.toLine(l);
        assertThat(line).doesNotContain("\n").contains("\"delivery\":[\"online\"]");
        assertThat(ExchangeJson.mapper().readValue(line, Learner.class)).isEqualTo(l);
    }

    @Test
    void languagesAreReadLowerCasedAndDefaultToEnglish() {
        Learner l = ExchangeJson.mapper().readValue("{\"id\":\"a\",\"languages\":[\"PT\",\"en\"]}", Learner.class);
        assertThat(l.languages()).containsExactly("pt", "en");
        assertThat(ExchangeJson.toLine(l)).contains("\"languages\":[\"pt\",\"en\"]");
        assertThat(Learner.of("b").studyLanguages()).containsExactly(Learner.DEFAULT_LANGUAGE);
        assertThatThrownBy(() -> ExchangeJson.mapper().readValue("{\"languages\":[\" \"]}", Learner.class))
                .hasMessageContaining("languages[0]");
    }

    @Test
    void omitsAbsentValues() {
        assertThat(ExchangeJson.toLine(Learner.of("x"))).isEqualTo("{\"id\":\"x\"}");
    }

    @Test
    void validatesNumbersNamingTheField() {
        assertThatThrownBy(() -> new Learner("a", null, null, null, null, -1.0, null, null, null))
                .hasMessageContaining("budgetUsd").hasMessageContaining("-1.0");
        assertThatThrownBy(() -> new Learner("a", null, null, null, null, null, 0.0, null, null))
                .hasMessageContaining("hoursPerWeek");
        assertThatThrownBy(() -> new Learner("a", null, null, null, null, null, null, 0, null))
                .hasMessageContaining("deadlineWeeks");
        assertThatThrownBy(() -> new Learner("a", List.of(" "), null, null, null, null, null, null, null))
                .hasMessageContaining("heldCredentials[0]");
    }
}
