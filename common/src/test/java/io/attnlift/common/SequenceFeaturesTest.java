package io.attnlift.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class SequenceFeaturesTest {
  private static BitSet of(int... p) {
    BitSet b = new BitSet();
    for (int i : p) {
      b.set(i);
    }
    return b;
  }

  /** Deltas of events at these seconds, as preprocess computes them. */
  private static float[] deltas(double... ts) {
    float[] out = new float[ts.length];
    for (int i = 1; i < ts.length; i++) {
      out[i] = SequenceFeatures.timeDelta(ts[i] - ts[i - 1]);
    }
    return out;
  }

  @Test
  void removingAMiddleEventMergesItsGapIntoTheNextKeptEvent() {
    float[] full = deltas(0, 10, 30, 100);
    float[] kept = SequenceFeatures.timeDeltasWithout(full, of(1));
    assertArrayEquals(deltas(0, 30, 100), kept, 1e-6f);
    assertEquals(full[3], kept[2]);
  }

  @Test
  void removingTheFirstEventsGivesTheFirstKeptEventTheSessionsFirstDelta() {
    float[] kept = SequenceFeatures.timeDeltasWithout(deltas(0, 10, 30, 100), of(0, 1));
    assertArrayEquals(deltas(30, 100), kept, 1e-6f);
    assertEquals(0f, kept[0]);
  }

  @Test
  void aMergedGapWithAClippedPartStaysAtTheClip() {
    float[] kept = SequenceFeatures.timeDeltasWithout(deltas(0, 5000, 5010), of(1));
    assertEquals(SequenceFeatures.timeDelta(3600), kept[1]);
  }

  @Test
  void removingTheLastEventsOrNothingKeepsTheOtherDeltas() {
    float[] full = deltas(0, 10, 30, 100);
    assertArrayEquals(new float[] {full[0], full[1]},
        SequenceFeatures.timeDeltasWithout(full, of(2, 3)));
    assertArrayEquals(full, SequenceFeatures.timeDeltasWithout(full, new BitSet()));
    assertEquals(0, SequenceFeatures.timeDeltasWithout(full, of(0, 1, 2, 3)).length);
  }

  @Test
  void eventRankScalesPositionsToZeroOne() {
    assertEquals(0f, SequenceFeatures.eventRank(0, 1));
    assertEquals(0.5f, SequenceFeatures.eventRank(1, 3));
    assertEquals(1f, SequenceFeatures.eventRank(2, 3));
  }
}
