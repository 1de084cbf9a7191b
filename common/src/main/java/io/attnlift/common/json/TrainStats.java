package io.attnlift.common.json;

/**
 * The train stage's manifest stats for one variant: the headline of {@code metrics.json}.
 *
 * @param device cpu or gpu
 * @param valAuc validation AUC
 * @param testAuc test AUC
 * @param epochsRun epochs run
 * @param epochKept the epoch kept
 * @param trainSeconds wall time of the training steps
 * @param trainSequencesPerSecond training throughput
 * @param inferenceSequencesPerSecond scoring throughput
 * @param trainSessions training sessions
 * @param valSessions validation sessions
 * @param testSessions test sessions
 * @param removalSessions held-out sessions that got removal effects (0: none for this variant)
 * @param removalRows removals re-scored (one per session and group)
 * @param removalSeconds wall time of the removal effects' re-scoring
 * @param removalPlainSeconds wall time of plain scoring of the same sessions, for the cost
 */
public record TrainStats(
    String device,
    double valAuc,
    double testAuc,
    int epochsRun,
    int epochKept,
    double trainSeconds,
    double trainSequencesPerSecond,
    double inferenceSequencesPerSecond,
    int trainSessions,
    int valSessions,
    int testSessions,
    int removalSessions,
    long removalRows,
    double removalSeconds,
    double removalPlainSeconds) {

  public static final JsonContract<TrainStats> CONTRACT =
      JsonContract.of("train_stats", null, TrainStats.class, 2);
}
