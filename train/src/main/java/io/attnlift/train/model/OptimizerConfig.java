package io.attnlift.train.model;

/**
 * AdamW's constants; the learning rate itself is fed at every step by the schedule.
 *
 * @param beta1 first-moment decay
 * @param beta2 second-moment decay
 * @param epsilon denominator guard
 * @param weightDecay decoupled decay of weight matrices and embeddings, per unit of learning rate
 * @param clipNorm global gradient norm above which gradients are scaled down
 */
public record OptimizerConfig(double beta1, double beta2, double epsilon, double weightDecay,
    double clipNorm) {}
