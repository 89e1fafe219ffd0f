/**
 * What a pathway is worth: the probability that a learner completes a credential
 * ({@link org.credpath.engine.returns.CompletionModel}, trained on real OULAD outcomes), the
 * labour-market premium of skills, and the expected return of a pathway as a distribution
 * (median and 80% interval) with the inputs that drove it.
 *
 * <p>The completion model is chosen among {@link org.credpath.engine.returns.CompletionCandidates
 * candidate} families on a validation slice of training students, calibrated, and measured on
 * held-out students against the baseline (logistic regression on every studentInfo column) ({@link org.credpath.engine.returns.CompletionTrainer}).
 *
 * <p>Everything here is seeded and deterministic; see {@code docs/returns.md} for the figures and
 * the limits of mapping OULAD students onto Credpath learners.
 */
package org.credpath.engine.returns;
