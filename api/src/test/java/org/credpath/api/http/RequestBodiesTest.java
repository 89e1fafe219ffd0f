package org.credpath.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

/** A body read that fails is answered in plain words: 408 when it stopped arriving, else 400. */
class RequestBodiesTest {

    @Test
    void idleTimeoutIs408WithoutTheExceptionName() {
        ProblemException p = RequestBodies.readFailure(
                new IOException(new TimeoutException("Idle timeout expired: 10000/10000 ms")));
        assertThat(p.problem().status()).isEqualTo(408);
        assertThat(p.problem().detail()).contains("stopped arriving").doesNotContain("Exception").doesNotContain("java.");
    }

    @Test
    void brokenBodyIs400WithoutTheExceptionName() {
        ProblemException p = RequestBodies.readFailure(new IllegalStateException("org.eclipse.jetty.http.BadMessageException: 400: bad chunk"));
        assertThat(p.problem().status()).isEqualTo(400);
        assertThat(p.problem().detail()).doesNotContain("Exception").doesNotContain("org.eclipse");
    }

    @Test
    void mediaTypes() {
        assertThat(BodyType.JSON.accepts("application/json; charset=UTF-8")).isTrue();
        assertThat(BodyType.JSON.accepts("application/merge-patch+json")).isTrue();
        assertThat(BodyType.JSON.accepts("text/plain")).isFalse();
        assertThat(BodyType.JSON.accepts(null)).isFalse();
        assertThat(BodyType.BATCH.accepts("application/x-ndjson")).isTrue();
        assertThat(BodyType.BATCH.accepts("text/plain")).isFalse();
        assertThat(BodyType.WALLET.accepts("application/vc+jwt")).isTrue();
    }
}
