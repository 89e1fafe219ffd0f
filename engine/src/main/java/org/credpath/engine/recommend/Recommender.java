package org.credpath.engine.recommend;

import org.credpath.engine.learner.Learner;

/**
 * What to study next: a learner and a request in, ranked and explained recommendations out. The
 * API ({@code POST /v1/recommendations}), {@code credpath recommend} and the served protocol of
 * {@code credpath eval} all call the same implementation ({@link GapRecommender}). Implementations
 * are thread-safe.
 */
public interface Recommender {

    /**
     * @throws IllegalArgumentException when the learner cannot be prepared (e.g. an occupation that
     *                                  matches nothing); the message names the field
     */
    Recommendations recommend(Learner learner, RecommendRequest request);
}
