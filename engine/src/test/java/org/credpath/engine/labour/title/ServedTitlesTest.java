package org.credpath.engine.labour.title;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.credpath.engine.labour.title.TitleFixture.CARPENTER;
import static org.credpath.engine.labour.title.TitleFixture.DEVELOPER;
import static org.credpath.engine.labour.title.TitleFixture.ELECTRICIAN;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lexical stages answer while the encoder's vectors are built; the full resolver is swapped in after. */
class ServedTitlesTest {

    @TempDir
    Path cache;

    @Test
    void lexicalStagesAnswerWhileEncodingThenTheFusedResolverIsServed() throws Exception {
        FusedTitleResolver lexical = TitleFixture.lexical();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch reported = new CountDownLatch(1);
        ServedTitles served = ServedTitles.building(lexical, progress -> {
            progress.accept("encoder: 250 / 33,000 esco-occupation-labels texts");
            reported.countDown();
            await(release);
            return TitleFixture.resolver(cache);
        }, "Delete the cache folder and restart.", line -> { });
        assertThat(reported.await(30, TimeUnit.SECONDS)).isTrue();

        assertThat(served.current()).isSameAs(lexical);
        assertThat(served.current().usesEncoder()).isFalse();
        assertThat(served.status()).isEqualTo(new ServedTitles.Status(ServedTitles.Stage.LEXICAL_WHILE_ENCODING,
                "encoder: 250 / 33,000 esco-occupation-labels texts"));
        // the lexical stages alone still read typos and slang
        assertThat(served.current().resolve("electrition", 3).getFirst().uri()).isEqualTo(ELECTRICIAN);
        assertThat(served.current().resolve("chippy", 3).getFirst().uri()).isEqualTo(CARPENTER);
        assertThat(served.current().resolve("softwre engneer", 3).getFirst().uri()).isEqualTo(DEVELOPER);

        release.countDown();
        FusedTitleResolver full = served.await();
        assertThat(full.usesEncoder()).isTrue();
        assertThat(served.current()).isSameAs(full);
        assertThat(served.status().stage()).isEqualTo(ServedTitles.Stage.FUSED);
    }

    @Test
    void aFailedBuildKeepsTheLexicalStagesAndSaysHowToRebuild() {
        FusedTitleResolver lexical = TitleFixture.lexical();
        ServedTitles served = ServedTitles.building(lexical, progress -> {
            throw new IllegalStateException("cannot write the encoder cache var/cache/encoder: disk full");
        }, "Delete var/cache/encoder and restart to encode them again.", line -> { });
        assertThatThrownBy(served::await).hasMessageContaining("disk full");
        assertThat(served.current()).isSameAs(lexical);
        assertThat(served.status().stage()).isEqualTo(ServedTitles.Stage.LEXICAL_ENCODER_FAILED);
        assertThat(served.status().detail()).contains("disk full", "lexical stages only",
                "Delete var/cache/encoder and restart");
        assertThat(served.current().resolve("sparky", 3).getFirst().uri()).isEqualTo(ELECTRICIAN);
    }

    @Test
    void aDeferredBuildWaitsForStartThenRunsOnce() throws Exception {
        FusedTitleResolver lexical = TitleFixture.lexical();
        java.util.concurrent.atomic.AtomicInteger builds = new java.util.concurrent.atomic.AtomicInteger();
        ServedTitles served = ServedTitles.deferred(lexical, progress -> {
            builds.incrementAndGet();
            return TitleFixture.resolver(cache);
        }, "Delete the cache folder and restart.", line -> { });
        Thread.sleep(200);
        assertThat(builds).hasValue(0);
        assertThat(served.current()).isSameAs(lexical);
        assertThat(served.status().stage()).isEqualTo(ServedTitles.Stage.LEXICAL_WHILE_ENCODING);
        assertThat(served.status().detail()).contains("once the server is ready");
        served.start();
        served.start();
        FusedTitleResolver full = served.await();
        assertThat(full.usesEncoder()).isTrue();
        assertThat(served.current()).isSameAs(full);
        assertThat(builds).hasValue(1);
    }

    @Test
    void awaitingADeferredBuildStartsIt() {
        FusedTitleResolver lexical = TitleFixture.lexical();
        ServedTitles served = ServedTitles.deferred(lexical, progress -> TitleFixture.resolver(cache),
                "Delete the cache folder and restart.", line -> { });
        assertThat(served.await().usesEncoder()).isTrue();
        assertThat(served.status().stage()).isEqualTo(ServedTitles.Stage.FUSED);
    }

    @Test
    void aReadyResolverIsServedAtOnce() {
        FusedTitleResolver full = TitleFixture.resolver(cache);
        ServedTitles served = ServedTitles.ready(full);
        assertThat(served.current()).isSameAs(full);
        assertThat(served.await()).isSameAs(full);
        assertThat(served.status().stage()).isEqualTo(ServedTitles.Stage.FUSED);
    }

    @Test
    void theLexicalResolverDoesNotCountTheMissingEncoderAgainstItsConfidence() {
        FusedTitleResolver.Answer clear = TitleFixture.lexical().explain("electrician", 3);
        assertThat(clear.ranked().getFirst().uri()).isEqualTo(ELECTRICIAN);
        assertThat(clear.lowConfidence()).isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
