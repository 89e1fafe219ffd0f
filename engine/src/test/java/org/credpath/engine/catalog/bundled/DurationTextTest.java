package org.credpath.engine.catalog.bundled;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DurationTextTest {

    @ParameterizedTest(name = "{0} -> {1} h")
    @CsvSource(delimiter = '|', textBlock = """
            ' 1 - 4 Weeks'                   | 15.0
            ' 1 - 3 Months'                  | 52.0
            ' 3 - 6 Months'                  | 117.0
            ' 6 - 12 Months'                 | 234.0
            ' 1 - 4 Years'                   | 780.0
            ' Less Than 2 Hours'             | 1.0
            ' 24 meses'                      | 624.0
            ' 24 meses.'                     | 624.0
            ' 3 – 6 years'                   | 1404.0
            ' 2 to 4 years depending on beginning credits and course load' | 936.0
            ' 2 or 3 years'                  | 780.0
            ' 4-6 months to complete'        | 130.0
            'Approx. 12 hours'               | 12.0
            ' 18-24 Months'                  | 546.0
            """)
    void calendarSpansAtSixHoursAWeek(String text, double hours) {
        assertThat(DurationText.totalHours(text, 6)).hasValue(hours);
    }

    @Test
    void noTotalWithoutAmountOrForWeeklyEffortAlone() {
        assertThat(DurationText.totalHours("None", 6)).isEmpty();
        assertThat(DurationText.totalHours("", 6)).isEmpty();
        assertThat(DurationText.totalHours("self-paced", 6)).isEmpty();
        assertThat(DurationText.totalHours(" 15+ hours of study/wk per course", 6)).isEmpty();
    }

    @Test
    void weeklyEffortTimesLength() {
        assertThat(DurationText.effortTimesLength("2–3 hours per week", "2 Weeks")).hasValue(5.0);
        assertThat(DurationText.effortTimesLength("4–6 hours per week", "6 Weeks")).hasValue(30.0);
        assertThat(DurationText.effortTimesLength("10 hours per week", "3 months")).hasValue(130.0);
        assertThat(DurationText.effortTimesLength("2–3 hours per week", null)).isEqualTo(OptionalDouble.empty());
        assertThat(DurationText.hoursPerWeek("15+ hours of study/wk per course")).hasValue(15.0);
    }
}
