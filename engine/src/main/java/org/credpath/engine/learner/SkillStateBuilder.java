package org.credpath.engine.learner;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.credpath.engine.catalog.Credential;

/**
 * Builds a learner's {@link SkillState} from the profile, the catalogue and the current
 * occupation's essential skills. Lookups come in as small functions so the builder needs no
 * labour-market or catalogue loading.
 */
public final class SkillStateBuilder {

    /** A skill URI with its label. */
    public record SkillRef(String uri, String label) {
        public SkillRef {
            if (uri == null || uri.isBlank()) {
                throw new IllegalArgumentException("uri: required");
            }
        }
    }

    private final Function<String, Optional<SkillRef>> resolveSkill;
    private final Function<String, Optional<Credential>> credential;

    /**
     * @param resolveSkill ESCO URI or free-text label to a skill, empty when nothing is close
     * @param credential   credential by id
     */
    public SkillStateBuilder(Function<String, Optional<SkillRef>> resolveSkill,
                             Function<String, Optional<Credential>> credential) {
        this.resolveSkill = resolveSkill;
        this.credential = credential;
    }

    /**
     * @param currentOccupationUri the resolved current occupation, or null
     * @param occupationEssentials its essential skills (prior learning)
     */
    public SkillState build(Learner learner, String currentOccupationUri, List<SkillRef> occupationEssentials) {
        SkillState.Builder b = new SkillState.Builder();
        for (String text : learner.skills()) {
            Optional<SkillRef> s = resolveSkill.apply(text);
            if (s.isPresent()) {
                b.add(new HeldSkill(s.get().uri(), s.get().label(), SkillSource.DECLARED, text));
            } else {
                b.unresolved(text);
            }
        }
        for (String id : learner.heldCredentials()) {
            credential.apply(id).ifPresent(c -> c.skills().forEach(uri ->
                    b.add(new HeldSkill(uri, label(uri), SkillSource.CREDENTIAL, id))));
        }
        for (SkillRef s : occupationEssentials) {
            b.add(new HeldSkill(s.uri(), s.label(), SkillSource.PRIOR_LEARNING, currentOccupationUri));
        }
        return b.build();
    }

    private String label(String uri) {
        return resolveSkill.apply(uri).map(SkillRef::label).orElse(uri);
    }
}
