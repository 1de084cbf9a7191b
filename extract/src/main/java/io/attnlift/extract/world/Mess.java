package io.attnlift.extract.world;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Realistic mess that is not part of browsing itself. */
final class Mess {
  private Mess() {}

  /** The events with a small share written twice in a row (exact duplicate rows). */
  static List<SimEvent> duplicate(List<SimEvent> events, double rate, SplittableRandom rng) {
    List<SimEvent> out = new ArrayList<>(events.size() + 4);
    for (SimEvent e : events) {
      out.add(e);
      if (rng.nextDouble() < rate) {
        out.add(e);
      }
    }
    return out;
  }
}
