package io.attnlift.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.attnlift.train.data.BatchFeed;
import io.attnlift.train.data.SessionSeq;
import io.attnlift.train.model.ModelGraph;
import io.attnlift.train.model.ModelSession;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.types.TFloat32;

class SavedModelRoundTripTest {
  @TempDir Path tmp;

  @Test
  void exportedModelReloadsAndGivesIdenticalPredictions() throws Exception {
    List<SessionSeq> sessions = Fixtures.toySplits(4, 8, 24, 1, 1).get(0);
    TrainOptions opt = Baby.options(2, 1e-2);
    float[] expected;
    float[] expectedAttention;
    try (ModelSession model = Baby.model(opt)) {
      Baby.fit(model, opt, sessions);
      expected = model.probabilities(Scorer.rows(sessions));
      expectedAttention = model.explain(Scorer.rows(sessions)).attention()[3];
      model.export(tmp.resolve("model"));
    }

    try (SavedModelBundle bundle = SavedModelBundle.load(tmp.resolve("model").toString(), "serve");
        BatchFeed feed = new BatchFeed(Scorer.rows(sessions));
        Result serve = bundle.function(ModelGraph.SERVE).call(feed.byName());
        Result explain = bundle.function(ModelGraph.EXPLAIN).call(feed.byName())) {
      float[] got = new float[sessions.size()];
      ((TFloat32) serve.get(ModelGraph.PROBABILITY).orElseThrow()).asRawTensor().data()
          .asFloats().read(got);
      assertArrayEquals(expected, got);
      TFloat32 att = (TFloat32) explain.get(ModelGraph.ATTENTION).orElseThrow();
      assertEquals(feed.width(), att.shape().get(1));
      float[] row = new float[feed.width()];
      att.asRawTensor().data().asFloats().offset(3L * feed.width()).read(row);
      assertArrayEquals(expectedAttention, row);
    }
  }
}
