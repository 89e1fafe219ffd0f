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
        ReturnOptions o = new ReturnOptions(0.05, 5, 4000, 1, 0.9, 0.95, 0, 0.1);
        ExpectedReturn r = new ExpectedReturnModel(o).estimate(inputs(1, 1, 300, 0.5));
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
    void meanCarriesARareMoveTheMedianCannotShow() {
        ReturnOptions o = new ReturnOptions(0.05, 5, 4000, 1, 0.05, 0.06, 0, 0.1);
        ExpectedReturn r = new ExpectedReturnModel(o).estimate(inputs(1, 0.2, 300, 0));
        assertThat(r.median()).isEqualTo(-300.0);
        assertThat(r.high()).isEqualTo(-300.0);
        // about 5 % of draws move and gain tens of thousands: the mean is far above minus the cost
        assertThat(r.mean()).isGreaterThan(1_000.0);
        assertThat(r.mean()).isLessThan(r.median() + 0.1 * 125_000);
    }

    @Test
    void medianBySelectionEqualsTheSortedPercentile() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(7);
        for (int n : new int[] {100, 101, 1000, 1001}) {
            double[] d = new double[n];
            for (int i = 0; i < n; i++) {
                d[i] = rnd.nextDouble() < 0.3 ? -300 : rnd.nextGaussian() * 1e4;
            }
            double[] sorted = d.clone();
            java.util.Arrays.sort(sorted);
            assertThat(ExpectedReturnModel.median(d.clone())).as("n=%d", n)
                    .isEqualTo(ExpectedReturnModel.percentile(sorted, 0.5));
        }
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
