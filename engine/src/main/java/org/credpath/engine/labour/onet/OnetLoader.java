package org.credpath.engine.labour.onet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.data.DataFiles;
import org.credpath.engine.labour.Tables;

/** Reads O*NET 29.2 from {@code datasets/onet_29_2} (tab-separated, header row). */
public final class OnetLoader {

    public static final String FOLDER = "onet_29_2";
    private static final String CODE = "O*NET-SOC Code";

    private OnetLoader() {
    }

    public static Onet load(CredpathHome home) {
        return load(home.datasets().resolve(FOLDER));
    }

    public static Onet load(Path folder) {
        List<OnetOccupation> occupations = new ArrayList<>();
        Tables.forEach(folder.resolve("Occupation Data.txt"), DataFiles.TSV, row ->
                occupations.add(new OnetOccupation(row.get(CODE), row.get("Title"), row.get("Description"))));
        List<OnetTitle> titles = new ArrayList<>();
        Tables.forEach(folder.resolve("Alternate Titles.txt"), DataFiles.TSV, row ->
                titles.add(new OnetTitle(row.get(CODE), row.get("Alternate Title"), OnetTitle.Source.ALTERNATE)));
        Tables.forEach(folder.resolve("Sample of Reported Titles.txt"), DataFiles.TSV, row ->
                titles.add(new OnetTitle(row.get(CODE), row.get("Reported Job Title"), OnetTitle.Source.REPORTED)));
        List<TechnologySkill> tech = new ArrayList<>();
        Tables.forEach(folder.resolve("Technology Skills.txt"), DataFiles.TSV, row -> tech.add(new TechnologySkill(
                row.get(CODE), row.get("Example"), row.get("Commodity Code"), row.get("Commodity Title"),
                flag(row, "Hot Technology"), flag(row, "In Demand"))));
        List<RelatedOccupation> related = new ArrayList<>();
        Tables.forEach(folder.resolve("Related Occupations.txt"), DataFiles.TSV, row -> related.add(new RelatedOccupation(
                row.get(CODE), row.get("Related O*NET-SOC Code"), row.get("Relatedness Tier"), integer(row, "Index"))));
        Map<String, Integer> zones = new HashMap<>();
        Tables.forEach(folder.resolve("Job Zones.txt"), DataFiles.TSV, row -> {
            int zone = integer(row, "Job Zone");
            if (zone < 1 || zone > 5) {
                throw row.error("Job Zone", "must be 1..5, got " + zone);
            }
            zones.put(row.get(CODE), zone);
        });
        return new Onet(occupations, titles, tech, related, zones);
    }

    private static boolean flag(Tables.Row row, String column) {
        return switch (row.get(column)) {
            case "Y" -> true;
            case "N", "" -> false;
            default -> throw row.error(column, "must be Y or N, got '" + row.get(column) + "'");
        };
    }

    private static int integer(Tables.Row row, String column) {
        try {
            return Integer.parseInt(row.get(column));
        } catch (NumberFormatException e) {
            throw row.error(column, "not an integer: '" + row.get(column) + "'");
        }
    }
}
