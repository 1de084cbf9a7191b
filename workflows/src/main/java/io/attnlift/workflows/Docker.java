package io.attnlift.workflows;

import io.attnlift.common.StageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The {@code docker} command line, as the docker executor uses it. */
final class Docker {
  private Docker() {}

  /** Fails with exit 2 unless a Docker engine answers. */
  static void requireEngine() {
    Result r = capture(List.of("docker", "version", "--format", "{{.Server.Version}}"));
    if (r.code() != 0) {
      throw StageException.badInput("the docker executor needs a running Docker engine, and"
          + " `docker version` says: %s (start one, e.g. with docker/engine.sh start)",
          r.output().strip());
    }
  }

  /** Fails with exit 2 unless the image is on this machine (the executor never pulls). */
  static void requireImage(String image) {
    if (capture(List.of("docker", "image", "inspect", "--format", "{{.Id}}", image)).code() != 0) {
      throw StageException.badInput("image %s is not on this machine: build the images with"
          + " docker/build.sh --local (its registry is %s; give --image-registry and --image-tag"
          + " for others)", image, DockerExecutor.LOCAL_REGISTRY);
    }
  }

  /**
   * Gives the run folder (created if missing, recursively) and the DuckDB file with its folder to
   * {@code user}, from a short container of {@code image} running as root, so that this works
   * whoever runs the executor.
   */
  static void giveTo(String user, Path run, Path duckdb, String image) {
    try {
      Files.createDirectories(run);
      if (duckdb != null) {
        Files.createDirectories(duckdb.getParent());
      }
    } catch (IOException e) {
      throw StageException.failure("cannot create " + run + ": " + e.getMessage(), e);
    }
    List<String> cmd = new ArrayList<>(List.of("docker", "run", "--rm", "--network", "none",
        "--user", "0:0", "--entrypoint", "sh", "--volume", run + ":/mnt/run"));
    List<String> files = new ArrayList<>();
    if (duckdb != null) {
      cmd.addAll(List.of("--volume", duckdb.getParent() + ":/mnt/db"));
      files.add("/mnt/db");
      for (String f : List.of(duckdb.getFileName().toString(), duckdb.getFileName() + ".wal")) {
        if (Files.exists(duckdb.resolveSibling(f))) {
          files.add("/mnt/db/" + f);
        }
      }
    }
    cmd.addAll(List.of(image, "-c",
        "u=$1; shift; chown -R \"$u\" /mnt/run && { [ $# -eq 0 ] || chown \"$u\" \"$@\"; }",
        "sh", user));
    cmd.addAll(files);
    Result r = capture(cmd);
    if (r.code() != 0) {
      throw StageException.failure("cannot give " + run + " to uid " + user + ": "
          + r.output().strip(), null);
    }
  }

  /** Runs a docker command with its output passed through; returns its exit code. */
  static int run(List<String> cmd) {
    try {
      return new ProcessBuilder(cmd).inheritIO().start().waitFor();
    } catch (IOException e) {
      throw StageException.badInput("cannot run docker: %s", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw StageException.failure("interrupted while running " + cmd, e);
    }
  }

  /** What a command printed (stdout and stderr) and its exit code. */
  record Result(int code, String output) {}

  static Result capture(List<String> cmd) {
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return new Result(p.waitFor(), out);
    } catch (IOException e) {
      return new Result(127, "cannot run docker: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw StageException.failure("interrupted while running " + cmd, e);
    }
  }
}
