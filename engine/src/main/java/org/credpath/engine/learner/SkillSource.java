package org.credpath.engine.learner;

/** Why the learner is taken to hold a skill. */
public enum SkillSource {
    /** The learner listed it. */
    DECLARED,
    /** A credential the learner holds teaches it. */
    CREDENTIAL,
    /** An essential skill of the learner's current occupation (recognition of prior learning). */
    PRIOR_LEARNING
}
