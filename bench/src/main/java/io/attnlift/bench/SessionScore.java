package io.attnlift.bench;

/**
 * One test session as the quality check sees it: the realised label, the model's probability and
 * the synthetic world's two reference probabilities for the same session.
 *
 * @param label whether the session converted (the label the model was scored on)
 * @param modelProbability the trained model's prediction
 * @param trueProbability the world's true conversion probability (the Bayes-optimal score)
 * @param eventsOnlyProbability the best probability a model seeing only this session's non-funnel
 *     events can reach
 */
public record SessionScore(
    boolean label, double modelProbability, double trueProbability,
    double eventsOnlyProbability) {}
