package org.credpath.engine.labour.onet;

import java.util.Objects;

/**
 * A job title O*NET associates with an occupation.
 *
 * @param code   O*NET-SOC code
 * @param title  the title, e.g. "Agency Owner"
 * @param source {@link Source#ALTERNATE} ({@code Alternate Titles.txt}) or {@link Source#REPORTED}
 *               ({@code Sample of Reported Titles.txt})
 */
public record OnetTitle(String code, String title, Source source) {

    /** Which O*NET table the title comes from. */
    public enum Source { ALTERNATE, REPORTED }

    public OnetTitle {
        OnetCodes.requireOnetSoc(code, "O*NET title code");
        Objects.requireNonNull(source, "source");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("O*NET title of " + code + " is blank");
        }
    }
}
