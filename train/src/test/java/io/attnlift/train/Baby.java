package io.attnlift.train;

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
    TrainOptions d = TrainOptions.defaults();
    return new TrainOptions("no-funnel", "baby", Map.of(), "cpu", maxEpochs, maxEpochs, 8, 7,
        false, learningRate, 5, 0.5, 0.0, 1.0, 1.0, true, 1, 64, -1, -1, "float32");
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
}
