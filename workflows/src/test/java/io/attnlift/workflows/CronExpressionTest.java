package io.attnlift.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CronExpressionTest {
  @Test
  void mondayMorningFiresOnlyOnMondayAtSix() {
    CronExpression c = CronExpression.parse("0 6 * * 1");
    assertTrue(c.firesAt(0, 6, 1));
    assertFalse(c.firesAt(0, 6, 2));
    assertFalse(c.firesAt(1, 6, 1));
    assertEquals(1, c.daysOfWeek().cardinality());
  }

  @Test
  void listsRangesStepsAndNamesAreRead() {
    CronExpression c = CronExpression.parse("*/15 8-10 ? JAN,jul MON-FRI");
    assertTrue(c.firesAt(45, 9, 5));
    assertFalse(c.firesAt(50, 9, 5));
    assertFalse(c.firesAt(0, 9, 0));
    assertEquals(5, c.daysOfWeek().cardinality());
    assertTrue(CronExpression.parse("@weekly").firesAt(0, 0, 0));
  }

  @Test
  void badExpressionsAreRefusedNamingTheField() {
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> CronExpression.parse("0 24 * * 1")).getMessage().contains("hour"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> CronExpression.parse("0 6 * * 7")).getMessage().contains("day of week"));
    assertThrows(IllegalArgumentException.class, () -> CronExpression.parse("0 6 * *"));
    assertThrows(IllegalArgumentException.class, () -> CronExpression.parse("0 6 * * MON-"));
    assertThrows(IllegalArgumentException.class, () -> CronExpression.parse("0 6 5-2 * *"));
    assertThrows(IllegalArgumentException.class, () -> CronExpression.parse("x 6 * * 1"));
    assertThrows(IllegalArgumentException.class, () -> CronExpression.parse("? 6 * * 1"));
  }
}
