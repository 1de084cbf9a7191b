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
    int testSessions) {

  public static final JsonContract<TrainStats> CONTRACT =
      JsonContract.of("train_stats", null, TrainStats.class, 1);
}
