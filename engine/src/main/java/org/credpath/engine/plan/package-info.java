/**
 * The pathway planner: ordered credentials from a catalogue that close a learner's skill gap
 * within budget, time and delivery limits, respecting prerequisites and never scheduling what
 * the learner already holds.
 *
 * <p>The planner works on plain inputs ({@link org.credpath.engine.plan.PlanRequest}: a
 * {@link org.credpath.engine.plan.PlanningCatalogue}, weighted gap skills and
 * {@link org.credpath.engine.plan.Constraints}) so it can be tested on tiny synthetic catalogues.
 * {@link org.credpath.engine.plan.BeamPlanner} is the production search;
 * {@link org.credpath.engine.plan.ExactPlanner} (small instances) and
 * {@link org.credpath.engine.plan.GreedyPlanner} measure it. Circular prerequisites are found
 * once per catalogue ({@link org.credpath.engine.plan.PrerequisiteGraph}) and reported; the
 * credentials on a cycle are never scheduled.
 */
package org.credpath.engine.plan;
