package org.credpath.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A cost has a value, a source and a state; unknown is never 0, in the record, the JSON or a total. */
class CostPolicyTest {

    static Credential cred(String id, CredentialType type, Double hours, Double cost) {
        return new Credential(id, "T " + id, "Partner", null, null, null, type, null, hours, cost, Delivery.ONLINE,
                null, null, null, null, null, null, null, null, null);
    }

    @Test
    void aListedPriceIsKnownWithItsSource() {
        Cost c = cred("edx:x", CredentialType.COURSE, 20.0, 49.0).cost();
        assertThat(c.state()).isEqualTo(Cost.State.KNOWN);
        assertThat(c.amount()).isEqualTo(49.0);
        assertThat(c.basis()).contains("edX");
        assertThat(cred("edx:y", CredentialType.COURSE, 20.0, 0.0).cost().describe()).isEqualTo("free");
    }

    @Test
    void aCourseraCourseIsEstimatedBySubscriptionMonthsWithTheRuleStated() {
        // 60 h at 6 h/week = 10 weeks = 2.3 months -> 3 months x 49 USD
        Cost c = cred("coursera:x", CredentialType.SPECIALIZATION, 60.0, null).cost();
        assertThat(c.state()).isEqualTo(Cost.State.ESTIMATED);
        assertThat(c.amount()).isEqualTo(3 * CostPolicy.COURSERA_MONTHLY_USD);
        assertThat(c.basis()).contains("49 USD/month x 3 months").contains("6 h/week");
        assertThat(cred("coursera:short", CredentialType.COURSE, 2.0, null).cost().amount()).isEqualTo(49.0);
    }

    @Test
    void withoutARuleTheCostIsUnknownNeverZero() {
        for (Credential x : List.of(cred("coursera:deg", CredentialType.DEGREE, 2000.0, null),
                cred("coursera:nolength", CredentialType.COURSE, null, null),
                cred("tenant:x", CredentialType.COURSE, 10.0, null))) {
            Cost c = x.cost();
            assertThat(c.state()).isEqualTo(Cost.State.UNKNOWN);
            assertThat(c.amount()).isNull();
            assertThat(c.describe()).isEqualTo("cost unknown").doesNotContain("0");
            assertThat(c.exceeds(0)).isFalse();
        }
    }

    @Test
    void theJsonShapeIsExactlyStateAmountCurrencyBasis() {
        JsonMapper m = JsonMapper.builder().build();
        JsonNode unknown = m.valueToTree(Cost.unknown("no price"));
        assertThat(unknown.propertyNames()).containsExactly("state", "amount", "currency", "basis");
        assertThat(unknown.get("state").asString()).isEqualTo("unknown");
        assertThat(unknown.get("amount").isNull()).isTrue();
        assertThat(unknown.get("currency").asString()).isEqualTo("USD");
        JsonNode known = m.valueToTree(Cost.known(49, "listed"));
        assertThat(known.get("state").asString()).isEqualTo("known");
        assertThat(known.get("amount").asDouble()).isEqualTo(49.0);
        assertThat(m.valueToTree(Cost.estimated(98, "rule")).get("state").asString()).isEqualTo("estimated");
    }

    @Test
    void totalsCountUnknownAndEstimatedStepsAndNeverSumUnknownAsZero() {
        Cost.Total t = Cost.total(List.of(Cost.known(49, "a"), Cost.estimated(98, "b"), Cost.unknown("c")));
        assertThat(t.pricedUsd()).isEqualTo(147.0);
        assertThat(t.unknownSteps()).isEqualTo(1);
        assertThat(t.estimatedSteps()).isEqualTo(1);
        assertThat(t.asCost().state()).isEqualTo(Cost.State.UNKNOWN);
        assertThat(t.asCost().amount()).isNull();
        assertThat(t.describe()).startsWith("unknown").contains("1 of 3");
        Cost.Total est = Cost.total(List.of(Cost.known(49, "a"), Cost.estimated(98, "b")));
        assertThat(est.asCost().state()).isEqualTo(Cost.State.ESTIMATED);
        assertThat(est.describe()).startsWith("about 147 USD");
    }

    @Test
    void badCostsAreRefusedNamingTheRecordAndField() {
        assertThatThrownBy(() -> cred("x:neg", CredentialType.COURSE, 1.0, -1.0)).hasMessageContaining("costUsd")
                .hasMessageContaining("x:neg");
        assertThatThrownBy(() -> cred("x:nan", CredentialType.COURSE, 1.0, Double.NaN)).hasMessageContaining("costUsd");
        assertThatThrownBy(() -> cred("x:big", CredentialType.COURSE, 1.0, 2_000_000.0)).hasMessageContaining("costUsd")
                .hasMessageContaining("x:big").hasMessageContaining("1000000");
        assertThatThrownBy(() -> new Cost(Cost.State.UNKNOWN, 0.0, "USD", "x")).hasMessageContaining("cost.amount");
        assertThatThrownBy(() -> new Cost(Cost.State.KNOWN, null, "USD", "x")).hasMessageContaining("cost.amount");
    }
}
