package io.attnlift.common;

import java.util.BitSet;

/**
 * The continuous inputs the model derives from a session's order and timing, in one place:
 * preprocess computes them on the events a variant keeps, and train recomputes them on what is
 * left when a group of events is removed (the removal effects), so both agree (up to the float
 * rounding of a delta's seconds).
 */
public final class SequenceFeatures {
  /** Seconds since the previous event are clipped to this before the log. */
  public static final double TIME_DELTA_CLIP_SECONDS = 3600;

  private SequenceFeatures() {}

  /** log1p of the seconds since the previous event, clipped to [0, clip] first. */
  public static float timeDelta(double seconds) {
    return (float) Math.log1p(Math.min(Math.max(seconds, 0), TIME_DELTA_CLIP_SECONDS));
  }

  /** The seconds a time delta stands for (the clip when it was clipped). */
  public static double seconds(float timeDelta) {
    return Math.expm1(timeDelta);
  }

  /** Position in the sequence scaled to [0, 1]: i / (length - 1), 0 for a single event. */
  public static float eventRank(int i, int length) {
    return length <= 1 ? 0f : (float) i / (length - 1);
  }

  /**
   * The time deltas of the events kept when those in {@code removed} are taken out: a kept event
   * whose previous event is kept keeps its delta; one after removed events gets the clipped sum
   * of the gaps since the previous kept event (the clip keeps a sum with a clipped gap at the
   * clip); the first kept event takes the session's first delta (0 unless older events were
   * truncated), as preprocess gives the first event it keeps.
   *
   * @param deltas the session's time deltas
   * @param removed positions taken out
   * @return the deltas of the kept events, in order
   */
  public static float[] timeDeltasWithout(float[] deltas, BitSet removed) {
    float[] out = new float[deltas.length - removed.cardinality()];
    int k = 0;
    double gap = 0;
    boolean gapOpen = false;
    for (int i = 0; i < deltas.length; i++) {
      if (removed.get(i)) {
        gap += i == 0 ? 0 : seconds(deltas[i]);
        gapOpen = true;
        continue;
      }
      if (k == 0) {
        out[k++] = deltas[0];
      } else {
        out[k++] = gapOpen ? timeDelta(gap + seconds(deltas[i])) : deltas[i];
      }
      gap = 0;
      gapOpen = false;
    }
    return out;
  }
}
