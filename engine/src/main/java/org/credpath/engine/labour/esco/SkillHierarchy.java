package org.credpath.engine.labour.esco;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ESCO's skill pillar above the individual skills: each skill's broader concepts (other skills or
 * skill groups) and the skill groups with their hierarchy codes.
 */
public final class SkillHierarchy {

    private final Map<String, List<String>> broader;
    private final Map<String, EscoSkillGroup> groups;

    /**
     * @param broader concept URI to its direct broader concept URIs ({@code broaderRelationsSkillPillar.csv})
     * @param groups  skill group URI to its record ({@code skillGroups_en.csv} + {@code skillsHierarchy_en.csv})
     */
    public SkillHierarchy(Map<String, List<String>> broader, Map<String, EscoSkillGroup> groups) {
        this.broader = Map.copyOf(broader);
        this.groups = Map.copyOf(groups);
    }

    /** Direct broader concepts of a skill or group (skills or groups); empty when it is a root. */
    public List<String> broader(String conceptUri) {
        return broader.getOrDefault(conceptUri, List.of());
    }

    public Optional<EscoSkillGroup> group(String uri) {
        return Optional.ofNullable(groups.get(uri));
    }

    public int groupCount() {
        return groups.size();
    }

    public int broaderRelationCount() {
        return broader.values().stream().mapToInt(List::size).sum();
    }

    /**
     * The nearest skill groups of a skill: walks up through broader skills until it reaches groups.
     * A skill directly under "manage staff" (a skill) that sits under group S4.8 yields S4.8.
     */
    public List<EscoSkillGroup> groupsOf(String skillUri) {
        return walkUp(skillUri, true);
    }

    /** Every skill group above a skill, nearest first (breadth-first, no repeats). */
    public List<EscoSkillGroup> ancestorGroups(String skillUri) {
        return walkUp(skillUri, false);
    }

    /** Breadth-first walk over broader concepts; with {@code stopAtGroups} a branch ends at its first group. */
    private List<EscoSkillGroup> walkUp(String skillUri, boolean stopAtGroups) {
        Set<EscoSkillGroup> found = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(broader(skillUri));
        while (!queue.isEmpty()) {
            String next = queue.poll();
            if (!seen.add(next)) {
                continue;
            }
            EscoSkillGroup g = groups.get(next);
            if (g != null) {
                found.add(g);
            }
            if (g == null || !stopAtGroups) {
                queue.addAll(broader(next));
            }
        }
        return List.copyOf(found);
    }
}
