/**
 * The learner: the {@link org.credpath.engine.learner.Learner} profile record (held credentials,
 * skills, current and target occupation, budget, hours per week, deadline, delivery) and its reader.
 * Building the learner's skill state from the profile lives here too (other engineers' work).
 */
package org.credpath.engine.learner;
