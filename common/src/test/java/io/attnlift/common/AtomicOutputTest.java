package io.attnlift.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {
  @TempDir Path tmp;

  private List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void commitMovesTheOutputIntoPlace() throws Exception {
    Path target = tmp.resolve("run/extract");
    try (AtomicOutput out = AtomicOutput.open(target)) {
      Files.writeString(out.dir().resolve("a.txt"), "new");
      out.commit();
    }

    assertEquals("new", Files.readString(target.resolve("a.txt")));
    assertEquals(List.of("extract"), names(tmp.resolve("run")));
  }

  @Test
  void aFailedWriteLeavesThePreviousOutputIntact() throws Exception {
    Path target = tmp.resolve("run/extract");
    Files.createDirectories(target);
    Files.writeString(target.resolve("a.txt"), "previous");

    assertThrows(IllegalStateException.class, () -> {
      try (AtomicOutput out = AtomicOutput.open(target)) {
        Files.writeString(out.dir().resolve("a.txt"), "half-written");
        throw new IllegalStateException("interrupted");
      }
    });

    assertEquals("previous", Files.readString(target.resolve("a.txt")));
    assertEquals(List.of("extract"), names(tmp.resolve("run")));
  }

  @Test
  void aRerunReplacesTheOutputOfTheSameRunWhole() throws Exception {
    Path target = tmp.resolve("run/extract");
    Files.createDirectories(target);
    Files.writeString(target.resolve("stale.txt"), "old");

    try (AtomicOutput out = AtomicOutput.open(target)) {
      Files.writeString(out.dir().resolve("a.txt"), "new");
      out.commit();
    }

    assertEquals(List.of("a.txt"), names(target));
    assertFalse(Files.exists(target.resolve("stale.txt")));
    assertEquals(List.of("extract"), names(tmp.resolve("run")));
  }
}
