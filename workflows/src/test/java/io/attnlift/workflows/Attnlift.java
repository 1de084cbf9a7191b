package io.attnlift.workflows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The built {@code attnlift} command, run as a user runs it, for the integration tests. */
final class Attnlift {
  static final Path JAR = ArgoManifests.root().resolve("workflows/target/attnlift-workflows.jar");

  private Attnlift() {}

  /** What a command printed (stdout and stderr, also kept in its log file) and its exit code. */
  record Result(int code, String output) {
    /** The output's last lines, for failure messages. */
    String tail() {
      String[] lines = output.split("\n");
      return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 40),
          lines.length));
    }
  }

  /** Runs {@code attnlift args...} in {@code dir}, with extra environment variables. */
  static Result run(Path dir, Path log, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        JAR.toString()));
    cmd.addAll(List.of(args));
    return exec(cmd, dir, log, env);
  }

  /** Runs any command, its output into {@code log}. */
  static Result exec(List<String> cmd, Path dir, Path log, Map<String, String> env)
      throws IOException, InterruptedException {
    Files.createDirectories(log.getParent());
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().remove("ATTNLIFT_HOME");
    pb.environment().putAll(env);
    int code = pb.start().waitFor();
    return new Result(code, Files.readString(log));
  }
}
