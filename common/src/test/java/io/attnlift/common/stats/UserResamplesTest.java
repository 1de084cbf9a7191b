package io.attnlift.common.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UserResamplesTest {
  @Test
  void aResampleDrawsWholeUsersAsManyAsThereAre() {
    String[] users = {"a", "b", "a", "c", "b", "a"};
    UserResamples r = new UserResamples(users, 7);
    assertEquals(3, r.users());
    assertArrayEquals(new int[] {0, 2, 5}, r.byUser()[0]);
    long[] w = new long[users.length];
    for (int b = 0; b < 50; b++) {
      r.next(w);
      // the sessions of one user are drawn together
      assertEquals(w[0], w[2]);
      assertEquals(w[0], w[5]);
      assertEquals(w[1], w[4]);
      // three users drawn: a counts 3 sessions per draw, b 2, c 1
      assertEquals(3, w[0] + w[1] + w[3]);
    }
  }

  @Test
  void theSameSeedGivesTheSameResamples() {
    String[] users = {"a", "b", "c", "d"};
    UserResamples x = new UserResamples(users, 11);
    UserResamples y = new UserResamples(users, 11);
    long[] wx = new long[4];
    long[] wy = new long[4];
    for (int b = 0; b < 10; b++) {
      x.next(wx);
      y.next(wy);
      assertArrayEquals(wx, wy);
    }
  }
}
