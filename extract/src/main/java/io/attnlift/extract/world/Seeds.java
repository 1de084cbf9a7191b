package io.attnlift.extract.world;

import java.nio.charset.StandardCharsets;

/** Seed mixing, so each user, pass and part of the world draws from its own stream. */
final class Seeds {
  private Seeds() {}

  /** Mixes values into one seed (SplitMix64 finalizer over a running combination). */
  static long mix(long... parts) {
    long h = 0x9E3779B97F4A7C15L;
    for (long p : parts) {
      h = finalize(h ^ finalize(p + 0x632BE59BD9B4E019L));
    }
    return h;
  }

  /** A stable seed from text (e.g. the world's name). */
  static long of(String text) {
    long h = 1125899906842597L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      h = 31 * h + b;
    }
    return finalize(h);
  }

  private static long finalize(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
