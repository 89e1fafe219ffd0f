package org.credpath.engine.returns;

/**
 * Assumptions behind an expected return (all documented in docs/returns.md).
 *
 * @param discountRate      yearly discount rate of future wage gains
 * @param horizonYears      years over which gains count, from today
 * @param draws             Monte Carlo draws
 * @param seed              random seed of the draws
 * @param moveAtNoCoverage  probability of moving into the target with none of its essential skills
 * @param moveAtFullCoverage probability of moving with all of them
 * @param studyHourValueUsd opportunity cost of one study hour (0 = not counted)
 * @param premiumRealisation share of a skill's cross-occupation wage premium a learner captures by
 *                          taking a credential (no-target case; the premium is an association
 *                          between occupations' skills and wages, not a causal return)
 */
public record ReturnOptions(double discountRate, double horizonYears, int draws, long seed, double moveAtNoCoverage,
                            double moveAtFullCoverage, double studyHourValueUsd, double premiumRealisation) {
    public ReturnOptions {
        if (!(discountRate >= 0 && discountRate < 1)) {
            throw new IllegalArgumentException("discountRate: must be in [0, 1), got " + discountRate);
        }
        if (!(horizonYears > 0 && horizonYears <= 50)) {
            throw new IllegalArgumentException("horizonYears: must be in (0, 50], got " + horizonYears);
        }
        if (draws < 100 || draws > 1_000_000) {
            throw new IllegalArgumentException("draws: must be 100..1000000, got " + draws);
        }
        if (!(moveAtNoCoverage >= 0 && moveAtNoCoverage <= moveAtFullCoverage && moveAtFullCoverage <= 1)) {
            throw new IllegalArgumentException("moveAtNoCoverage/moveAtFullCoverage: need 0 <= a <= b <= 1, got "
                    + moveAtNoCoverage + "/" + moveAtFullCoverage);
        }
        if (!(premiumRealisation >= 0 && premiumRealisation <= 1)) {
            throw new IllegalArgumentException("premiumRealisation: must be in [0, 1], got " + premiumRealisation);
        }
        if (!(studyHourValueUsd >= 0)) {
            throw new IllegalArgumentException("studyHourValueUsd: must be >= 0, got " + studyHourValueUsd);
        }
    }

    public static ReturnOptions defaults() {
        return new ReturnOptions(0.05, 5, 1000, 42, 0.05, 0.6, 0, 0.1);
    }
}
