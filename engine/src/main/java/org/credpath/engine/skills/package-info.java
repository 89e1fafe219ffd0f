/**
 * Skills in credential text and skill embeddings.
 *
 * <p>{@link org.credpath.engine.skills.SkillTagger} finds ESCO skills in free text from lexical
 * matches on ESCO preferred, alternative and hidden labels ({@link org.credpath.engine.skills.LabelDictionary}),
 * re-weighted by embedding similarity. {@link org.credpath.engine.skills.SkillEmbeddings} are
 * Word2Vec vectors trained by {@link org.credpath.engine.skills.EmbeddingTrainer} on real job-posting
 * skill lists (skill2vec), ESCO occupation skill lists and O*NET technology skills;
 * {@link org.credpath.engine.skills.EmbeddingVectors} turns them into credential and learner-gap
 * vectors for the KNN side of the catalogue index.
 */
package org.credpath.engine.skills;
