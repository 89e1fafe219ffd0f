package org.credpath.engine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitCommitTest {

    @Test
    void outsideARepositoryItIsUnknown(@TempDir Path dir) {
        assertThat(GitCommit.of(dir)).isEqualTo("unknown");
    }

    @Test
    void insideTheRepositoryItIsTheHeadCommit() {
        Path root = CredpathHome.locate().root();
        assumeTrue(Files.exists(root.resolve(".git")), "tests run from a git checkout");
        assertThat(GitCommit.of(root)).matches("[0-9a-f]{40}(-dirty)?");
    }
}
