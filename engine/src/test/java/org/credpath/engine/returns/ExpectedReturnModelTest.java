package org.credpath.engine.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ExpectedReturnModelTest {

    static final WageDistribution NOW = new WageDistribution(30_000, 35_000, 40_000, 48_000, 55_000);
    static final WageDistribution TARGET = new WageDistribution(45_000, 55_000, 65_000, 80_000, 95_000);

    static ReturnInputs inputs(double completion, double coverage, Double cost, double base) {
        return new ReturnInputs(NOW, TARGET, List.of(new StepOutcome("a", completion, coverage, cost, 40, 0)), base, 1, 5);
    }

    @Test
    void sameSeedSameAnswer() {
        ExpectedReturnModel m = new ExpectedReturnModel(ReturnOptions.defaults());
        assertThat(m.estimate(inputs(0.7, 0.8, 300.0, 0.3))).isEqualTo(m.estimate(inputs(0.7, 0.8, 300.0, 0.3)));
    }

    static ReturnInputs sameCode(int priorRelevant, double... coverages) {
        List<StepOutcome> steps = new java.util.ArrayList<>();
        for (double c : coverages) {
            steps.add(new StepOutcome("s" + steps.size(), 1, c, 0.0, 10, 0));
        }
        return new ReturnInputs(NOW, NOW, steps, 0, 1, 5, priorRelevant);
    }

    @Test
    void anAverageRelevantCredentialEarnsTheFirstCredentialPremium() {
        // no wage gap (same code): the gain if completed is the within-occupation premium only
        ExpectedReturn r = new ExpectedReturnModel(ReturnOptions.defaults())
                .estimate(sameCode(0, ReturnAnchors.REFERENCE_COVERAGE));
        assertThat(r.yearlyGainShare()).isCloseTo(ReturnAnchors.FIRST_RELEVANT, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(r.currentWageUsd()).isEqualTo(40_000);
        // narrower credentials earn less, broader ones more, up to the cap
        ExpectedReturnModel m = new ExpectedReturnModel(ReturnOptions.defaults());
        double narrow = m.estimate(sameCode(0, ReturnAnchors.REFERENCE_COVERAGE / 4)).yearlyGainShare();
        double broad = m.estimate(sameCode(0, 1)).yearlyGainShare();
        assertThat(narrow).isCloseTo(ReturnAnchors.FIRST_RELEVANT / 4, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(broad).isCloseTo(ReturnAnchors.FIRST_RELEVANT * ReturnAnchors.RELEVANCE_CAP,
                org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void theIntervalOfTheEstimateIsNotDegenerate() {
        ExpectedReturn r = new ExpectedReturnModel(ReturnOptions.defaults()).estimate(inputs(0.3, 0.05, 49.0, 0.1));
        assertThat(r.low()).isLessThan(r.median());
        assertThat(r.high()).isGreaterThan(r.median());
        assertThat(r.mean()).isBetween(r.low(), r.high());
    }

    @Test
    void sameWageCodeGivesTheWithinOccupationGainNotMinusTheCost() {
        // source and target share a wage code: no wage gap, yet a completed relevant credential pays its premium
        ReturnInputs in = new ReturnInputs(NOW, NOW, List.of(new StepOutcome("a", 1, 0.3, 100.0, 20, 0)), 0, 1, 5);
        ExpectedReturn r = new ExpectedReturnModel(ReturnOptions.defaults()).estimate(in);
        assertThat(r.mean()).isGreaterThan(0);
        assertThat(r.low()).isGreaterThan(-100);
        assertThat(r.yearlyGainIfMoveUsd()).isZero();
    }

    @Test
    void furtherCredentialsEarnLess() {
        ExpectedReturnModel m = new ExpectedReturnModel(ReturnOptions.defaults());
        double ref = ReturnAnchors.REFERENCE_COVERAGE;
        assertThat(m.estimate(sameCode(2, ref)).yearlyGainShare()).isCloseTo(ReturnAnchors.FURTHER_RELEVANT,
                org.assertj.core.data.Offset.offset(1e-4));
        // a pathway of two average relevant steps: first + further premium (Brookings: 3.8 % + 1.0 %)
        assertThat(m.estimate(sameCode(0, ref, ref)).yearlyGainShare()).isCloseTo(
                ReturnAnchors.FIRST_RELEVANT + ReturnAnchors.FURTHER_RELEVANT, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void unknownCostIsLeftOutAndCountedNeverTakenAsZero() {
        ExpectedReturnModel m = new ExpectedReturnModel(ReturnOptions.defaults());
        ExpectedReturn unknown = m.estimate(inputs(0.5, 0.1, null, 0));
        ExpectedReturn free = m.estimate(inputs(0.5, 0.1, 0.0, 0));
        assertThat(unknown.unknownCostSteps()).isEqualTo(1);
        assertThat(free.unknownCostSteps()).isZero();
        assertThat(unknown.drivers()).extracting(ExpectedReturn.Driver::input).doesNotContain("cost");
    }

    @Test
    void movesThatHappenWithoutThePathwayAreNotCredited() {
        ExpectedReturnModel m = new ExpectedReturnModel(ReturnOptions.defaults());
        ExpectedReturn nothingTaught = m.estimate(new ReturnInputs(NOW, TARGET,
                List.of(new StepOutcome("a", 1, 0, 120.0, 40, 0)), 0.8, 1, 5));
        assertThat(nothingTaught.probabilityOfMoveWithout()).isGreaterThan(0.4);
        assertThat(nothingTaught.probabilityOfMove()).isEqualTo(nothingTaught.probabilityOfMoveWithout());
        // irrelevant: only the 0 .. 1.8 % premium, mid 0.9 %
        assertThat(nothingTaught.yearlyGainShare()).isBetween(0.008, 0.010);
        ExpectedReturn taught = m.estimate(inputs(1, 1, 120.0, 0.8));
        assertThat(taught.probabilityOfMove()).isGreaterThan(taught.probabilityOfMoveWithout());
        assertThat(taught.mean()).isGreaterThan(nothingTaught.mean());
    }

    @Test
    void driversSayHowMuchTheExpectedValueMoves() {
        ExpectedReturn r = new ExpectedReturnModel(ReturnOptions.defaults()).estimate(inputs(0.5, 0.3, 400.0, 0));
        java.util.Map<String, Double> shift = new java.util.HashMap<>();
        r.drivers().forEach(d -> shift.put(d.input(), d.meanShift()));
        assertThat(shift.get("cost")).isEqualTo(400.0);
        assertThat(shift.get("completion")).isPositive();
        assertThat(shift.get("move")).isPositive();
        assertThat(shift.get("wage gap")).isNegative();
        assertThat(Math.abs(r.drivers().get(0).meanShift())).isGreaterThanOrEqualTo(Math.abs(r.drivers().get(1).meanShift()));
    }

    @Test
    void moreCoverageMeansAHigherMoveProbability() {
        ExpectedReturnModel m = new ExpectedReturnModel(ReturnOptions.defaults());
        assertThat(m.moveProbability(inputs(1, 0.9, 0.0, 0))).isGreaterThan(m.moveProbability(inputs(1, 0.1, 0.0, 0)));
    }

    @Test
    void noTargetValuesPaidSkillsByTheAnchoredPremium() {
        ReturnInputs in = new ReturnInputs(NOW, null, List.of(new StepOutcome("a", 1, 0.5, 0.0, 10, 0.05)), 0, 1, 5);
        ExpectedReturn r = new ExpectedReturnModel(ReturnOptions.defaults()).estimate(in);
        assertThat(r.median()).isPositive();
        assertThat(r.probabilityOfMove()).isZero();
        assertThat(r.yearlyGainIfMoveUsd()).isNull();
    }

    @Test
    void wageQuantilesFollowThePercentiles() {
        assertThat(NOW.quantile(0.5)).isEqualTo(40_000);
        assertThat(NOW.quantile(0.25)).isEqualTo(35_000);
        assertThat(NOW.quantile(0.10)).isEqualTo(NOW.p10());
        assertThat(NOW.quantile(0.90)).isEqualTo(NOW.p90());
        assertThat(NOW.quantile(0.375)).isEqualTo((NOW.p25() + NOW.p50()) / 2);
        assertThat(NOW.quantile(0.95)).isGreaterThan(55_000);
        assertThat(NOW.quantile(0.01)).isLessThan(30_000).isGreaterThanOrEqualTo(15_000);
        assertThatThrownBy(() -> new WageDistribution(5, 4, 6, 7, 8)).hasMessageContaining("non-decreasing");
        assertThatThrownBy(() -> new WageDistribution(5, 6, 7, 8, 2_000_000)).hasMessageContaining("1,000,000");
        assertThatThrownBy(() -> new WageDistribution(Double.NaN, 6, 7, 8, 9)).hasMessageContaining("positive");
    }

    @Test
    void optionsAreValidated() {
        assertThatThrownBy(() -> new ReturnOptions(1.5, 5, 2000, 1, 0, 1, 0, 0.1)).hasMessageContaining("discountRate");
        assertThatThrownBy(() -> new ReturnOptions(0.05, 0, 2000, 1, 0, 1, 0, 0.1)).hasMessageContaining("horizonYears");
        assertThatThrownBy(() -> new StepOutcome("a", 1, 0, -1.0, 1, 0)).hasMessageContaining("costUsd");
    }
}
