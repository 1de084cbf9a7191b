package io.attnlift.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.attnlift.train.data.SessionSeq;
import io.attnlift.train.model.ModelSession;
import java.util.List;
import org.junit.jupiter.api.Test;

class BabyOverfitTest {
  @Test
  void babyPresetOverfitsAHandfulOfSequencesToAucOne() {
    List<SessionSeq> handful = Fixtures.toySplits(3, 6, 16, 1, 1).get(0);
    TrainOptions opt = Baby.options(60, 1e-2);
    try (ModelSession model = Baby.model(opt)) {
      Baby.fit(model, opt, handful);

      Scorer.Scored s = new Scorer(64).score(model, handful);
      assertEquals(1.0, Metrics.auc(s.probabilities(), s.labels()));
    }
  }

  @Test
  void aFitCappedAtTheKeptEpochFollowsTheSameScheduleAndStopsThere() {
    List<List<SessionSeq>> s = Fixtures.toySplits(5, 6, 64, 32, 1);
    TrainOptions opt = Baby.options(3, 1e-3);
    try (ModelSession full = Baby.model(opt); ModelSession capped = Baby.model(opt)) {
      Trainer.Result all = new Trainer(full, opt, new Scorer(64)).fit(s.get(0), s.get(1));
      Trainer.Result first = new Trainer(capped, opt, new Scorer(64)).fit(s.get(0), s.get(1), 1);

      assertEquals(3, all.curve().size());
      assertEquals(1, first.curve().size());
      // the same seed and the same schedule (set by max-epochs, not by the cap): epoch 1 is the
      // same epoch
      assertEquals(all.curve().get(0).trainLoss(), first.curve().get(0).trainLoss(), 1e-6);
      assertEquals(all.curve().get(0).valAuc(), first.curve().get(0).valAuc(), 1e-6);
    }
  }

  @Test
  void trainingStopsAtTheFirstEpochWithAPerfectValidationAuc() {
    List<SessionSeq> handful = Fixtures.toySplits(3, 6, 16, 1, 1).get(0);
    TrainOptions opt = Baby.options(60, 1e-2);
    try (ModelSession model = Baby.model(opt)) {
      Trainer.Result r = Baby.fit(model, opt, handful);

      assertEquals(r.curve().size(), r.epochKept());
      assertEquals(1.0, r.curve().get(r.curve().size() - 1).valAuc());
    }
  }
}
