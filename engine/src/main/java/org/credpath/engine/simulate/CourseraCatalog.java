package org.credpath.engine.simulate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.CredentialType;
import org.credpath.engine.catalog.Delivery;
import org.credpath.engine.catalog.Level;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.data.DataFiles;
import org.credpath.engine.labour.Tables;
import org.credpath.engine.labour.esco.Esco;
import org.credpath.engine.labour.esco.EscoSkill;

/**
 * The simulator's default catalogue: the real Coursera 2023 listings, with ESCO skills from an
 * exact (normalised) match of each Coursera skill tag to an ESCO skill label, hours from the
 * listed duration at 6 hours a week, and cost at Coursera's US$49 monthly subscription. Used
 * until the catalogue module's normalised catalogue is available; {@code --catalog} overrides it.
 */
public final class CourseraCatalog {

    private CourseraCatalog() {
    }

    /** Catalogue entries plus, per entry, the log review count the choice model uses as appeal. */
    public record Entry(Credential credential, double appeal) {
    }

    public static List<Entry> load(CredpathHome home, Esco esco) {
        List<Entry> out = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        Tables.forEach(home.dataset("course_catalogs", "coursera_2023_catalog.csv"), DataFiles.CSV, row -> {
            String title = row.get("course").strip();
            String id = "coursera:" + slug(title);
            if (title.isEmpty() || !ids.add(id)) {
                return;
            }
            List<String> labels = new ArrayList<>();
            Set<String> skills = new LinkedHashSet<>();
            for (String tag : row.get("skills").split(",")) {
                String t = tag.strip();
                if (!t.isEmpty()) {
                    labels.add(t);
                    esco.skillsByLabel(t).stream().findFirst().map(EscoSkill::uri).ifPresent(skills::add);
                }
            }
            double months = months(row.get("duration"));
            Credential c = new Credential(id, title, row.get("partner"), null, null, null,
                    type(row.get("certificatetype")), Level.parse(row.get("level")).orElse(null),
                    Math.round(months * 26.0 * 10) / 10.0, Math.ceil(Math.max(1, months)) * 49.0, Delivery.ONLINE,
                    "en", true, List.copyOf(skills), labels, null, null, null, null, null);
            out.add(new Entry(c, Math.log1p(number(row.get("reviewcount")))));
        });
        return out;
    }

    static CredentialType type(String raw) {
        String t = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "professional certificate" -> CredentialType.PROFESSIONAL_CERTIFICATE;
            case "specialization" -> CredentialType.SPECIALIZATION;
            case "course", "guided project", "project" -> CredentialType.COURSE;
            default -> CredentialType.OTHER;
        };
    }

    /** Listed duration in months: "Less Than 2 Hours" -> 0.02, "1 - 4 Weeks" -> 0.6, "1 - 3 Months" -> 2, ... */
    static double months(String raw) {
        String d = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (d.contains("hour")) {
            return 0.02;
        }
        if (d.contains("week")) {
            return 0.6;
        }
        if (d.startsWith("1 - 3")) {
            return 2;
        }
        if (d.startsWith("3 - 6")) {
            return 4.5;
        }
        if (d.startsWith("6 - 12")) {
            return 9;
        }
        return 1;
    }

    private static double number(String raw) {
        try {
            return raw == null || raw.isBlank() ? 0 : Double.parseDouble(raw.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
