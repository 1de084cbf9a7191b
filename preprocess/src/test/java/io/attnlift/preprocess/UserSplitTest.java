package io.attnlift.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserSplitTest {
  @Test
  void aUserAlwaysGetsTheSameSplit() {
    UserSplit a = new UserSplit(0.1, 0.1);
    UserSplit b = new UserSplit(0.1, 0.1);
    for (int i = 0; i < 1000; i++) {
      assertEquals(a.of("user-" + i), b.of("user-" + i));
    }
    // Pinned values: the hash must not change between builds, or users would move split.
    assertEquals(0.2563932327962135, UserSplit.unit("user-1"), 1e-15);
    assertEquals(UserSplit.TRAIN, a.of("user-1"));
  }

  @Test
  void sharesFollowTheFractions() {
    UserSplit split = new UserSplit(0.1, 0.1);
    Map<String, Integer> n = new HashMap<>();
    for (int i = 0; i < 20_000; i++) {
      n.merge(split.of("u" + i), 1, Integer::sum);
    }
    assertTrue(Math.abs(n.get(UserSplit.TRAIN) - 16_000) < 400, n.toString());
    assertTrue(Math.abs(n.get(UserSplit.VAL) - 2_000) < 200, n.toString());
    assertTrue(Math.abs(n.get(UserSplit.TEST) - 2_000) < 200, n.toString());
  }

  @Test
  void fractionsThatLeaveNoTrainingAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new UserSplit(0.5, 0.5));
  }
}
