package io.attnlift.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FileSourceTest {
  @Test
  void valuesFromDataAreShownWithControlCharactersEscapedAndCut() {
    assertEquals("a\\u001b[31mb", FileSource.shown("a\u001b[31mb"));
    assertEquals("x".repeat(60) + "...", FileSource.shown("x".repeat(100)));
    assertEquals("Café <b>", FileSource.shown("Café <b>"));
  }
}
