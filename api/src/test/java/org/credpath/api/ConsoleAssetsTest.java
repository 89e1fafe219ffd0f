package org.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adviser console is served at / with no key, the widget script is one file, and both stay within
 * the byte budgets: widget at most 30 kB gzipped, console first load (the page and every
 * script and style sheet it names) at most 300 kB uncompressed. Sizes are measured on what the
 * server sends.
 */
class ConsoleAssetsTest {
    static final int WIDGET_GZIP_BUDGET = 30 * 1024;
    static final int CONSOLE_FIRST_LOAD_BUDGET = 300 * 1024;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void consoleIsServedAtRootWithinItsFirstLoadBudget(@TempDir Path dir) throws Exception {
        try (TestApp app = TestApp.embedded(dir)) {
            HttpResponse<byte[]> page = get(app, "/");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            String html = new String(page.body(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(html).contains("Credpath adviser console", "console.js", "team.js", "console.css").doesNotContain("innerHTML");
            long total = page.body().length;
            Matcher m = Pattern.compile("(?:src|href)=\"([a-z0-9-]+\\.(?:js|css))\"").matcher(html);
            int assets = 0;
            while (m.find()) {
                HttpResponse<byte[]> asset = get(app, "/" + m.group(1));
                assertThat(asset.statusCode()).as(m.group(1)).isEqualTo(200);
                assertThat(new String(asset.body(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("innerHTML");
                total += asset.body().length;
                assets++;
            }
            assertThat(assets).isEqualTo(3); // console.js, team.js, console.css
            System.err.printf("console first load: %d bytes uncompressed (%d assets)%n", total, assets + 1);
            assertThat(total).isLessThanOrEqualTo(CONSOLE_FIRST_LOAD_BUDGET);
        }
    }

    @Test
    void widgetIsOneScriptWithinThirtyKilobytesGzipped(@TempDir Path dir) throws Exception {
        try (TestApp app = TestApp.embedded(dir)) {
            HttpResponse<byte[]> widget = get(app, "/widget.js");
            assertThat(widget.statusCode()).isEqualTo(200);
            assertThat(widget.headers().firstValue("Content-Type").orElse("")).contains("javascript");
            String js = new String(widget.body(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(js).contains("customElements.define('credpath-recommendations'").doesNotContain("innerHTML")
                    .doesNotContain("import ");
            int gz = gzip(widget.body()).length;
            System.err.printf("widget.js: %d bytes, %d gzipped%n", widget.body().length, gz);
            assertThat(gz).isLessThanOrEqualTo(WIDGET_GZIP_BUDGET);
        }
    }

    private HttpResponse<byte[]> get(TestApp app, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.server.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gzip(byte[] in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(in);
        }
        return out.toByteArray();
    }
}
