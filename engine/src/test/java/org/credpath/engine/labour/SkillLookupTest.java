package org.credpath.engine.labour;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkillLookupTest {

    @Test
    void similarityCountsATranspositionAsOneEdit() {
        assertThat(SkillLookup.similarity("python", "python")).isEqualTo(1.0);
        assertThat(SkillLookup.similarity("pyhton", "python")).isEqualTo(1 - 1 / 6.0);
        assertThat(SkillLookup.similarity("java", "kotlin")).isLessThan(0.5);
        assertThat(SkillLookup.similarity("", "")).isEqualTo(1.0);
    }

    @Test
    void labelsNormalise() {
        assertThat(Labels.normalise("  Café  Manager/Owner ")).isEqualTo("cafe manager owner");
        assertThat(Labels.normalise("C++ & C#")).isEqualTo("c++ c#");
        assertThat(Labels.normalise(null)).isEmpty();
        assertThat(Labels.splitLines("a\r\n b \n\n c")).containsExactly("a", "b", "c");
    }
}
