package org.credpath.engine.text.semantic;

import java.util.List;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.labour.esco.EscoOccupation;

/**
 * The texts Credpath encodes. A credential is its title, up to {@value #MAX_LABELS} of its source
 * skill tags and the start of its description (listings without a description still get their
 * title and tags); an occupation is its preferred label and description, which names what the
 * work is about in plain words.
 */
public final class EncoderTexts {

    static final int MAX_LABELS = 10;
    static final int MAX_DESCRIPTION = 300;

    private EncoderTexts() {
    }

    public static String credential(Credential c) {
        StringBuilder sb = new StringBuilder(c.title());
        List<String> labels = c.skillLabels();
        if (!labels.isEmpty()) {
            sb.append(". ").append(String.join(", ", labels.subList(0, Math.min(MAX_LABELS, labels.size()))));
        }
        String d = c.description();
        if (d != null && !d.isBlank()) {
            sb.append(". ").append(d, 0, Math.min(MAX_DESCRIPTION, d.length()));
        }
        return sb.toString();
    }

    public static String occupation(EscoOccupation o) {
        return o.labelAndDescription();
    }
}
