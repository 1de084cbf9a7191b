package io.attnlift.train;

import io.attnlift.train.data.SessionSeq;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A toy task with one decisive event: a session converts exactly when it holds event index
 * {@link #DECISIVE}, placed at a random position among random other events.
 */
final class Planted {
  static final int DECISIVE = 7;

  private Planted() {}

  /** {@code n} sessions of lengths 3..maxLen, half of them holding the decisive event once. */
  static List<SessionSeq> sessions(int n, int maxLen, long seed) {
    Random r = new Random(seed);
    ToyWorld shape = new ToyWorld(seed, 5, 0);
    List<SessionSeq> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      SessionSeq base = shape.next("s" + i, "test").session();
      int len = 3 + r.nextInt(maxLen - 2);
      int label = i % 2;
      int[][] idx = new int[6][len];
      float[][] cont = new float[3][len];
      String[][] raw = new String[7][len];
      for (int p = 0; p < len; p++) {
        int q = p % base.length();
        for (int c = 0; c < 6; c++) {
          idx[c][p] = base.indices()[c][q];
        }
        idx[0][p] = 2 + r.nextInt(ToyWorld.EVENTS - 2);
        if (idx[0][p] == DECISIVE) {
          idx[0][p] = DECISIVE + 1;
        }
        cont[0][p] = p / (float) Math.max(1, len - 1);
        for (int c = 0; c < 7; c++) {
          raw[c][p] = base.raw()[c][q];
        }
        raw[0][p] = "e" + idx[0][p];
      }
      if (label == 1) {
        int at = r.nextInt(len);
        idx[0][at] = DECISIVE;
        raw[0][at] = "e" + DECISIVE;
      }
      out.add(new SessionSeq("s" + i, "u" + i, "test", label, idx, cont, raw));
    }
    return out;
  }

  /** The position of the decisive event, or -1. */
  static int decisiveAt(SessionSeq s) {
    for (int p = 0; p < s.length(); p++) {
      if (s.indices()[0][p] == DECISIVE) {
        return p;
      }
    }
    return -1;
  }
}
