package org.credpath.engine.text.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HubnessTest {

    private static float[] unit(double x, double y) {
        double n = Math.hypot(x, y);
        return new float[] {(float) (x / n), (float) (y / n)};
    }

    @Test
    void hubnessIsTheMeanOfTheHighestCosinesToTheReferenceGoals() {
        float[][] reference = {unit(1, 0), unit(0, 1), unit(1, 1), unit(-1, 0)};
        // cosines of (1,0) to the four references: 1, 0, 0.707, -1; the two highest average 0.854
        assertThat(SemanticRelevance.meanOfTop(unit(1, 0), reference, 2)).isCloseTo((1 + Math.sqrt(0.5)) / 2, within(1e-6));
        // k above the reference count averages them all
        assertThat(SemanticRelevance.meanOfTop(unit(1, 0), reference, 10)).isCloseTo((1 + 0 + Math.sqrt(0.5) - 1) / 4,
                within(1e-6));
        assertThat(SemanticRelevance.meanOfTop(unit(1, 0), new float[0][], 10)).isZero();
    }

    @Test
    void aCredentialNearEveryGoalIsMoreOfAHubThanATopicalOne() {
        float[][] reference = {unit(1, 0.2), unit(1, -0.2), unit(0.9, 0.5), unit(0.9, -0.5)};
        double generic = SemanticRelevance.meanOfTop(unit(1, 0), reference, 3);
        double topical = SemanticRelevance.meanOfTop(unit(0, 1), reference, 3);
        assertThat(generic).isGreaterThan(topical);
    }
}
