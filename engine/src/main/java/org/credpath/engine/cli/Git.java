package org.credpath.engine.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The current git commit, for provenance files. */
final class Git {
    private Git() {
    }

    /** {@code git rev-parse HEAD} in {@code dir} (plus "-dirty" when sources, not models/, have uncommitted changes), or "unknown". */
    static String commit(Path dir) {
        try {
            String head = run(dir, "git", "rev-parse", "HEAD");
            String status = run(dir, "git", "status", "--porcelain", "--untracked-files=no", "--", ".", ":(exclude)models");
            return head.isEmpty() ? "unknown" : head + (status.isEmpty() ? "" : "-dirty");
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static String run(Path dir, String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return p.waitFor() == 0 ? out : "";
    }
}
