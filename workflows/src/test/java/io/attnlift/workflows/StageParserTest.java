package io.attnlift.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class StageParserTest {
  @TempDir Path dir;

  /** A stage-like jar: the given main class (and its nested classes), picocli in lib/. */
  private Path jar(String mainClass, Class<?>... classes) throws Exception {
    Path lib = Files.createDirectories(dir.resolve("lib"));
    Path picocli = Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());
    Files.copy(picocli, lib.resolve("picocli.jar"));
    Manifest mf = new Manifest();
    mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    mf.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
    mf.getMainAttributes().put(Attributes.Name.CLASS_PATH, "lib/picocli.jar");
    Path jar = dir.resolve("attnlift-fake.jar");
    try (OutputStream os = Files.newOutputStream(jar); JarOutputStream out =
        new JarOutputStream(os, mf)) {
      for (Class<?> c : classes) {
        String name = c.getName().replace('.', '/') + ".class";
        out.putNextEntry(new JarEntry(name));
        try (var in = c.getClassLoader().getResourceAsStream(name)) {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
    return jar;
  }

  @Test
  void argsTheStageDeclaresParseInTheStagesOwnClassLoader() throws Exception {
    Path jar = jar(FakeStageMain.class.getName(), FakeStageMain.class, FakeStageMain.Fake.class);
    try (StageParser p = StageParser.open(jar)) {
      p.parse(List.of("fake", "--run-id=r1", "--sample-users=5"));
      assertNotSame(FakeStageMain.class, p.loadMain(), "loaded from the jar, not the test");
    }
  }

  @Test
  void anUnknownFlagOrABadValueIsRefusedWithPicocliMessage() throws Exception {
    Path jar = jar(FakeStageMain.class.getName(), FakeStageMain.class, FakeStageMain.Fake.class);
    try (StageParser p = StageParser.open(jar)) {
      IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
          () -> p.parse(List.of("fake", "--sample-user=5")));
      assertTrue(unknown.getMessage().contains("--sample-user=5"), unknown.getMessage());
      IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
          () -> p.parse(List.of("fake", "--sample-users=")));
      assertTrue(bad.getMessage().contains("--sample-users"), bad.getMessage());
      assertThrows(IllegalArgumentException.class, () -> p.parse(List.of("faek")));
    }
  }

  @Test
  void aJarWithoutItsMainClassFailsNamingTheClass() throws Exception {
    Path jar = jar("io.attnlift.extract.ExtractMain", FakeStageMain.class);
    try (StageParser p = StageParser.open(jar)) {
      assertEquals("io.attnlift.extract.ExtractMain", p.mainClass());
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> p.parse(List.of("extract")));
      assertTrue(e.getMessage().contains("main class io.attnlift.extract.ExtractMain"),
          e.getMessage());
    }
  }
}
