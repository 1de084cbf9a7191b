package io.attnlift.train;

import io.attnlift.common.json.MetricsJson;
import io.attnlift.common.json.TrainStats;
import io.attnlift.common.stats.Auc;
import io.attnlift.train.data.SessionSeq;
import java.lang.management.ManagementFactory;
import java.util.List;

/** Builds {@code metrics.json} and the manifest's stats from a finished training run. */
final class MetricsFile {
  private MetricsFile() {}

  /**
   * The metrics.
   *
   * @param timing the scorer that scored val and test, for the inference throughput
   */
  static MetricsJson of(Scorer.Scored val, Scorer.Scored test, Scorer.Scored train,
      Trainer.Result fit, Scorer timing, TrainData data, TrainOptions opt, String device,
      MetricsJson.Audit audit) {
    MetricsJson.Speed speed = new MetricsJson.Speed(fit.trainSeconds(),
        fit.trainSequencesPerSecond(), timing.sequencesPerSecond(), fit.trainCpuSeconds(),
        fit.trainSequencesPerSecond() * fit.trainSeconds() / fit.trainCpuSeconds(),
        timing.sequencesPerCpuSecond(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        opt.threads() > 0 ? opt.threads() : Runtime.getRuntime().availableProcessors());
    return new MetricsJson(split(val, opt.seed()), split(test, opt.seed()),
        Metrics.auc(train.probabilities(), train.labels()),
        new MetricsJson.Fit(fit.curve().stream().map(MetricsFile::epoch).toList(),
            fit.epochKept(), fit.curve().size()),
        speed,
        new MetricsJson.Setup(opt.preset(), device, opt.batchSize(), opt.lengthBuckets(),
            data.train().size(), data.positiveRate(), train.sessions().size()),
        audit, List.of());
  }

  /** The manifest's stats: the headline of the metrics. */
  static TrainStats stats(MetricsJson m, Removals.Result removal) {
    return new TrainStats(m.setup().device(), m.val().auc().value(), m.test().auc().value(),
        m.fit().epochsRun(), m.fit().epochKept(), m.speed().trainSeconds(),
        m.speed().trainSequencesPerSecond(), m.speed().inferenceSequencesPerSecond(),
        m.setup().trainSessions(), m.val().auc().sessions(), m.test().auc().sessions(),
        removal.sessions(),
        removal.rows(), removal.seconds(), removal.plainSeconds());
  }

  /** One refit of the stability check, from its fit and its test scores. */
  static MetricsJson.Refit refit(int fit, long seed, Trainer.Result r, Scorer.Scored test,
      double removalSeconds) {
    return new MetricsJson.Refit(fit, seed, r.epochKept(), r.bestValAuc(),
        split(test, seed).auc(), r.trainSeconds(), removalSeconds);
  }

  /** A held-out split: AUC with its interval over users, log loss, Brier, calibration. */
  private static MetricsJson.SplitMetrics split(Scorer.Scored s, long seed) {
    String[] users = s.sessions().stream().map(SessionSeq::userId).toArray(String[]::new);
    return new MetricsJson.SplitMetrics(
        Auc.of(s.probabilities(), s.labels(), users, seed),
        Metrics.logLoss(s.probabilities(), s.labels()),
        Metrics.brier(s.probabilities(), s.labels()),
        Metrics.calibration(s.probabilities(), s.labels()));
  }

  private static MetricsJson.Epoch epoch(Trainer.Epoch e) {
    return new MetricsJson.Epoch(e.epoch(), e.trainLoss(), e.valAuc(), e.valLogLoss(),
        e.seconds(), e.sequencesPerSecond());
  }
}
