package org.credpath.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.text.StaticEncoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** {@code bench index --encoder}: the names it takes and what it says when the static table is missing. */
class BenchIndexEncoderTest {

    @Test
    void noneEncodesNothingAndAnUnknownNameIsRefusedByName() {
        assertThat(BenchIndexCommand.encoder(CredpathHome.locate(), "none")).isNull();
        assertThatThrownBy(() -> BenchIndexCommand.encoder(CredpathHome.locate(), "minilm"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--encoder").hasMessageContaining("minilm").hasMessageContaining("static");
    }

    @Test
    void theShippedStaticTableLoadsAndAMissingOneSaysHowToRebuildIt(@TempDir Path empty) throws Exception {
        assertThat(BenchIndexCommand.encoder(CredpathHome.locate(), StaticEncoder.NAME).id())
                .startsWith(StaticEncoder.NAME + ":");
        Files.createDirectories(empty.resolve("models"));
        assertThatThrownBy(() -> BenchIndexCommand.encoder(new CredpathHome(empty), StaticEncoder.NAME))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--encoder static").hasMessageContaining("./credpath train static-encoder");
    }
}
