package org.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher script {@code credpath} at the repository root: the properties it hands to the JVM. */
class LauncherTest {
    private static final Path LAUNCHER = Path.of("..", "credpath").toAbsolutePath().normalize();

    record Run(int code, String out, String err) {
    }

    static Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of("bash", LAUNCHER.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("CREDPATH_HOME");
        pb.environment().remove("CREDPATH_LOG_LEVEL");
        pb.environment().remove("CREDPATH_SERVER_LOG_LEVEL");
        pb.environment().put("CREDPATH_PRINT_PROPERTIES", "1");
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("launcher did not finish");
        }
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void defaultsToThisCheckoutWarnAndAnInfoAccessLogForServe() throws Exception {
        Run serve = run(Map.of(), "serve");
        assertThat(serve.code()).isZero();
        assertThat(serve.out().lines()).containsExactly("-Dcredpath.home=" + LAUNCHER.getParent(),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-Dorg.slf4j.simpleLogger.log.credpath=info");
        Run bench = run(Map.of(), "bench", "http");
        assertThat(bench.out()).contains("-Dorg.slf4j.simpleLogger.log.credpath=warn");
    }

    @Test
    void respectsCredpathHomeAndTheLogLevels(@TempDir Path home) throws Exception {
        Run r = run(Map.of("CREDPATH_HOME", home.toString(), "CREDPATH_LOG_LEVEL", "debug",
                "CREDPATH_SERVER_LOG_LEVEL", "off"), "serve");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).containsExactly("-Dcredpath.home=" + home,
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=debug", "-Dorg.slf4j.simpleLogger.log.credpath=off");
    }

    @Test
    void refusesABadLevelOrAMissingHome(@TempDir Path dir) throws Exception {
        Run level = run(Map.of("CREDPATH_LOG_LEVEL", "loud"), "serve");
        assertThat(level.code()).isEqualTo(2);
        assertThat(level.err()).contains("CREDPATH_LOG_LEVEL must be one of trace, debug, info, warn, error, off; got 'loud'");
        Run home = run(Map.of("CREDPATH_HOME", dir.resolve("nowhere").toString()), "serve");
        assertThat(home.code()).isEqualTo(2);
        assertThat(home.err()).contains("is not a folder");
    }

    @Test
    void aSecondConcurrentServeRunsWithoutTheClassDataArchive(@TempDir Path home) throws Exception {
        Run alone = run(Map.of("CREDPATH_HOME", home.toString(), "CREDPATH_PRINT_PROPERTIES", "start-opts"), "serve");
        assertThat(alone.code()).isZero();
        assertThat(alone.out()).contains("-XX:SharedArchiveFile=" + home.resolve("var/cache/cds/serve.jsa"));
        // another start holds the archive's lock, as a running server does until it exits
        String lock = home.resolve("var/cache/cds/serve.lock").toString();
        Process holder = new ProcessBuilder("flock", "--close", lock, "sleep", "30").start();
        try {
            awaitHeld(lock);
            Run second = run(Map.of("CREDPATH_HOME", home.toString(), "CREDPATH_PRINT_PROPERTIES", "start-opts"), "serve");
            assertThat(second.code()).isZero();
            assertThat(second.out()).contains("-XX:MetaspaceSize=256m").doesNotContain("SharedArchiveFile");
        } finally {
            holder.descendants().forEach(ProcessHandle::destroyForcibly);
            holder.destroyForcibly().waitFor();
        }
    }

    /** Waits until another process holds the lock: {@code flock -n} then fails to take it. */
    private static void awaitHeld(String lock) throws IOException, InterruptedException {
        for (int i = 0; i < 200; i++) {
            if (new ProcessBuilder("flock", "-n", lock, "true").start().waitFor() != 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the lock holder never took " + lock);
    }
}
