package org.credpath.engine.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ExpectedReturnModelTest {

    static final WageDistribution NOW = new WageDistribution(30_000, 35_000, 40_000, 48_000, 55_000);
    static final WageDistribution TARGET = new WageDistribution(45_000, 55_000, 65_000, 80_000, 95_000);

    static ReturnInputs inputs(double completion, double coverage, double cost, double base) {
        return new ReturnInputs(NOW, TARGET, List.of(new StepOutcome("a", completion, coverage, cost, 40, 0)), base, 1, 5);
    }

    @Test
    void sameSeedSameAnswer() {
        ExpectedReturnModel m = new ExpectedReturnModel(ReturnOptions.defaults());
        assertThat(m.estimate(inputs(0.7, 0.8, 300, 0.3))).isEqualTo(m.estimate(inputs(0.7, 0.8, 300, 0.3)));
    }

    @Test
    void likelyMoveGivesPositiveMedianAndIntervalAroundIt() {
        // without the pathway the move never happens (no coverage, probability 0); with it, 0.95
        ReturnOptions o = new ReturnOptions(0.05, 5, 4000, 1, 0.0, 0.95, 0, 0.1);
        ExpectedReturn r = new ExpectedReturnModel(o).estimate(inputs(1, 1, 300, 0));
        assertThat(r.median()).isPositive();
        assertThat(r.low()).isLessThanOrEqualTo(r.median());
        assertThat(r.high()).isGreaterThanOrEqualTo(r.median());
        assertThat(r.currency()).isEqualTo("USD");
        // 5 years of a ~25k gain, discounted, minus cost: between 50k and 125k
        assertThat(r.median()).isBetween(50_000.0, 125_000.0);
    }

    @Test
    void unlikelyMoveLeavesTheMedianAtMinusTheCost() {
        ReturnOptions o = new ReturnOptions(0.05, 5, 2000, 1, 0.0, 0.1, 0, 0.1);
        ExpectedReturn r = new ExpectedReturnModel(o).estimate(inputs(0.5, 0.2, 300, 0));
        assertThat(r.median()).isEqualTo(-300.0);
        assertThat(r.drivers()).extracting(ExpectedReturn.Driver::input).contains("completion", "cost", "move", "wage gap");
    }

    @Test
    void movesThatHappenWithoutThePathwayAreNotCredited() {
        // a learner who already holds most of the target's skills moves often without any course
        ReturnOptions o = new ReturnOptions(0.05, 5, 4000, 1, 0.05, 0.6, 0, 0.1);
        ExpectedReturnModel m = new ExpectedReturnModel(o);
        ExpectedReturn nothingTaught = m.estimate(inputs(1, 0, 120, 0.8));
        assertThat(nothingTaught.probabilityOfMoveWithout()).isGreaterThan(0.4);
        assertThat(nothingTaught.probabilityOfMove()).isEqualTo(nothingTaught.probabilityOfMoveWithout());
        assertThat(nothingTaught.mean()).isEqualTo(-120.0);
        assertThat(nothingTaught.high()).isEqualTo(-120.0);
        ExpectedReturn taught = m.estimate(inputs(1, 1, 120, 0.8));
        assertThat(taught.probabilityOfMove()).isGreaterThan(taught.probabilityOfMoveWithout());
        assertThat(taught.mean()).isGreaterThan(0);
        // credited: the added share of moves (about 0.6 - 0.49 = 0.11) times the gain, not all 0.6
        ExpectedReturn all = new ExpectedReturnModel(new ReturnOptions(0.05, 5, 4000, 1, 0, 0.6, 0, 0.1))
                .estimate(inputs(1, 1, 120, 0));
        assertThat(taught.mean()).isLessThan(0.3 * all.mean());
    }

    @Test
    void meanCarriesARareMoveTheMedianCannotShow() {
        ReturnOptions o = new ReturnOptions(0.05, 5, 4000, 1, 0.0, 0.25, 0, 0.1);
        ExpectedReturn r = new ExpectedReturnModel(o).estimate(inputs(1, 0.2, 300, 0));
        assertThat(r.median()).isEqualTo(-300.0);
        assertThat(r.high()).isEqualTo(-300.0);
        // about 5 % of draws move (0.25 x 0.2 coverage) and gain tens of thousands: the mean is far above minus the cost
        assertThat(r.mean()).isGreaterThan(1_000.0);
        assertThat(r.mean()).isLessThan(r.median() + 0.1 * 125_000);
    }

    @Test
    void driversSayHowMuchTheMeanMoves() {
        ReturnOptions o = new ReturnOptions(0.05, 5, 4000, 1, 0.0, 0.6, 0, 0.1);
        ExpectedReturn r = new ExpectedReturnModel(o).estimate(inputs(0.5, 0.3, 400, 0));
        java.util.Map<String, Double> shift = new java.util.HashMap<>();
        r.drivers().forEach(d -> shift.put(d.input(), d.meanShift()));
        assertThat(shift.get("cost")).isEqualTo(400.0);
        assertThat(shift.get("completion")).isPositive();
        assertThat(shift.get("move")).isPositive();
        assertThat(shift.get("wage gap")).isEqualTo(-r.mean() - 400);
        assertThat(Math.abs(r.drivers().get(0).meanShift())).isGreaterThanOrEqualTo(Math.abs(r.drivers().get(1).meanShift()));
    }

    @Test
    void moreCoverageMeansAHigherMoveProbability() {
        ExpectedReturnModel m = new ExpectedReturnModel(ReturnOptions.defaults());
        assertThat(m.moveProbability(inputs(1, 0.9, 0, 0))).isGreaterThan(m.moveProbability(inputs(1, 0.1, 0, 0)));
    }

    @Test
    void noTargetValuesSkillsByTheirPremium() {
        ReturnInputs in = new ReturnInputs(NOW, null, List.of(new StepOutcome("a", 1, 0.5, 0, 10, 0.05)), 0, 1, 5);
        ExpectedReturn r = new ExpectedReturnModel(ReturnOptions.defaults()).estimate(in);
        assertThat(r.median()).isPositive();
        assertThat(r.probabilityOfMove()).isZero();
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
    }

    @Test
    void optionsAreValidated() {
        assertThatThrownBy(() -> new ReturnOptions(1.5, 5, 2000, 1, 0, 1, 0, 0.1)).hasMessageContaining("discountRate");
        assertThatThrownBy(() -> new ReturnOptions(0.05, 0, 2000, 1, 0, 1, 0, 0.1)).hasMessageContaining("horizonYears");
    }
}
