package io.attnlift.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
  @Test
  void shortFormsIsoAndBareSecondsAreRead() {
    assertEquals(Duration.ofMillis(500), Durations.parse("500ms"));
    assertEquals(Duration.ofSeconds(60), Durations.parse("60s"));
    assertEquals(Duration.ofSeconds(60), Durations.parse("60"));
    assertEquals(Duration.ofMinutes(30), Durations.parse("30m"));
    assertEquals(Duration.ofHours(2), Durations.parse("2h"));
    assertEquals(Duration.ofMinutes(1), Durations.parse("PT1M"));
  }

  @Test
  void theShortestExactFormIsWritten() {
    assertEquals("1m", Durations.format(Duration.ofSeconds(60)));
    assertEquals("90s", Durations.format(Duration.ofSeconds(90)));
    assertEquals("1500ms", Durations.format(Duration.ofMillis(1500)));
    assertEquals("1d", Durations.format(Duration.ofHours(24)));
  }

  @Test
  void aBadDurationIsBadInputNamingIt() {
    StageException e = assertThrows(StageException.class, () -> Durations.parse("soon"));
    assertEquals("bad duration 'soon': use e.g. 500ms, 60s, 30m, 2h, 1d or ISO-8601 (PT1M)",
        e.getMessage());
  }
}
