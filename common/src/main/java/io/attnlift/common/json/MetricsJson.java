package io.attnlift.common.json;

import io.attnlift.common.stats.Auc;
import io.attnlift.common.stats.AucDifference;
import java.util.List;

/**
 * The train stage's {@code metrics.json} for one variant: how well the model predicts on each
 * held-out split, how training went, how fast it ran and how it was set up. Read by attribute,
 * report and bench.
 *
 * @param val the validation split
 * @param test the test split
 * @param trainAuc the AUC on the training split, or on the sample of it that was scored
 *     ({@link Setup#trainScoredSessions()}; no interval: it is not held out)
 * @param fit the training curve and the epoch kept
 * @param speed wall and CPU time, throughput
 * @param setup what was trained, on what
 * @param audit the model-side half of the leakage audit, on the test split
 * @param refits the stability check's other fits (seeds seed + 1, ...), empty when none
 */
public record MetricsJson(
    SplitMetrics val, SplitMetrics test, double trainAuc, Fit fit, Speed speed, Setup setup,
    Audit audit, List<Refit> refits) {

  public static final JsonContract<MetricsJson> CONTRACT =
      JsonContract.of("metrics", "metrics.json", MetricsJson.class, 4);

  public MetricsJson {
    refits = refits == null ? List.of() : List.copyOf(refits);
  }

  /**
   * One refit of the stability check: the same data and model, another seed (initialisation,
   * dropout, shuffling). Only its removal effects are used, to check their signs.
   *
   * @param fit 1..K-1
   * @param seed its seed
   * @param epochKept the epoch whose weights it kept
   * @param valAuc its best validation AUC
   * @param test its test AUC with interval and counts
   * @param trainSeconds wall time of its training steps
   * @param removalSeconds wall time of its removal effects' re-scoring
   */
  public record Refit(int fit, long seed, int epochKept, double valAuc, Auc test,
      double trainSeconds, double removalSeconds) {}

  /** The same metrics with the refits of the stability check. */
  public MetricsJson withRefits(List<Refit> others) {
    return new MetricsJson(val, test, trainAuc, fit, speed, setup, audit, others);
  }

  /**
   * What could let a variant predict without knowing why: trivial statistics of the test
   * sessions, and the model with its time features neutralised.
   *
   * @param timeNeutralised the test AUC with every time delta replaced by the training mean
   * @param neutralTimeDelta that mean (log1p seconds)
   * @param statistics each trivial statistic as a ranking of the test sessions
   */
  public record Audit(Auc timeNeutralised, double neutralTimeDelta, List<Statistic> statistics) {}

  /**
   * A trivial session statistic used alone to rank conversion.
   *
   * @param name {@code length}, {@code duration}, {@code largest_gap} or
   *     {@code last_store_position}
   * @param description what it measures
   * @param direction {@code higher} or {@code lower}: which values go with conversion
   * @param auc its AUC in that direction (so at least 0.5), with interval and counts
   * @param modelMinusStatistic the model's test AUC minus this one, paired over users (the same
   *     resamples of users score both on the same sessions)
   */
  public record Statistic(String name, String description, String direction, Auc auc,
      AucDifference modelMinusStatistic) {}

  /**
   * One held-out split.
   *
   * @param auc the AUC with its interval over users and its counts
   * @param logLoss mean binary cross-entropy
   * @param brier mean squared error of the probabilities
   * @param calibration ten equal-width bins of predicted probability
   */
  public record SplitMetrics(Auc auc, double logLoss, double brier,
      List<CalibrationBin> calibration) {}

  /**
   * A calibration bin.
   *
   * @param lower the bin's lower end of predicted probability
   * @param upper its upper end
   * @param count sessions in it
   * @param meanPredicted their mean predicted probability (NaN: empty)
   * @param observedRate their conversion rate (NaN: empty)
   */
  public record CalibrationBin(double lower, double upper, long count, double meanPredicted,
      double observedRate) {}

  /**
   * The training run.
   *
   * @param curve one entry per epoch run
   * @param epochKept the epoch whose weights were kept (best validation AUC)
   * @param epochsRun epochs run before stopping
   */
  public record Fit(List<Epoch> curve, int epochKept, int epochsRun) {}

  /**
   * One epoch.
   *
   * @param epoch 1-based
   * @param trainLoss mean training batch loss
   * @param valAuc validation AUC after the epoch
   * @param valLogLoss validation log loss after the epoch
   * @param seconds wall time of the epoch, validation included
   * @param trainSequencesPerSecond training throughput
   */
  public record Epoch(int epoch, double trainLoss, double valAuc, double valLogLoss,
      double seconds, double trainSequencesPerSecond) {}

  /**
   * Time and throughput.
   *
   * @param trainSeconds wall time of the training steps
   * @param trainSequencesPerSecond training sequences per wall second
   * @param inferenceSequencesPerSecond scoring sequences per wall second
   * @param trainCpuSeconds CPU time of the training steps (all threads)
   * @param trainSequencesPerCpuSecond training sequences per CPU second
   * @param inferenceSequencesPerCpuSecond scoring sequences per CPU second
   * @param loadAverage the 1-minute load average at the end (-1: unknown)
   * @param threads TensorFlow's CPU threads
   */
  public record Speed(double trainSeconds, double trainSequencesPerSecond,
      double inferenceSequencesPerSecond, double trainCpuSeconds,
      double trainSequencesPerCpuSecond, double inferenceSequencesPerCpuSecond,
      double loadAverage, int threads) {}

  /**
   * What was trained, on what.
   *
   * @param preset the model preset
   * @param device cpu or gpu
   * @param batchSize training batch size
   * @param lengthBuckets whether batches grouped sessions of similar length
   * @param trainSessions training sessions
   * @param trainPositiveRate their share of converted sessions
   * @param trainScoredSessions training sessions scored for {@code train_auc} and the
   *     predictions' training rows: all of them, or a sample drawn with the seed
   *     ({@code train-score-sessions})
   */
  public record Setup(String preset, String device, int batchSize, boolean lengthBuckets,
      int trainSessions, double trainPositiveRate, int trainScoredSessions) {}
}
