package io.attnlift.train;

import io.attnlift.common.StageConfig;
import io.attnlift.train.data.SequenceReader;
import io.attnlift.train.data.SessionSeq;
import io.attnlift.train.model.Execution;
import io.attnlift.train.model.ModelConfig;
import io.attnlift.train.model.ModelSession;
import java.util.List;
import java.util.Map;

/** Test helpers around a baby-preset model. */
final class Baby {
  private Baby() {}

  /** Options for fast, repeatable tests. */
  static TrainOptions options(int maxEpochs, double learningRate) {
    return StageConfig.override(TrainOptions.defaults(), Map.ofEntries(
        Map.entry("variants", List.of("no-funnel")), Map.entry("preset", "baby"),
        Map.entry("maxEpochs", maxEpochs), Map.entry("patience", maxEpochs),
        Map.entry("batchSize", 8), Map.entry("seed", 7), Map.entry("learningRate", learningRate),
        Map.entry("warmupSteps", 5), Map.entry("minLearningRateRatio", 0.5),
        Map.entry("weightDecay", 0.0), Map.entry("threads", 1),
        Map.entry("inferenceBatchSize", 64), Map.entry("faithfulnessSessions", -1),
        Map.entry("precision", "float32")));
  }

  /** A fresh baby model over the toy vocabulary. */
  static ModelSession model(TrainOptions opt) {
    return new ModelSession(ModelConfig.baby(),
        SequenceReader.vocabSizes(ToyWorld.vocabulary()), 0f, opt.optimizer(), opt.seed(),
        Execution.cpu(opt.threads()));
  }

  /** Trains a baby model on the sessions (validating on the same ones). */
  static Trainer.Result fit(ModelSession model, TrainOptions opt, List<SessionSeq> train) {
    return new Trainer(model, opt, new Scorer(64)).fit(train, train);
  }

  /** A baby model trained one epoch on the first 64 sessions: scores that differ by session. */
  static ModelSession roughlyFitted(List<SessionSeq> sessions) {
    TrainOptions opt = options(1, 1e-2);
    ModelSession model = model(opt);
    fit(model, opt, sessions.subList(0, 64));
    return model;
  }
}
