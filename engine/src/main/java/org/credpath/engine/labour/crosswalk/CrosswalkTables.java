package org.credpath.engine.labour.crosswalk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.data.DataFiles;
import org.credpath.engine.labour.Tables;

/**
 * The raw crosswalk tables.
 *
 * @param nesta          ESCO URI -> Nesta row
 * @param onet2010To2019 O*NET-SOC 2010 -> O*NET-SOC 2019 codes
 * @param iscoToSoc2010  ISCO-08 unit group (4 digits) -> SOC 2010 codes
 * @param soc2010To2018  SOC 2010 -> SOC 2018 codes
 */
public record CrosswalkTables(Map<String, EscoOnetLink> nesta, Map<String, List<String>> onet2010To2019,
                              Map<String, List<String>> iscoToSoc2010, Map<String, List<String>> soc2010To2018) {

    public static final String NESTA_FILE =
            "nesta_mapping_career_causeways/ONET_ESCO_crosswalk__esco_onet_crosswalk_Nov2020.csv";
    private static final CSVFormat SEMICOLON = DataFiles.CSV.builder().setDelimiter(';').get();

    public CrosswalkTables {
        nesta = Map.copyOf(nesta);
        onet2010To2019 = Map.copyOf(onet2010To2019);
        iscoToSoc2010 = Map.copyOf(iscoToSoc2010);
        soc2010To2018 = Map.copyOf(soc2010To2018);
    }

    public static CrosswalkTables load(CredpathHome home) {
        Map<String, EscoOnetLink> nesta = new HashMap<>();
        Tables.forEach(home.datasets().resolve(NESTA_FILE), DataFiles.CSV, row -> {
            EscoOnetLink l = new EscoOnetLink(row.get("concept_uri"), row.get("onet_code"),
                    number(row, "confidence"), number(row, "semantic_similarity"));
            nesta.put(l.escoUri(), l);
        });
        Map<String, List<String>> onet = new HashMap<>();
        Tables.forEach(home.dataset("crosswalks", "onet_soc2010_to_onet_soc2019_crosswalk.csv"), SEMICOLON,
                row -> add(onet, row.get("soc2010_code"), row.get("soc2019_code")));
        Map<String, List<String>> isco = new HashMap<>();
        Tables.forEach(home.dataset("crosswalks", "bls_isco08_to_soc2010_crosswalk.csv"), DataFiles.CSV,
                row -> add(isco, row.get("isco08_code"), row.get("soc2010_code")));
        Map<String, List<String>> soc = new HashMap<>();
        Tables.forEach(home.dataset("crosswalks", "soc2010_to_soc2018_crosswalk.csv"), DataFiles.CSV,
                row -> add(soc, row.get("SOCCode2010"), row.get("SOCCode2018")));
        return new CrosswalkTables(nesta, freeze(onet), freeze(isco), freeze(soc));
    }

    private static void add(Map<String, List<String>> m, String from, String to) {
        if (!from.isEmpty() && !to.isEmpty()) {
            List<String> l = m.computeIfAbsent(from, k -> new ArrayList<>());
            if (!l.contains(to)) {
                l.add(to);
            }
        }
    }

    private static Map<String, List<String>> freeze(Map<String, List<String>> m) {
        m.replaceAll((k, v) -> List.copyOf(v));
        return m;
    }

    private static double number(Tables.Row row, String column) {
        String v = row.get(column);
        if (v.isEmpty()) {
            return 0;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw row.error(column, "not a number: '" + v + "'");
        }
    }
}
