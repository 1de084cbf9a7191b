package io.attnlift.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {
  @TempDir Path tmp;

  private RunLayout layout() {
    return new RunLayout(tmp, "run");
  }

  private List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void commitMovesTheOutputIntoPlace() throws Exception {
    try (AtomicOutput out = AtomicOutput.open(layout(), Stage.EXTRACT, null)) {
      Files.writeString(out.dir().resolve("a.txt"), "new");
      out.commit();
    }

    assertEquals("new", Files.readString(tmp.resolve("run/extract/a.txt")));
    assertEquals(List.of(".extract.lock", "extract"), names(tmp.resolve("run")));
  }

  @Test
  void aFailedWriteLeavesThePreviousOutputIntact() throws Exception {
    Path target = tmp.resolve("run/extract");
    Files.createDirectories(target);
    Files.writeString(target.resolve("a.txt"), "previous");

    assertThrows(IllegalStateException.class, () -> {
      try (AtomicOutput out = AtomicOutput.open(layout(), Stage.EXTRACT, null)) {
        Files.writeString(out.dir().resolve("a.txt"), "half-written");
        throw new IllegalStateException("interrupted");
      }
    });

    assertEquals("previous", Files.readString(target.resolve("a.txt")));
    assertEquals(List.of(".extract.lock", "extract"), names(tmp.resolve("run")));
  }

  @Test
  void aRerunReplacesTheOutputOfTheSameRunWhole() throws Exception {
    Path target = tmp.resolve("run/extract");
    Files.createDirectories(target);
    Files.writeString(target.resolve("stale.txt"), "old");

    try (AtomicOutput out = AtomicOutput.open(layout(), Stage.EXTRACT, null)) {
      Files.writeString(out.dir().resolve("a.txt"), "new");
      out.commit();
    }

    assertEquals(List.of("a.txt"), names(target));
    assertFalse(Files.exists(target.resolve("stale.txt")));
  }

  @Test
  void aFailedFirstRunOfAPerVariantStageLeavesNoEmptyStageFolder() throws Exception {
    assertThrows(IllegalStateException.class, () -> {
      try (AtomicOutput a = AtomicOutput.open(layout(), Stage.PREPROCESS, Variant.NO_FUNNEL);
          AtomicOutput b = AtomicOutput.open(layout(), Stage.PREPROCESS, Variant.WITH_FUNNEL)) {
        throw new IllegalStateException("pipeline failed");
      }
    });

    assertFalse(Files.exists(tmp.resolve("run/preprocess")));
  }

  @Test
  void theNextRunRemovesTheTemporaryFoldersKilledRunsLeft() throws Exception {
    Path stage = Files.createDirectories(tmp.resolve("run/train"));
    Files.createDirectories(stage.resolve(".no-funnel.tmp-1/model"));
    Files.createDirectories(stage.resolve(".no-funnel.tmp-2"));
    Files.createDirectories(stage.resolve(".with-funnel.tmp-3"));

    try (AtomicOutput out = AtomicOutput.open(layout(), Stage.TRAIN, Variant.NO_FUNNEL)) {
      out.commit();
    }

    assertEquals(List.of(".with-funnel.tmp-3", "no-funnel"), names(stage));
  }

  @Test
  void aPreviousOutputThatAKillLeftAsideIsPutBack() throws Exception {
    Path aside = Files.createDirectories(tmp.resolve("run/.extract.old-1"));
    Files.writeString(aside.resolve(Manifest.FILE_NAME), "{}");
    Files.createDirectories(tmp.resolve("run/.extract.tmp-2"));

    assertThrows(IllegalStateException.class, () -> {
      try (AtomicOutput out = AtomicOutput.open(layout(), Stage.EXTRACT, null)) {
        throw new IllegalStateException("failed again");
      }
    });

    assertEquals(List.of(".extract.lock", "extract"), names(tmp.resolve("run")));
    assertTrue(Files.isRegularFile(tmp.resolve("run/extract").resolve(Manifest.FILE_NAME)));
  }

  @Test
  void aSecondRunOfTheSameOutputIsRefusedAsTransient() throws Exception {
    try (AtomicOutput first = AtomicOutput.open(layout(), Stage.TRAIN, Variant.NO_FUNNEL)) {
      StageException e = assertThrows(StageException.class,
          () -> AtomicOutput.open(layout(), Stage.TRAIN, Variant.NO_FUNNEL));

      assertEquals(ExitCodes.TRANSIENT, e.exitCode());
      assertTrue(e.getMessage().startsWith("train/no-funnel of run 'run' is being written by"
          + " another run right now"), e.getMessage());
      assertTrue(Files.isDirectory(first.dir()), "the first run's output is left alone");
    }
    try (AtomicOutput other = AtomicOutput.open(layout(), Stage.TRAIN, Variant.WITH_FUNNEL)) {
      assertTrue(Files.isDirectory(other.dir()), "another variant is another output");
    }
  }

  @Test
  void aKilledRunDoesNotLeaveTheLockStuck() throws Exception {
    Process holder = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), LockHolder.class.getName(), tmp.toString(), "run")
        .redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
      assertEquals("locked", out.readLine());
      StageException e = assertThrows(StageException.class,
          () -> AtomicOutput.open(layout(), Stage.EXTRACT, null));
      assertEquals(ExitCodes.TRANSIENT, e.exitCode());

      holder.destroyForcibly();
      assertTrue(holder.waitFor(60, TimeUnit.SECONDS));
    }

    try (AtomicOutput out = AtomicOutput.open(layout(), Stage.EXTRACT, null)) {
      out.commit();
    }
    assertEquals(List.of(".extract.lock", "extract"), names(tmp.resolve("run")));
  }
}
