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
}
