package org.credpath.engine.learner;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The skills a learner holds: declared, taught by held credentials, and prior learning (the
 * essential skills of the current occupation). A skill keeps the first source that gave it, in
 * that order of precedence. Declared skills that resolve to no ESCO skill are kept as free text.
 *
 * @param unresolved declared skills that matched no ESCO skill (kept, with a warning)
 */
public record SkillState(List<HeldSkill> skills, List<String> unresolved) {

    public SkillState {
        skills = List.copyOf(Objects.requireNonNullElse(skills, List.of()));
        unresolved = List.copyOf(Objects.requireNonNullElse(unresolved, List.of()));
    }

    public boolean has(String uri) {
        return byUri().containsKey(uri);
    }

    public Map<String, HeldSkill> byUri() {
        Map<String, HeldSkill> m = new LinkedHashMap<>();
        skills.forEach(s -> m.putIfAbsent(s.uri(), s));
        return m;
    }

    /** Builder that keeps the first source per skill. */
    public static final class Builder {
        private final Map<String, HeldSkill> skills = new LinkedHashMap<>();
        private final List<String> unresolved = new java.util.ArrayList<>();

        public Builder add(HeldSkill s) {
            skills.putIfAbsent(s.uri(), s);
            return this;
        }

        public Builder unresolved(String text) {
            unresolved.add(text);
            return this;
        }

        public SkillState build() {
            return new SkillState(List.copyOf(skills.values()), unresolved);
        }
    }
}
