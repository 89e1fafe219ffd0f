package org.credpath.engine.plan;

import java.util.Locale;
import java.util.regex.Pattern;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.Level;

/**
 * The study level of a credential, for ordering a pathway's steps: the catalogue's {@code level}
 * when it gives one; else words of the title ("introduction", "beginner", "fundamentals",
 * "foundations", "basics", "getting started", "101" mean introductory; "advanced", "capstone" mean
 * advanced); else intermediate (no evidence either way).
 */
public final class StudyLevel {

    /** Rank of an introductory credential (studied first). */
    public static final int INTRODUCTORY = 0;
    /** Rank of an intermediate credential, or one with no level evidence. */
    public static final int INTERMEDIATE = 1;
    /** Rank of an advanced credential or capstone (studied last). */
    public static final int ADVANCED = 2;

    private static final Pattern INTRO_WORDS = Pattern.compile(
            "\\b(intro|introduction|introductory|introducing|beginners?|fundamentals?|foundations?|foundational"
                    + "|basics?|getting started|101)\\b");
    private static final Pattern ADVANCED_WORDS = Pattern.compile("\\b(advanced|capstone)\\b");

    private StudyLevel() {
    }

    /** 0 introductory, 1 intermediate or unknown, 2 advanced (the rule in the class comment). */
    public static int rank(Credential c) {
        if (c.level() != null) {
            return c.level() == Level.INTRODUCTORY ? INTRODUCTORY : c.level() == Level.ADVANCED ? ADVANCED : INTERMEDIATE;
        }
        String t = c.title().toLowerCase(Locale.ROOT);
        if (INTRO_WORDS.matcher(t).find()) {
            return INTRODUCTORY;
        }
        return ADVANCED_WORDS.matcher(t).find() ? ADVANCED : INTERMEDIATE;
    }
}
