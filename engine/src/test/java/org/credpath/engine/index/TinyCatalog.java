package org.credpath.engine.index;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.catalog.CredentialType;
import org.credpath.engine.catalog.Delivery;
import org.credpath.engine.catalog.Level;

/** A six-credential catalogue and toy 3-d vectors (data, design, cooking) for index tests. */
final class TinyCatalog {

    private TinyCatalog() {
    }

    static Credential cred(String id, String title, String description, CredentialType type, Double hours,
                           Double cost, List<String> tags) {
        return new Credential(id, title, "Prov", description, null, null, type, Level.INTRODUCTORY, hours, cost,
                Delivery.ONLINE, "en", true, List.of("esco:" + id), tags, null, null, null, null, null);
    }

    static List<Credential> credentials() {
        return List.of(
                cred("c1", "Python for Data Analysis", "Learn pandas and data cleaning with Python.",
                        CredentialType.COURSE, 20.0, 49.0, List.of("Python Programming", "Data Analysis")),
                cred("c2", "SQL Databases", "Relational databases, queries and joins for analysts.",
                        CredentialType.COURSE, 12.0, 0.0, List.of("SQL", "Databases")),
                cred("c3", "Graphic Design Basics", "Colour, typography and layout for print and web.",
                        CredentialType.BADGE, 6.0, 0.0, List.of("Graphic Design")),
                cred("c4", "Data Science Professional Certificate", "Statistics, Python, machine learning.",
                        CredentialType.PROFESSIONAL_CERTIFICATE, 200.0, 399.0, List.of("Machine Learning")),
                cred("c5", "Italian Cooking", "Pasta, sauces and kitchen hygiene.",
                        CredentialType.COURSE, 4.0, 20.0, List.of("Cooking")),
                cred("c6", "UX Design Specialization", "User research, wireframes and design thinking.",
                        CredentialType.SPECIALIZATION, 80.0, 150.0, List.of("User Experience Design")));
    }

    /** Toy vectors: counts of data-ish, design-ish and cooking-ish words, normalised. */
    static final CredentialVectors VECTORS = new CredentialVectors() {
        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public Optional<float[]> credential(Credential c) {
            return embed(c.title() + " " + c.description());
        }

        @Override
        public Optional<float[]> query(String text, List<String> skills) {
            return embed(text == null ? "" : text);
        }

        private Optional<float[]> embed(String text) {
            String t = text.toLowerCase(Locale.ROOT);
            float[] v = {count(t, "data", "python", "sql", "statistic"), count(t, "design", "ux", "typograph"),
                count(t, "cook", "pasta", "kitchen")};
            float n = (float) Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
            if (n == 0) {
                return Optional.empty();
            }
            return Optional.of(new float[] {v[0] / n, v[1] / n, v[2] / n});
        }

        private float count(String t, String... words) {
            float c = 0;
            for (String w : words) {
                for (int i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1)) {
                    c++;
                }
            }
            return c;
        }
    };
}
