package org.credpath.engine.simulate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.data.DataFiles;
import org.credpath.engine.labour.Tables;
import org.credpath.engine.labour.esco.Esco;

/**
 * The real occupations the simulator draws from: ESCO occupations reached through Nesta's
 * ESCO -> O*NET crosswalk, weighted by OEWS May 2024 national employment of their SOC code
 * (shared equally among the ESCO occupations that map to the same code), each with target
 * occupations from O*NET's Related Occupations (primary tiers) mapped back to ESCO.
 */
public final class LabourWorld {

    /** A source occupation with its sampling weight and its real targets (ESCO URIs). */
    public record Occupation(String escoUri, String onetCode, double weight, List<String> targets) {
        public Occupation {
            if (!(weight > 0)) {
                throw new IllegalArgumentException("occupation " + escoUri + ": weight must be > 0, got " + weight);
            }
            targets = List.copyOf(targets);
        }
    }

    private final List<Occupation> occupations;

    LabourWorld(List<Occupation> occupations) {
        if (occupations.isEmpty()) {
            throw new IllegalArgumentException("no occupation has employment and a related target occupation");
        }
        this.occupations = List.copyOf(occupations);
    }

    public List<Occupation> occupations() {
        return occupations;
    }

    /** Loads the joins from the shipped datasets; keeps occupations that have skills in {@code esco}. */
    public static LabourWorld load(CredpathHome home, Esco esco) {
        Map<String, List<String>> escoByOnet = escoByOnet(home, esco);
        Map<String, Double> employment = employment(home);
        Map<String, Set<String>> related = relatedPrimary(home);
        List<Occupation> out = new ArrayList<>();
        escoByOnet.forEach((onet, uris) -> {
            Double emp = employment.get(onet.substring(0, 7));
            if (emp == null) {
                emp = employment.get(onet.substring(0, 6) + "0");
            }
            List<String> targets = new ArrayList<>();
            for (String r : related.getOrDefault(onet, Set.of())) {
                targets.addAll(escoByOnet.getOrDefault(r, List.of()));
            }
            if (emp != null && emp > 0 && !targets.isEmpty()) {
                for (String uri : uris) {
                    out.add(new Occupation(uri, onet, emp / uris.size(), targets));
                }
            }
        });
        return new LabourWorld(out);
    }

    /** O*NET-SOC code -> ESCO occupations with skills (Nesta crosswalk), in file order. */
    private static Map<String, List<String>> escoByOnet(CredpathHome home, Esco esco) {
        Map<String, List<String>> escoByOnet = new LinkedHashMap<>();
        Tables.forEach(home.dataset("nesta_mapping_career_causeways",
                "ONET_ESCO_crosswalk__esco_onet_crosswalk_Nov2020.csv"), DataFiles.CSV, row -> {
                    String uri = row.get("concept_uri");
                    if (!esco.skillLinks(uri).isEmpty()) {
                        escoByOnet.computeIfAbsent(row.get("onet_code"), k -> new ArrayList<>()).add(uri);
                    }
                });
        return escoByOnet;
    }

    /** OEWS May 2024 national employment by SOC code (first row of a code wins). */
    private static Map<String, Double> employment(CredpathHome home) {
        Map<String, Double> employment = new HashMap<>();
        Tables.forEach(home.dataset("bls_oews_national_may2024", "oews_national_may2024.csv"), DataFiles.CSV, row -> {
            String emp = row.get("TOT_EMP");
            if (emp != null && emp.matches("[0-9]+")) {
                employment.putIfAbsent(row.get("OCC_CODE"), Double.parseDouble(emp));
            }
        });
        return employment;
    }

    /** O*NET Related Occupations, primary tiers only, in file order. */
    private static Map<String, Set<String>> relatedPrimary(CredpathHome home) {
        Map<String, Set<String>> related = new HashMap<>();
        Path rel = home.dataset("onet_29_2", "Related Occupations.txt");
        Tables.forEach(rel, DataFiles.TSV, row -> {
            if (row.get("Relatedness Tier").startsWith("Primary")) {
                related.computeIfAbsent(row.get("O*NET-SOC Code"), k -> new LinkedHashSet<>())
                        .add(row.get("Related O*NET-SOC Code"));
            }
        });
        return related;
    }
}
