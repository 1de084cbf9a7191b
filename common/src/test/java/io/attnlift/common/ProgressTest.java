package io.attnlift.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void timeLeftReadsInSecondsMinutesOrHours() {
    assertEquals("42 s", Progress.duration(41.6));
    assertEquals("3 min 05 s", Progress.duration(185));
    assertEquals("1 h 02 min", Progress.duration(3725));
  }
}
