package io.attnlift.workflows;

import io.attnlift.common.StageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds each stage's runnable jar in the project's build and runs it as its own process, as its
 * container does on Argo: each stage keeps its own classpath.
 */
public final class StageJars {
  private static final Logger LOG = LoggerFactory.getLogger(StageJars.class);

  private final Path home;

  public StageJars(Path home) {
    this.home = home;
  }

  /**
   * The project home: {@code $ATTNLIFT_HOME}, else the folder two levels above this jar
   * ({@code <home>/workflows/target/attnlift-workflows.jar}), else the working directory.
   */
  public static StageJars locate() {
    String env = System.getenv("ATTNLIFT_HOME");
    if (env != null && !env.isEmpty()) {
      return new StageJars(Paths.get(env).toAbsolutePath());
    }
    try {
      Path jar = Paths.get(StageJars.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
      if (Files.isRegularFile(jar) && jar.getParent() != null
          && jar.getParent().getParent() != null) {
        return new StageJars(jar.getParent().getParent().getParent());
      }
    } catch (Exception e) {
      LOG.debug("cannot locate the jar: {}", e.toString());
    }
    return new StageJars(Paths.get("").toAbsolutePath());
  }

  public Path home() {
    return home;
  }

  /** The runnable jar of a stage module. */
  public Path jar(String module) {
    return home.resolve(module).resolve("target").resolve("attnlift-" + module + ".jar");
  }

  /** Whether the module's jar is built and runnable (has a Main-Class). */
  public boolean isBuilt(String module) {
    Path jar = jar(module);
    if (!Files.isRegularFile(jar)) {
      return false;
    }
    try (JarFile jf = new JarFile(jar.toFile())) {
      return jf.getManifest() != null
          && jf.getManifest().getMainAttributes().getValue("Main-Class") != null;
    } catch (IOException e) {
      return false;
    }
  }

  /** Runs a stage jar with the given args, output passed through; returns its exit code. */
  public int run(String module, List<String> args) {
    if (!isBuilt(module)) {
      throw StageException.failure("stage '" + module + "' is not built: " + jar(module)
          + " is missing; run `mvn -DskipTests package` (the ./attnlift launcher does)", null);
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    String opts = System.getenv("ATTNLIFT_JAVA_OPTS");
    if (opts != null && !opts.isBlank()) {
      cmd.addAll(List.of(opts.trim().split("\\s+")));
    }
    cmd.add("-jar");
    cmd.add(jar(module).toString());
    cmd.addAll(args);
    try {
      Process p = new ProcessBuilder(cmd).inheritIO().start();
      return p.waitFor();
    } catch (IOException e) {
      throw StageException.failure("cannot start " + cmd.get(0) + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw StageException.failure("interrupted while running " + module, e);
    }
  }
}
