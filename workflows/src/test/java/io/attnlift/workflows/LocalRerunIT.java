package io.attnlift.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attnlift run --only/--from}, through the built attnlift jar as a user runs it, in a
 * project home whose stage jars record how they were called ({@link RecordingStage}): which stage
 * processes a rerun starts, with which args, and that a failure stops it with its exit code.
 */
class LocalRerunIT {
  @TempDir Path home;
  @TempDir Path runs;

  @BeforeEach
  void recordingStageJars() throws Exception {
    for (String module : List.of("extract", "preprocess", "train", "attribute", "report")) {
      Path target = Files.createDirectories(home.resolve(module).resolve("target"));
      Manifest mf = new Manifest();
      mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
      mf.getMainAttributes().put(Attributes.Name.MAIN_CLASS, RecordingStage.class.getName());
      try (OutputStream os = Files.newOutputStream(target.resolve("attnlift-" + module + ".jar"));
          JarOutputStream out = new JarOutputStream(os, mf)) {
        String name = RecordingStage.class.getName().replace('.', '/') + ".class";
        out.putNextEntry(new JarEntry(name));
        try (var in = RecordingStage.class.getClassLoader().getResourceAsStream(name)) {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
  }

  private int attnlift(String... args) throws Exception {
    Files.deleteIfExists(home.resolve("out.txt"));
    return AttnliftProcess.run(home, home.resolve("out.txt"), args);
  }

  private List<String> calls() throws Exception {
    return Files.readAllLines(home.resolve("calls.txt")).stream()
        .map(l -> l.split(" ")[0] + " " + List.of(l.split(" ")).stream()
            .filter(a -> a.startsWith("--variants=") || a.startsWith("--run-id="))
            .sorted().toList())
        .toList();
  }

  @Test
  void onlyRerunsOneStageForEveryVariantOfTheGivenRun() throws Exception {
    assertEquals(0, attnlift("run", "--only", "train", "--run-id", "2026-11-30",
        "--runs-root", runs.toString()), Files.readString(home.resolve("out.txt")));
    assertEquals(List.of(
        "train [--run-id=2026-11-30, --variants=no-funnel]",
        "train [--run-id=2026-11-30, --variants=funnel-removed]",
        "train [--run-id=2026-11-30, --variants=with-funnel]"), calls());
  }

  @Test
  void fromRerunsAStageAndEverythingDownstreamOfIt() throws Exception {
    assertEquals(0, attnlift("run", "--from", "attribute", "--run-id", "r7",
        "--runs-root", runs.toString(), "--variants", "[\"with-funnel\"]"),
        Files.readString(home.resolve("out.txt")));
    assertEquals(List.of(
        "attribute [--run-id=r7, --variants=with-funnel]",
        "report [--run-id=r7, --variants=[\"with-funnel\"]]"), calls());
  }

  @Test
  void aFailedStageStopsTheRunWithItsExitCodeAndSaysHowToResume() throws Exception {
    Files.writeString(home.resolve("exit-preprocess"), "75");
    assertEquals(75, attnlift("run", "--run-id", "r8", "--runs-root", runs.toString()));
    assertEquals(List.of("extract [--run-id=r8]", "preprocess [--run-id=r8, "
        + "--variants=[\"no-funnel\",\"funnel-removed\",\"with-funnel\"]]"), calls());
    String out = Files.readString(home.resolve("out.txt"));
    assertEquals(true, out.contains("--run-id r8 --from preprocess"), out);
  }
}
