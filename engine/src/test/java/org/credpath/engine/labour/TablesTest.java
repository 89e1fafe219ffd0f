package org.credpath.engine.labour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.credpath.engine.data.DataFiles;
import org.junit.jupiter.api.Test;

class TablesTest {

    private static Path fixture(String name) throws Exception {
        return Path.of(TablesTest.class.getResource("/labour/" + name).toURI());
    }

    @Test
    void missingColumnNamesFileLineAndHeader() throws Exception {
        Path file = fixture("oews_tiny.csv");
        assertThatThrownBy(() -> Tables.forEach(file, DataFiles.CSV, row -> row.get("NOPE")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("oews_tiny.csv line 2").hasMessageContaining("no column 'NOPE'");
    }

    @Test
    void malformedFileNamesTheFile() throws Exception {
        Path file = fixture("broken_quote.csv");
        List<String> seen = new ArrayList<>();
        assertThatThrownBy(() -> Tables.forEach(file, DataFiles.CSV, row -> seen.add(row.get("conceptUri"))))
                .hasMessageContaining("broken_quote.csv");
        assertThat(seen).containsExactly("http://x/1");
    }
}
