package io.attnlift.workflows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the built {@code attnlift} jar as a user does, in a project home of the caller's. */
final class AttnliftProcess {
  static final Path JAR = ArgoManifests.root().resolve("workflows/target/attnlift-workflows.jar");

  private AttnliftProcess() {}

  /**
   * Runs {@code attnlift <args>} with {@code ATTNLIFT_HOME=home}, appending its output to
   * {@code log}; returns its exit code.
   */
  static int run(Path home, Path log, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        JAR.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    pb.environment().put("ATTNLIFT_HOME", home.toString());
    return pb.start().waitFor();
  }
}
