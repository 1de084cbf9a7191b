package io.attnlift.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.train.data.SequenceReader;
import io.attnlift.train.data.SessionSeq;
import io.attnlift.train.model.ModelConfig;
import io.attnlift.train.model.ModelGraph;
import io.attnlift.train.model.ModelSession;
import io.attnlift.train.model.OptimizerConfig;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tensorflow.Graph;

class GradientCoverageTest {
  @Test
  void theSeedGraphHasAGradientForEveryVariable() {
    try (Graph g = new Graph()) {
      // AdamW fails by name when any variable gets no gradient.
      ModelGraph mg = new ModelGraph(g, ModelConfig.seed(),
          SequenceReader.vocabSizes(ToyWorld.vocabulary()), 0f,
          new OptimizerConfig(0.9, 0.999, 1e-8, 0.01, 1.0), 1, false);
      // embeddings 6 + projection 2 + cls 1 + per layer 12 + final LN 2 + head 4
      assertEquals(6 + 2 + 1 + 3 * 12 + 2 + 4, mg.params().all().size());
    }
  }

  @Test
  void theBfloat16TrainingGraphHasAGradientForEveryVariable() {
    try (Graph g = new Graph()) {
      ModelGraph mg = new ModelGraph(g, ModelConfig.seed(),
          SequenceReader.vocabSizes(ToyWorld.vocabulary()), 0f,
          new OptimizerConfig(0.9, 0.999, 1e-8, 0.01, 1.0), 1, true);
      assertEquals(6 + 2 + 1 + 3 * 12 + 2 + 4, mg.params().all().size());
    }
  }

  @Test
  void oneTrainingStepMovesEveryVariable() {
    List<SessionSeq> batch = Fixtures.toySplits(2, 10, 32, 1, 1).get(0);
    TrainOptions opt = Baby.options(1, 1e-2);
    try (ModelSession model = Baby.model(opt)) {
      float[][] before = model.snapshot();
      float[] labels = new float[batch.size()];
      float[] weights = new float[batch.size()];
      for (int i = 0; i < labels.length; i++) {
        labels[i] = batch.get(i).label();
        weights[i] = 1;
      }
      float loss = model.trainStep(Scorer.rows(batch), labels, weights, 1e-2f, 1,
          opt.optimizer());
      float[][] after = model.snapshot();

      assertTrue(Float.isFinite(loss));
      for (int i = 0; i < before.length; i++) {
        assertNotEquals(Arrays.toString(before[i]), Arrays.toString(after[i]), "variable " + i);
      }
    }
  }
}
