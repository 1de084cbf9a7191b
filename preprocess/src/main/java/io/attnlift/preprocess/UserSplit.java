package io.attnlift.preprocess;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;

/**
 * Assigns each user to train, val or test by a deterministic hash of USER_ID, so that no user is
 * in two splits and the assignment is the same on every run, runner and machine.
 */
public final class UserSplit implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String TRAIN = "train";
  public static final String VAL = "val";
  public static final String TEST = "test";

  private final double valFraction;
  private final double testFraction;

  public UserSplit(double valFraction, double testFraction) {
    if (valFraction < 0 || testFraction < 0 || valFraction + testFraction >= 1) {
      throw new IllegalArgumentException(
          "split fractions: val " + valFraction + " + test " + testFraction + " must be in [0, 1)");
    }
    this.valFraction = valFraction;
    this.testFraction = testFraction;
  }

  /** The split of a user. */
  public String of(String userId) {
    double u = unit(userId);
    if (u < testFraction) {
      return TEST;
    }
    if (u < testFraction + valFraction) {
      return VAL;
    }
    return TRAIN;
  }

  /** A uniform number in [0, 1) from the user id: FNV-1a 64 of its UTF-8 bytes, then mixed. */
  static double unit(String userId) {
    long h = 0xcbf29ce484222325L;
    for (byte b : userId.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (h >>> 11) * 0x1.0p-53;
  }
}
