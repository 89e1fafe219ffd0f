package org.credpath.api.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.credpath.api.Main;
import org.credpath.api.http.ApiJson;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** {@code credpath bench soak} end to end, for seconds: the real engine, the report's structure and no 5xx. */
@Tag("slow")
class BenchSoakCommandTest {

    @Test
    void aShortSoakReportsEveryIntervalAndNoServerErrors() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        int code;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            code = Main.commandLine().execute("bench", "soak", "--minutes", "0.25", "--capacity-seconds", "4",
                    "--interval-seconds", "5", "--warmup", "50", "--learners", "40", "--json");
        } finally {
            System.setOut(saved);
        }
        assertThat(code).isZero();
        JsonNode r = ApiJson.mapper().readTree(out.toString(StandardCharsets.UTF_8));
        double capacity = r.get("capacityRequestsPerSecond").asDouble();
        assertThat(capacity).isPositive();
        assertThat(r.get("capacityShare").asDouble()).isEqualTo(0.8);
        JsonNode soak = r.get("soak");
        assertThat(soak.get("targetRequestsPerSecond").asDouble()).isCloseTo(capacity * 0.8, org.assertj.core.data.Offset.offset(0.11));
        assertThat(soak.get("serverErrors").asLong()).isZero();
        assertThat(soak.get("errors").asLong()).isZero();
        assertThat(soak.get("requests").asLong()).isPositive();
        assertThat(soak.get("intervals").size()).isEqualTo(3);
        long sum = 0;
        for (JsonNode i : soak.get("intervals")) {
            sum += i.get("requests").asLong();
            assertThat(i.get("p99Ms").asDouble()).isGreaterThanOrEqualTo(i.get("p50Ms").asDouble());
        }
        assertThat(sum).isEqualTo(soak.get("requests").asLong());
        assertThat(soak.get("kinds").size()).isEqualTo(5);
        assertThat(r.get("heapAfterGcStartMb").asLong()).isPositive();
        assertThat(r.get("heapAfterGcEndMb").asLong()).isPositive();
        assertThat(r.get("heapGrowthMb").asLong())
                .isEqualTo(r.get("heapAfterGcEndMb").asLong() - r.get("heapAfterGcStartMb").asLong());
        assertThat(r.get("loadAverageStart").asString()).isNotBlank();
    }
}
