package io.attnlift.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.attnlift.train.data.SessionSeq;
import io.attnlift.train.model.ModelSession;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttentionTest {
  @Test
  void attentionRowsSumToOneAndPaddedPositionsGetNone() {
    List<SessionSeq> sessions = List.of(
        Fixtures.toySplits(5, 3, 1, 1, 1).get(0).get(0),
        Fixtures.toySplits(6, 30, 1, 1, 1).get(0).get(0));
    int shortLen = Math.min(sessions.get(0).length(), sessions.get(1).length());
    int width = Math.max(sessions.get(0).length(), sessions.get(1).length());
    int shortRow = sessions.get(0).length() == shortLen ? 0 : 1;
    try (ModelSession model = Baby.model(Baby.options(1, 1e-3))) {
      ModelSession.Explanation ex = model.explain(Scorer.rows(sessions));

      float[][][] layers = ex.layers()[shortRow]; // [L][T+1][T+1] over the padded width
      for (float[][] layer : layers) {
        for (int q = 0; q <= shortLen; q++) {
          double sum = 0;
          for (int k = 0; k <= width; k++) {
            sum += layer[q][k];
            if (k > shortLen) {
              assertEquals(0.0, layer[q][k], 0.0, "padded key " + k + " of query " + q);
            }
          }
          assertEquals(1.0, sum, 1e-5, "row " + q);
        }
      }
      for (int p = shortLen; p < width; p++) {
        assertEquals(0.0, ex.attention()[shortRow][p], 0.0, "CLS attention to padding " + p);
        assertEquals(0.0, ex.gradientXInput()[shortRow][p], 0.0, "gradient x input of padding");
      }
    }
  }
}
