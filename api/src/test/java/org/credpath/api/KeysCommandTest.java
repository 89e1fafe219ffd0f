package org.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.credpath.api.store.DatabaseConfig;
import org.credpath.api.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class KeysCommandTest {

    record Run(int code, String out, String err) {
    }

    static Run keys(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        List<String> all = new java.util.ArrayList<>(List.of("keys"));
        all.addAll(List.of(args));
        int code = cl.execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void issuesAnAdminKeyThatTheServerAccepts(@TempDir Path dir) {
        Run r = keys("issue", "--data-dir", dir.toString(), "--tenant", "ops", "--create-tenant", "--label", "on call");
        assertThat(r.code()).as(r.err()).isZero();
        String secret = r.out().strip();
        assertThat(secret).startsWith("cpk_").doesNotContain("\n");
        assertThat(r.err()).contains("admin key key_").contains("for tenant ops").doesNotContain(secret);

        Run tenantKey = keys("issue", "--data-dir", dir.toString(), "--tenant", "ops", "--type", "tenant");
        assertThat(tenantKey.code()).as(tenantKey.err()).isZero();

        try (TestApp app = new TestApp(DatabaseConfig.embedded(dir), Services.none())) {
            TestApp.Response tenants = app.get("/v1/admin/tenants", secret);
            assertThat(tenants.status()).isEqualTo(200);
            assertThat(tenants.body()).contains("\"ops\"");
            TestApp.Response listed = app.get("/v1/admin/tenants/ops/keys", secret);
            assertThat(listed.body()).contains("on call").doesNotContain(secret);
            assertThat(app.get("/v1/admin/tenants", tenantKey.out().strip()).status()).isEqualTo(403);
            assertThat(app.get("/v1/learners", tenantKey.out().strip()).status()).isEqualTo(200);
        }
    }

    @Test
    void badInputIsAClearErrorAndIssuesNothing(@TempDir Path dir) {
        Run noTenant = keys("issue", "--data-dir", dir.toString(), "--tenant", "nobody");
        assertThat(noTenant.code()).isEqualTo(1);
        assertThat(noTenant.err()).contains("--tenant: no tenant with id nobody").contains("--create-tenant")
                .doesNotContain("\tat ");
        assertThat(noTenant.out()).isEmpty();
        Run badType = keys("issue", "--data-dir", dir.toString(), "--tenant", "a", "--type", "root");
        assertThat(badType.code()).isEqualTo(1);
        assertThat(badType.err()).contains("--type: must be admin, tenant or public, got root");
        Run publicNoOrigin = keys("issue", "--data-dir", dir.toString(), "--tenant", "a", "--create-tenant",
                "--type", "public");
        assertThat(publicNoOrigin.code()).isEqualTo(1);
        assertThat(publicNoOrigin.err()).contains("origins: a public key needs at least one allowed origin");
        Run badTenantId = keys("issue", "--data-dir", dir.toString(), "--tenant", "Bad Id", "--create-tenant");
        assertThat(badTenantId.code()).isEqualTo(1);
        assertThat(badTenantId.err()).contains("tenant id:");
        assertThat(keys("issue").err()).contains("Missing required option: '--tenant");
    }

    @Test
    void refusesClearlyWhileARunningServerHoldsTheEmbeddedDatabase(@TempDir Path dir) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process holder = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                HoldDatabase.class.getName(), dir.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("open");
            Run r = keys("issue", "--data-dir", dir.toString(), "--tenant", "default", "--create-tenant");
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains("is in use by a running server").contains("POST /v1/admin/tenants/{id}/keys")
                    .doesNotContain("\tat ");
            assertThat(r.out()).isEmpty();
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        assertThat(keys("issue", "--data-dir", dir.toString(), "--tenant", "default", "--create-tenant").code()).isZero();
    }
}
