package io.attnlift.attribute;

import java.util.SplittableRandom;

/**
 * Bootstrap resamples of sessions, stratified by outcome: each resample draws as many converted
 * sessions as there are, with replacement, from the converted ones, and the same for the
 * non-converted ones. Resample {@code b} depends only on the seed and {@code b}, so every table of
 * a run sees the same resamples.
 */
final class Resampler {
  private final int[] converted;
  private final int[] notConverted;
  private final int sessions;
  private final long seed;

  /**
   * @param labels 0 or 1 per session
   */
  Resampler(int[] labels, long seed) {
    int n1 = 0;
    for (int l : labels) {
      n1 += l;
    }
    converted = new int[n1];
    notConverted = new int[labels.length - n1];
    int a = 0;
    int b = 0;
    for (int s = 0; s < labels.length; s++) {
      if (labels[s] == 1) {
        converted[a++] = s;
      } else {
        notConverted[b++] = s;
      }
    }
    this.sessions = labels.length;
    this.seed = seed;
  }

  /** How many times each session is drawn in resample {@code b}. */
  int[] weights(int b) {
    int[] w = new int[sessions];
    SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + b);
    draw(converted, w, rnd);
    draw(notConverted, w, rnd);
    return w;
  }

  private static void draw(int[] from, int[] w, SplittableRandom rnd) {
    for (int i = 0; i < from.length; i++) {
      w[from[rnd.nextInt(from.length)]]++;
    }
  }
}
