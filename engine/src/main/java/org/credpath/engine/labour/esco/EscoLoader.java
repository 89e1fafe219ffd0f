package org.credpath.engine.labour.esco;

import java.util.concurrent.CompletableFuture;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.credpath.engine.data.Background;
import org.credpath.engine.data.CredpathHome;
import org.credpath.engine.data.DataFiles;
import org.credpath.engine.labour.Labels;
import org.credpath.engine.labour.Tables;

/** Reads ESCO v1.1.1 from {@code datasets/esco_v1.1.1} (CSV, multi-line quoted fields, CRLF). */
public final class EscoLoader {

    /** Folder name under {@code datasets/}. */
    public static final String FOLDER = "esco_v1.1.1";

    private EscoLoader() {
    }

    public static Esco load(CredpathHome home) {
        return load(home.datasets().resolve(FOLDER));
    }

    /** Loads from a folder holding the ESCO CSV files (plain or {@code .gz}). */
    public static Esco load(Path folder) {
        // The four tables are independent: read them side by side (start-up time, docs/api.md).
        CompletableFuture<List<EscoSkill>> skills = Background.start("esco-loader", () -> skills(folder.resolve("skills_en.csv")));
        CompletableFuture<List<OccupationSkillLink>> links = Background.start("esco-loader", 
                () -> links(folder.resolve("occupationSkillRelations.csv")));
        CompletableFuture<SkillHierarchy> hierarchy = Background.start("esco-loader", () -> hierarchy(folder));
        List<EscoOccupation> occupations = occupations(folder.resolve("occupations_en.csv"));
        return new Esco(occupations, Background.join(skills), Background.join(links),
                Background.join(hierarchy));
    }

    static List<EscoOccupation> occupations(Path file) {
        List<EscoOccupation> out = new ArrayList<>();
        Tables.forEach(file, DataFiles.CSV, row -> out.add(new EscoOccupation(
                row.get("conceptUri"), row.get("code"), row.get("iscoGroup"), row.get("preferredLabel"),
                Labels.splitLines(row.raw("altLabels")), Labels.splitLines(row.raw("hiddenLabels")),
                row.get("description"))));
        return out;
    }

    static List<EscoSkill> skills(Path file) {
        List<EscoSkill> out = new ArrayList<>();
        Tables.forEach(file, DataFiles.CSV, row -> out.add(new EscoSkill(
                row.get("conceptUri"), row.get("preferredLabel"),
                Labels.splitLines(row.raw("altLabels")), Labels.splitLines(row.raw("hiddenLabels")),
                row.get("skillType"), row.get("reuseLevel"), row.get("description"))));
        return out;
    }

    static List<OccupationSkillLink> links(Path file) {
        List<OccupationSkillLink> out = new ArrayList<>(130_000);
        Tables.forEach(file, DataFiles.CSV, row -> {
            SkillRelation relation;
            try {
                relation = SkillRelation.parse(row.get("relationType"));
            } catch (IllegalArgumentException e) {
                throw row.error("relationType", e.getMessage());
            }
            out.add(new OccupationSkillLink(row.get("occupationUri"), row.get("skillUri"), relation));
        });
        return out;
    }

    static SkillHierarchy hierarchy(Path folder) {
        Map<String, List<String>> broader = new HashMap<>();
        Tables.forEach(folder.resolve("broaderRelationsSkillPillar.csv"), DataFiles.CSV, row ->
                broader.computeIfAbsent(row.get("conceptUri"), k -> new ArrayList<>()).add(row.get("broaderUri")));
        Map<String, String[]> levels = new HashMap<>();
        Tables.forEach(folder.resolve("skillsHierarchy_en.csv"), DataFiles.CSV, row -> {
            for (int level = 3; level >= 0; level--) {
                String uri = row.get("Level " + level + " URI");
                if (!uri.isEmpty()) {
                    levels.putIfAbsent(uri, new String[]{row.get("Level " + level + " code"), String.valueOf(level)});
                }
            }
        });
        Map<String, EscoSkillGroup> groups = new HashMap<>();
        Tables.forEach(folder.resolve("skillGroups_en.csv"), DataFiles.CSV, row -> {
            String uri = row.get("conceptUri");
            String[] lv = levels.get(uri);
            String code = row.get("code").isEmpty() && lv != null ? lv[0] : row.get("code");
            groups.put(uri, new EscoSkillGroup(uri, code, row.get("preferredLabel"),
                    lv == null ? -1 : Integer.parseInt(lv[1])));
        });
        return new SkillHierarchy(broader, groups);
    }
}
