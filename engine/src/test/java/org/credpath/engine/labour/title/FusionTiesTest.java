package org.credpath.engine.labour.title;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Ties in the fused resolver: a list's equal scores share a rank, an exact tie of fused scores goes to the
 * occupation more vacancy titles name (not to URI order), and the prior decides a near-tie.
 */
class FusionTiesTest {

    private static final String A = "urn:occ:a-statistical-assistant";
    private static final String B = "urn:occ:b-secretary";

    private static final FusionWeights NO_PRIOR = new FusionWeights(1, 0.5, 0.5, 0, 0, 1, 1, 0.4);
    private static final FusionWeights WITH_PRIOR = new FusionWeights(1, 0.5, 0.5, 0, 0.1, 1, 1, 0.4);

    /** Vacancy titles: {@code b} names B (secretary) that many times, A once. */
    private static OccupationPrior prior(int b) {
        List<TitleEvidence> titles = new ArrayList<>();
        titles.add(new TitleEvidence(A, "statistics clerk", TitleSource.VACANCY));
        for (int i = 0; i < b; i++) {
            titles.add(new TitleEvidence(B, "secretary " + i, TitleSource.VACANCY));
        }
        titles.add(new TitleEvidence(A, "statistical assistant", TitleSource.ESCO_PREFERRED));
        return OccupationPrior.ofVacancies(titles);
    }

    /** One reading whose only non-empty list is {@code exact}. */
    private static FusedTitleResolver.RankedLists exactOnly(List<ScoredOccupation> exact) {
        FusedTitleResolver.Reading r = new FusedTitleResolver.Reading("admin assistant", FusedTitleResolver.ReadingKind.AS_GIVEN);
        return new FusedTitleResolver.RankedLists("admin assistant", List.of(r), List.of(List.of()), List.of(List.of()),
                List.of(exact), List.of(List.of()));
    }

    @Test
    void anAlternativeLabelSharedByTwoOccupationsIsATieThePriorBreaks() {
        // "admin assistant" is an alternative label of both; A comes first in URI order
        var tie = exactOnly(List.of(new ScoredOccupation(A, 0.5), new ScoredOccupation(B, 0.5)));
        FusedTitleResolver r = TitleFixture.lexical().withPrior(prior(20));

        FusedTitleResolver.Answer noPrior = r.withWeights(NO_PRIOR).fuse(tie, 2);
        assertThat(noPrior.ranked().get(0).score()).isEqualTo(noPrior.ranked().get(1).score());
        assertThat(noPrior.ranked().getFirst().uri()).as("equal scores go to the more common occupation").isEqualTo(B);

        FusedTitleResolver.Answer withPrior = r.withWeights(WITH_PRIOR).fuse(tie, 2);
        assertThat(withPrior.ranked().getFirst().uri()).isEqualTo(B);
        assertThat(withPrior.ranked().get(0).score()).isGreaterThan(withPrior.ranked().get(1).score());

        FusedTitleResolver.Answer reversed = TitleFixture.lexical().withPrior(prior(0)).withWeights(NO_PRIOR).fuse(tie, 2);
        assertThat(reversed.ranked().getFirst().uri()).as("A is the more common one now").isEqualTo(A);
    }

    @Test
    void aTiedFirstPlaceLowersTheConfidence() {
        FusedTitleResolver r = TitleFixture.lexical().withWeights(NO_PRIOR);
        double tied = r.fuse(exactOnly(List.of(new ScoredOccupation(A, 0.5), new ScoredOccupation(B, 0.5))), 2).confidence();
        double preferred = r.fuse(exactOnly(List.of(new ScoredOccupation(A, 1.0), new ScoredOccupation(B, 0.5))), 2).confidence();
        // tied: the exact list's weight 0.5 is shared by two, of 1.5 attempted (the empty evidence list counts
        // against), and the margin is 0: 0.5 * (0.25 / 1.5) + 0.5 * 0
        assertThat(tied).isCloseTo(1.0 / 12, within(1e-9));
        assertThat(preferred).isGreaterThan(tied);
    }

    @Test
    void thePriorDecidesANearTieBetweenTheStages() {
        FusedTitleResolver.Reading r = new FusedTitleResolver.Reading("clerk", FusedTitleResolver.ReadingKind.AS_GIVEN);
        // evidence ranks A first, the encoder B; evidence weighs 1 and the encoder 0.9: A leads by a little
        var lists = new FusedTitleResolver.RankedLists("clerk", List.of(r),
                List.of(List.of(new ScoredOccupation(A, 2), new ScoredOccupation(B, 1))),
                List.of(List.of(new ScoredOccupation(B, 0.8), new ScoredOccupation(A, 0.7))), List.of(List.of()), List.of(List.of()));
        FusedTitleResolver resolver = TitleFixture.lexical().withPrior(prior(50));
        assertThat(resolver.withWeights(new FusionWeights(1, 0.9, 0, 0, 0, 1, 1, 0.4)).fuse(lists, 2).ranked().getFirst().uri())
                .isEqualTo(A);
        assertThat(resolver.withWeights(new FusionWeights(1, 0.9, 0, 0, 0.1, 1, 1, 0.4)).fuse(lists, 2).ranked().getFirst().uri())
                .isEqualTo(B);
    }

    @Test
    void thePriorIsTheLogShareOfTheMostCommonOccupation() {
        OccupationPrior p = prior(20);
        assertThat(p.of(B)).isEqualTo(1.0);
        assertThat(p.of(A)).isCloseTo(Math.log(2) / Math.log(21), within(1e-12));
        assertThat(p.of("urn:occ:unknown")).isZero();
        assertThat(p.count(B)).isEqualTo(20);
        assertThat(OccupationPrior.NONE.of(B)).isZero();
    }
}
