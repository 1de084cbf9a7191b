package io.attnlift.common;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where a run's files live: {@code <runs-root>/<run-id>/<stage>/[<variant>/]}. Users, scripts, the
 * Argo artifacts and the warehouse tables rely on these names.
 *
 * <p>The runs root is a local path. On Argo it is the mount point of the run's artifact folder, so
 * the object store (S3, MinIO) is configured outside the code.
 */
public record RunLayout(Path runsRoot, String runId) {
  private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  public RunLayout {
    checkRunId(runId);
    runsRoot = runsRoot.toAbsolutePath().normalize();
  }

  /** Rejects run ids that are not safe as a folder name and a warehouse key. */
  public static String checkRunId(String runId) {
    if (runId == null || !RUN_ID.matcher(runId).matches()) {
      throw StageException.badInput(
          "bad run id '%s': use letters, digits, '.', '_' and '-' (at most 100, not starting"
              + " with '.', '_' or '-')",
          runId);
    }
    return runId;
  }

  public Path runDir() {
    return runsRoot.resolve(runId);
  }

  public Path stageDir(Stage stage) {
    return runDir().resolve(stage.dirName());
  }

  public Path stageDir(Stage stage, Variant variant) {
    return stageDir(stage).resolve(variant.id());
  }

  /** The same run id under the same root, for another run (e.g. last week's). */
  public RunLayout withRunId(String otherRunId) {
    return new RunLayout(runsRoot, otherRunId);
  }
}
