package org.credpath.engine.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.credpath.engine.catalog.Credential;
import org.credpath.engine.events.FeedbackCounts;

/**
 * A serving model that scores with another and remembers what it was asked: the learner as prepared and
 * every candidate the pipeline retrieved and filtered (in retrieval order), before truncation to
 * {@code k}. For diagnosis and for training a re-ranker on the served candidates ({@code eval judged
 * --candidates-out}, {@code train judged-ranker}); not for serving (it keeps every call).
 */
public final class CandidateCapture implements ServingModel {

    /** One scoring call: the learner, the candidates in retrieval order and the wrapped model's scores. */
    public record Call(LearnerView learner, List<Credential> candidates, double[] scores) {
    }

    private final ServingModel model;
    private final List<Call> calls = new ArrayList<>();

    public CandidateCapture(ServingModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    @Override
    public ModelInfo info() {
        return model.info();
    }

    @Override
    public double[] score(LearnerView learner, List<Credential> candidates) {
        return remember(learner, candidates, model.score(learner, candidates));
    }

    @Override
    public double[] score(LearnerView learner, List<Credential> candidates, FeedbackCounts feedback) {
        return remember(learner, candidates, model.score(learner, candidates, feedback));
    }

    @Override
    public double minimumScore() {
        return model.minimumScore();
    }

    private synchronized double[] remember(LearnerView learner, List<Credential> candidates, double[] scores) {
        calls.add(new Call(learner, List.copyOf(candidates), scores.clone()));
        return scores;
    }

    /** The calls since the last {@link #take()}, oldest first; forgets them. */
    public synchronized List<Call> take() {
        List<Call> out = List.copyOf(calls);
        calls.clear();
        return out;
    }
}
