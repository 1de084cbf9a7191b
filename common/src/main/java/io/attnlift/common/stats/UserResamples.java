package io.attnlift.common.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Resamples of users, the one bootstrap every interval over users rests on: each resample draws
 * as many users as there are, with replacement, and takes all of their sessions, because
 * sessions of one user are not independent. The same users and seed give the same resamples.
 */
public final class UserResamples {
  private final int[][] byUser;
  private final int sessions;
  private final SplittableRandom rnd;

  /**
   * @param users the user of each session
   * @param seed the resampling seed
   */
  public UserResamples(String[] users, long seed) {
    this.byUser = group(users);
    this.sessions = users.length;
    this.rnd = new SplittableRandom(seed);
  }

  /** Distinct users. */
  public int users() {
    return byUser.length;
  }

  /** The session indices of each distinct user, users in order of first appearance. */
  public int[][] byUser() {
    return byUser;
  }

  /** Fills {@code weight[s]} with how often session s is drawn in the next resample. */
  public void next(long[] weight) {
    if (weight.length != sessions) {
      throw new IllegalArgumentException("weights for " + weight.length + " sessions, expected "
          + sessions);
    }
    Arrays.fill(weight, 0);
    for (int u = 0; u < byUser.length; u++) {
      for (int s : byUser[rnd.nextInt(byUser.length)]) {
        weight[s]++;
      }
    }
  }

  /** Session indices per distinct user, users in order of first appearance. */
  static int[][] group(String[] users) {
    Map<String, List<Integer>> m = new HashMap<>();
    List<List<Integer>> order = new ArrayList<>();
    for (int i = 0; i < users.length; i++) {
      List<Integer> l = m.computeIfAbsent(String.valueOf(users[i]), k -> {
        List<Integer> n = new ArrayList<>();
        order.add(n);
        return n;
      });
      l.add(i);
    }
    int[][] out = new int[order.size()][];
    for (int u = 0; u < out.length; u++) {
      out[u] = order.get(u).stream().mapToInt(Integer::intValue).toArray();
    }
    return out;
  }
}
