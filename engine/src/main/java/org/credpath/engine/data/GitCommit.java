package org.credpath.engine.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The code version recorded in every model's provenance. */
public final class GitCommit {
    private GitCommit() {
    }

    /**
     * {@code git rev-parse HEAD} of the repository at {@code root}, plus {@code -dirty} when tracked
     * files outside {@code models/} have uncommitted changes; {@code unknown} without git or a repository.
     */
    public static String of(Path root) {
        try {
            String head = run(root, "git", "rev-parse", "HEAD");
            if (head.isEmpty()) {
                return "unknown";
            }
            String status = run(root, "git", "status", "--porcelain", "--untracked-files=no", "--", ".",
                    ":(exclude)models");
            return status.isEmpty() ? head : head + "-dirty";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static String run(Path dir, String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return "";
        }
        return p.exitValue() == 0 ? out : "";
    }
}
