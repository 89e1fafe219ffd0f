package org.credpath.engine.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The table-driven draws ({@link ExpectedReturnModel#gains}) give exactly, bit for bit, what the per-draw
 * definition gives: a fresh seeded generator, {@link ExpectedReturnModel.Draw#next} and
 * {@link ExpectedReturnModel#yearlyGain} for each draw (the model's code before the draws were tabled).
 */
class ExpectedReturnDrawsTest {

    static final WageDistribution NOW = ExpectedReturnModelTest.NOW;
    static final WageDistribution TARGET = ExpectedReturnModelTest.TARGET;

    /** The draws as first defined: one generator per estimate, one draw after another. */
    static double[] reference(ExpectedReturnModel m, ReturnOptions o, ReturnInputs in) {
        SplittableRandom rnd = new SplittableRandom(o.seed());
        double cost = in.steps().stream().filter(s -> s.costUsd() != null).mapToDouble(StepOutcome::costUsd).sum();
        double hours = in.steps().stream().mapToDouble(StepOutcome::hours).sum();
        double years = hours / in.hoursPerWeek() / 52.0;
        double annuity = m.annuity(Math.min(years, o.horizonYears()), o.horizonYears());
        double fixed = cost + hours * o.studyHourValueUsd();
        double[] out = new double[o.draws()];
        for (int k = 0; k < out.length; k++) {
            out[k] = m.yearlyGain(in, ExpectedReturnModel.Draw.next(rnd)) * annuity - fixed;
        }
        return out;
    }

    static ReturnInputs random(SplittableRandom r) {
        int n = 1 + r.nextInt(3);
        List<StepOutcome> steps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double completion = switch (r.nextInt(5)) {
                case 0 -> 0;
                case 1 -> 1;
                default -> r.nextDouble();
            };
            double coverage = r.nextInt(4) == 0 ? 0 : r.nextDouble();
            Double cost = r.nextInt(3) == 0 ? null : 500 * r.nextDouble();
            steps.add(new StepOutcome("s" + i, completion, coverage, cost, 200 * r.nextDouble(),
                    r.nextBoolean() ? 0 : 0.1 * r.nextDouble()));
        }
        WageDistribution target = switch (r.nextInt(3)) {
            case 0 -> null;
            case 1 -> NOW;
            default -> TARGET;
        };
        return new ReturnInputs(NOW, target, steps, r.nextDouble(), r.nextDouble(), 1 + 20 * r.nextDouble(), r.nextInt(3));
    }

    @Test
    void tabledDrawsEqualTheDrawByDrawDefinitionBitForBit() {
        SplittableRandom r = new SplittableRandom(11);
        for (ReturnOptions o : List.of(ReturnOptions.defaults(),
                new ReturnOptions(0.03, 10, 250, 7, 0.1, 0.7, 15, 0.1))) {
            ExpectedReturnModel m = new ExpectedReturnModel(o);
            for (int i = 0; i < 300; i++) {
                ReturnInputs in = random(r);
                double[] expected = reference(m, o, in);
                assertThat(Arrays.equals(m.draws(in), expected)).as("inputs %s", in).isTrue();
                // the same model asked again (the table is shared, never consumed)
                assertThat(Arrays.equals(m.draws(in), expected)).isTrue();
            }
        }
    }

    @Test
    void theMeanSumsAsTheJdkStreamSumDoes() {
        SplittableRandom r = new SplittableRandom(2);
        for (int i = 0; i < 500; i++) {
            double[] d = new double[1 + r.nextInt(2000)];
            for (int k = 0; k < d.length; k++) {
                d[k] = switch (r.nextInt(40)) {
                    case 0 -> 1e16 * r.nextDouble();
                    case 1 -> i % 7 == 0 ? Double.POSITIVE_INFINITY : -0.0;
                    default -> 5_000 * r.nextGaussian();
                };
            }
            double stream = Arrays.stream(d).sum() / d.length;
            assertThat(Double.doubleToRawLongBits(ExpectedReturnModel.mean(d))).as("mean %s", stream)
                    .isEqualTo(Double.doubleToRawLongBits(stream));
        }
    }

    @Test
    void theCostDriverEqualsTheDrawByDrawDefinition() {
        ReturnOptions o = ReturnOptions.defaults();
        ExpectedReturnModel m = new ExpectedReturnModel(o);
        SplittableRandom r = new SplittableRandom(5);
        int checked = 0;
        for (int i = 0; i < 200; i++) {
            ReturnInputs in = random(r);
            ExpectedReturn er = m.estimate(in);
            ReturnInputs free = in.withSteps(in.steps().stream().map(s -> s.withCost(s.costUsd() == null ? null : 0.0))
                    .toList());
            double shift = Math.round(ExpectedReturnModel.mean(reference(m, o, free))
                    - ExpectedReturnModel.mean(reference(m, o, in)));
            for (ExpectedReturn.Driver d : er.drivers()) {
                if (d.input().equals("cost")) {
                    assertThat(d.meanShift()).isEqualTo(shift);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
    }
}
