package org.credpath.engine.labour.onet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/** The loaded O*NET 29.2 tables, indexed by O*NET-SOC code. */
public final class Onet {

    private final Map<String, OnetOccupation> occupations;
    private final Map<String, List<OnetTitle>> titles;
    private final Map<String, List<TechnologySkill>> technologies;
    private final Map<String, List<RelatedOccupation>> related;
    private final Map<String, Integer> jobZones;
    private final int titleCount;
    private final int alternateTitleCount;
    private final int technologyCount;
    private final int relatedCount;

    public Onet(List<OnetOccupation> occupations, List<OnetTitle> titles, List<TechnologySkill> technologies,
                List<RelatedOccupation> related, Map<String, Integer> jobZones) {
        Map<String, OnetOccupation> occ = new LinkedHashMap<>();
        occupations.forEach(o -> occ.put(o.code(), o));
        this.occupations = java.util.Collections.unmodifiableMap(occ);
        this.titles = group(titles, OnetTitle::code);
        this.technologies = group(technologies, TechnologySkill::code);
        List<RelatedOccupation> sorted = new ArrayList<>(related);
        sorted.sort(Comparator.comparingInt(RelatedOccupation::index));
        this.related = group(sorted, RelatedOccupation::code);
        this.jobZones = Map.copyOf(jobZones);
        this.titleCount = titles.size();
        this.alternateTitleCount = (int) titles.stream().filter(t -> t.source() == OnetTitle.Source.ALTERNATE).count();
        this.technologyCount = technologies.size();
        this.relatedCount = related.size();
    }

    public Collection<OnetOccupation> occupations() {
        return occupations.values();
    }

    public Optional<OnetOccupation> occupation(String code) {
        return Optional.ofNullable(occupations.get(code));
    }

    /** Alternate and reported titles of an occupation. */
    public List<OnetTitle> titles(String code) {
        return titles.getOrDefault(code, List.of());
    }

    public List<TechnologySkill> technologies(String code) {
        return technologies.getOrDefault(code, List.of());
    }

    /** Related occupations, most related first. */
    public List<RelatedOccupation> related(String code) {
        return related.getOrDefault(code, List.of());
    }

    /** O*NET job zone 1 (little preparation) to 5 (extensive preparation), when rated. */
    public OptionalInt jobZone(String code) {
        Integer z = jobZones.get(code);
        return z == null ? OptionalInt.empty() : OptionalInt.of(z);
    }

    public int titleCount() {
        return titleCount;
    }

    public int alternateTitleCount() {
        return alternateTitleCount;
    }

    public int technologyCount() {
        return technologyCount;
    }

    public int relatedPairCount() {
        return relatedCount;
    }

    public int jobZoneCount() {
        return jobZones.size();
    }

    private static <T> Map<String, List<T>> group(List<T> items, Function<T, String> key) {
        Map<String, List<T>> m = new HashMap<>();
        for (T t : items) {
            m.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t);
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(m);
    }
}
