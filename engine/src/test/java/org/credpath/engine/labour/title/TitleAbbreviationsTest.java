package org.credpath.engine.labour.title;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.credpath.engine.data.CredpathHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The abbreviation table: matching rules, the file format, and the shipped table. */
class TitleAbbreviationsTest {

    private static final String HEADER = "# comment\nterm\tmatch\treadings\tregion\tnote\n";

    @Test
    void tokensAreExpandedWholeWordAndTitleEntriesOnlyAsTheWholeTitle() {
        TitleAbbreviations t = TitleFixture.ABBREVIATIONS;
        assertThat(t.readings("Sparky")).containsExactly("electrician");
        assertThat(t.readings("sparky apprentice")).containsExactly("electrician apprentice");
        assertThat(t.readings("SW Eng (remote)")).containsExactly("software engineer remote");
        assertThat(t.readings("PM")).containsExactly("project manager", "product manager");
        assertThat(t.readings("PM shift nurse")).isEmpty();
        assertThat(t.readings("sparkyish")).isEmpty();
        assertThat(t.readings("")).isEmpty();
    }

    @Test
    void fileIsParsedAndBadRowsAreNamed(@TempDir Path dir) throws Exception {
        Path ok = dir.resolve("ok.tsv");
        Files.writeString(ok, HEADER + "bin man\ttitle\trefuse collector\tUK\t\ntradie\ttoken\telectrician | plumber\tAU\tany trade\n");
        TitleAbbreviations t = TitleAbbreviations.load(ok);
        assertThat(t.size()).isEqualTo(2);
        assertThat(t.readings("bin man")).containsExactly("refuse collector");
        assertThat(t.readings("tradie wanted")).containsExactly("electrician wanted", "plumber wanted");

        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, HEADER + "sparky\tword\telectrician\tAU\t\n");
        assertThatThrownBy(() -> TitleAbbreviations.load(bad)).hasMessageContaining("line").hasMessageContaining("'match'");
        Path dup = dir.resolve("dup.tsv");
        Files.writeString(dup, HEADER + "gp\ttoken\tgeneral practitioner\tUK\t\ngp\ttoken\tgp\tUK\t\n");
        assertThatThrownBy(() -> TitleAbbreviations.load(dup)).hasMessageContaining("twice");
        assertThatThrownBy(() -> new TitleAbbreviations.Entry("x", false, List.of(" "))).hasMessageContaining("blank reading");
    }

    @Test
    void shippedTableReadsTheIssueExamples() {
        TitleAbbreviations t = TitleAbbreviations.load(CredpathHome.locate().dataset(TitleAbbreviations.FOLDER,
                TitleAbbreviations.FILE));
        assertThat(t.readings("sparky")).containsExactly("electrician");
        assertThat(t.readings("chippy")).containsExactly("carpenter");
        assertThat(t.readings("truckie")).containsExactly("truck driver");
        assertThat(t.readings("GP")).containsExactly("general practitioner");
        assertThat(t.readings("RN")).containsExactly("registered nurse");
        assertThat(t.readings("sw eng")).containsExactly("software engineer");
        assertThat(t.readings("PM")).containsExactly("project manager", "product manager");
        assertThat(t.readings("HGV driver")).containsExactly("heavy goods vehicle driver");
        assertThat(t.readings("tradie").size()).isGreaterThan(2);
    }
}
