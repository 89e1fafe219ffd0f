package org.credpath.engine.labour.esco;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.credpath.engine.labour.Labels;

/**
 * The loaded ESCO taxonomy: occupations, skills, occupation-skill links and the skill hierarchy,
 * with lookups by URI and by normalised label (see {@link Labels#normalise}). Immutable once built.
 */
public final class Esco {

    private final Map<String, EscoOccupation> occupations;
    private final Map<String, EscoSkill> skills;
    private final List<OccupationSkillLink> links;
    private final Map<String, List<OccupationSkillLink>> linksByOccupation;
    private final Map<String, List<OccupationSkillLink>> linksBySkill;
    private final Map<String, List<String>> occupationLabels;
    private final Map<String, List<String>> skillLabels;
    private final SkillHierarchy hierarchy;

    public Esco(Collection<EscoOccupation> occupations, Collection<EscoSkill> skills,
                List<OccupationSkillLink> links, SkillHierarchy hierarchy) {
        this.occupations = byUri(occupations, EscoOccupation::uri);
        this.skills = byUri(skills, EscoSkill::uri);
        this.links = List.copyOf(links);
        this.hierarchy = hierarchy;
        Map<String, List<OccupationSkillLink>> byOcc = new HashMap<>();
        Map<String, List<OccupationSkillLink>> bySkill = new HashMap<>();
        for (OccupationSkillLink l : this.links) {
            byOcc.computeIfAbsent(l.occupationUri(), k -> new ArrayList<>()).add(l);
            bySkill.computeIfAbsent(l.skillUri(), k -> new ArrayList<>()).add(l);
        }
        this.linksByOccupation = freeze(byOcc);
        this.linksBySkill = freeze(bySkill);
        this.occupationLabels = labelIndex(this.occupations.values(), EscoOccupation::uri,
                EscoOccupation::preferredLabel, EscoOccupation::altLabels, EscoOccupation::hiddenLabels);
        this.skillLabels = labelIndex(this.skills.values(), EscoSkill::uri,
                EscoSkill::preferredLabel, EscoSkill::altLabels, EscoSkill::hiddenLabels);
    }

    public Collection<EscoOccupation> occupations() {
        return occupations.values();
    }

    public Collection<EscoSkill> skills() {
        return skills.values();
    }

    public List<OccupationSkillLink> links() {
        return links;
    }

    public SkillHierarchy hierarchy() {
        return hierarchy;
    }

    public Optional<EscoOccupation> occupation(String uri) {
        return Optional.ofNullable(occupations.get(uri));
    }

    public Optional<EscoSkill> skill(String uri) {
        return Optional.ofNullable(skills.get(uri));
    }

    /** Occupations whose preferred, alternative or hidden label equals {@code label} once normalised; preferred-label matches first. */
    public List<EscoOccupation> occupationsByLabel(String label) {
        return occupationLabels.getOrDefault(Labels.normalise(label), List.of()).stream()
                .map(occupations::get).toList();
    }

    /** Skills whose preferred, alternative or hidden label equals {@code label} once normalised; preferred-label matches first. */
    public List<EscoSkill> skillsByLabel(String label) {
        return skillLabels.getOrDefault(Labels.normalise(label), List.of()).stream()
                .map(skills::get).toList();
    }

    /** The skills an occupation needs (essential and optional), in file order. */
    public List<OccupationSkillLink> skillLinks(String occupationUri) {
        return linksByOccupation.getOrDefault(occupationUri, List.of());
    }

    public List<EscoSkill> skillsOf(String occupationUri, SkillRelation relation) {
        return skillLinks(occupationUri).stream().filter(l -> l.relation() == relation)
                .map(l -> skills.get(l.skillUri())).filter(s -> s != null).toList();
    }

    /** The occupations that need a skill (essential or optional). */
    public List<OccupationSkillLink> occupationLinks(String skillUri) {
        return linksBySkill.getOrDefault(skillUri, List.of());
    }

    private static <T> Map<String, T> byUri(Collection<T> items, Function<T, String> uri) {
        Map<String, T> m = new LinkedHashMap<>();
        for (T t : items) {
            if (m.putIfAbsent(uri.apply(t), t) != null) {
                throw new IllegalArgumentException("duplicate ESCO URI " + uri.apply(t));
            }
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    private static <K, V> Map<K, List<V>> freeze(Map<K, List<V>> m) {
        Map<K, List<V>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }

    @SafeVarargs
    private static <T> Map<String, List<String>> labelIndex(Collection<T> items, Function<T, String> uri,
                                                            Function<T, String> preferred,
                                                            Function<T, List<String>>... others) {
        Map<String, Set<String>> index = new HashMap<>();
        for (T t : items) {
            index.computeIfAbsent(Labels.normalise(preferred.apply(t)), k -> new LinkedHashSet<>()).add(uri.apply(t));
        }
        for (Function<T, List<String>> other : others) {
            for (T t : items) {
                for (String label : other.apply(t)) {
                    index.computeIfAbsent(Labels.normalise(label), k -> new LinkedHashSet<>()).add(uri.apply(t));
                }
            }
        }
        Map<String, List<String>> out = new HashMap<>();
        index.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }
}
