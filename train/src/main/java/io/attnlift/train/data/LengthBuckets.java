package io.attnlift.train.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Cuts sessions into batches of similar length, so that each batch pads only to its own longest
 * session. Training batches are shuffled: sessions are shuffled, sorted by length within pools of
 * a few dozen batches, cut into batches, and the batches shuffled again.
 */
public final class LengthBuckets {
  private static final int POOL_BATCHES = 50;

  private LengthBuckets() {}

  /** Shuffled training batches, by length when {@code bucketed}, else in random order. */
  public static List<List<SessionSeq>> training(List<SessionSeq> sessions, int batchSize,
      boolean bucketed, Random random) {
    List<SessionSeq> order = new ArrayList<>(sessions);
    Collections.shuffle(order, random);
    if (bucketed) {
      int pool = batchSize * POOL_BATCHES;
      for (int from = 0; from < order.size(); from += pool) {
        order.subList(from, Math.min(order.size(), from + pool))
            .sort(Comparator.comparingInt(SessionSeq::length));
      }
    }
    List<List<SessionSeq>> batches = cut(order, batchSize);
    Collections.shuffle(batches, random);
    return batches;
  }

  /** Batches for inference: sorted by length, in a fixed order. */
  public static List<List<SessionSeq>> inference(List<SessionSeq> sessions, int batchSize) {
    List<SessionSeq> order = new ArrayList<>(sessions);
    order.sort(Comparator.comparingInt(SessionSeq::length));
    return cut(order, batchSize);
  }

  private static List<List<SessionSeq>> cut(List<SessionSeq> order, int batchSize) {
    List<List<SessionSeq>> batches = new ArrayList<>();
    for (int from = 0; from < order.size(); from += batchSize) {
      batches.add(List.copyOf(order.subList(from, Math.min(order.size(), from + batchSize))));
    }
    return batches;
  }
}
