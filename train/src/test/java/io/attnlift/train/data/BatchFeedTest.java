package io.attnlift.train.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tensorflow.Tensor;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

class BatchFeedTest {
  /** A session of n events whose index in every feature is 10 * feature + position + 1. */
  private static SessionSeq session(String id, int n) {
    int[][] idx = new int[Feature.values().length][n];
    float[][] cont = new float[3][n];
    String[][] raw = new String[RawColumn.values().length][n];
    for (int f = 0; f < idx.length; f++) {
      for (int p = 0; p < n; p++) {
        idx[f][p] = 10 * f + p + 1;
      }
    }
    for (int c = 0; c < 3; c++) {
      for (int p = 0; p < n; p++) {
        cont[c][p] = c + 0.5f * (p + 1);
      }
    }
    return new SessionSeq(id, "u", "test", 0, idx, cont, raw);
  }

  private static List<BatchFeed.Row> rows() {
    BitSet hidden = new BitSet();
    hidden.set(1);
    return List.of(BatchFeed.Row.of(session("a", 3)), new BatchFeed.Row(session("b", 2), hidden));
  }

  @Test
  void paddingAndHiddenEventsAreZeroInEveryIndexAndPaddingIsZeroInTheContinuousInputs() {
    try (BatchFeed feed = new BatchFeed(rows())) {
      Map<String, Tensor> in = feed.byName();
      int[] event = new int[6];
      ((TInt32) in.get(Feature.EVENT.indexColumn())).asRawTensor().data().asInts().read(event);
      assertArrayEquals(new int[] {1, 2, 3, 1, 0, 0}, event);
      float[] rank = new float[6];
      ((TFloat32) in.get("event_rank")).asRawTensor().data().asFloats().read(rank);
      assertArrayEquals(new float[] {0.5f, 1f, 1.5f, 0.5f, 1f, 0f}, rank);
    }
  }
}
