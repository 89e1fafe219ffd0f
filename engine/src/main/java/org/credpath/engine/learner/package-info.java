/**
 * The learner: the {@link org.credpath.engine.learner.Learner} profile record (held credentials,
 * skills, current and target occupation, budget, hours per week, deadline, delivery) and its reader.
 * The learner's {@link org.credpath.engine.learner.SkillState} (declared skills, skills of held
 * credentials, prior learning from the current occupation) is built by
 * {@link org.credpath.engine.learner.SkillStateBuilder}.
 */
package org.credpath.engine.learner;
