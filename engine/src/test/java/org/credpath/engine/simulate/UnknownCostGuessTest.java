package org.credpath.engine.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.CredentialType;
import org.junit.jupiter.api.Test;

/** Choice models v1/v2 price a credential of unknown cost at the catalogue's median priced cost, never 0. */
class UnknownCostGuessTest {

    private static CourseraCatalog.Entry entry(String id, Double cost, Double hours) {
        return new CourseraCatalog.Entry(new Credential(id, id, null, null, null, null, CredentialType.COURSE, null,
                hours, cost, null, null, null, List.of(), null, null, null, null, null, null), 0);
    }

    @Test
    void theGuessIsTheMedianOfKnownAndEstimatedCosts() {
        // known 100; Coursera 60 h estimated at 3 x 49 = 147; unknown (no price, not Coursera) left out
        assertThat(LearnerSimulator.medianPricedCost(List.of(entry("a", 100.0, 10.0),
                entry("coursera:b", null, 60.0), entry("c", null, 10.0)))).isEqualTo(123.5);
        assertThat(LearnerSimulator.medianPricedCost(List.of(entry("a", 100.0, 10.0), entry("d", 40.0, 1.0),
                entry("e", 900.0, 1.0)))).isEqualTo(100.0);
    }

    @Test
    void aCatalogueWithNoPriceGuessesOneCourseraMonth() {
        assertThat(LearnerSimulator.medianPricedCost(List.of(entry("c", null, 10.0)))).isEqualTo(49.0).isPositive();
    }
}
