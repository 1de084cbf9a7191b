package io.attnlift.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.attnlift.train.data.LengthBuckets;
import io.attnlift.train.data.SessionSeq;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LengthBucketsTest {
  @Test
  void bucketedBatchesPadFarLessThanRandomOnesAndKeepEverySession() {
    List<SessionSeq> sessions = Fixtures.toySplits(1, 20, 2000, 1, 1).get(0);
    List<List<SessionSeq>> bucketed = LengthBuckets.training(sessions, 64, true, new Random(1));
    List<List<SessionSeq>> random = LengthBuckets.training(sessions, 64, false, new Random(1));

    assertEquals(sessions.size(), bucketed.stream().mapToInt(List::size).sum());
    assertTrue(padded(bucketed) * 3 < padded(random),
        padded(bucketed) + " vs " + padded(random));
  }

  private static long padded(List<List<SessionSeq>> batches) {
    long cells = 0;
    for (List<SessionSeq> b : batches) {
      cells += (long) b.size() * b.stream().mapToInt(SessionSeq::length).max().orElse(0);
    }
    return cells;
  }
}
